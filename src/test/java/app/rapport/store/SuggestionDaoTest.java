package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.NeedsAndOffers;
import app.rapport.model.RelationshipStage;
import app.rapport.store.SuggestionDao.Helped;
import app.rapport.store.SuggestionDao.Side;
import app.rapport.store.SuggestionDao.Word;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionDaoTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path dir;

    private Database db;
    private SuggestionDao index;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        index = db.suggestions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact insert(ContactBuilder builder) {
        return db.contacts().insert(builder.build());
    }

    @Test
    void offersRoleAndTagsAreWhatSomeoneOffersNeedsAreWhatTheyNeed() {
        Contact ana = insert(contact("Ana").needs("a bookkeeper").notes("bookkeeping is her bugbear"));
        Contact ben = insert(contact("Ben").offers("Bookkeeping"));
        Contact cleo = insert(contact("Cleo").role("Bookkeeper"));
        Contact dev = insert(contact("Dev").tags("bookkeeping"));
        insert(contact("Bookkeeper Eve").organisation("Bookkeepers Ltd"));

        List<String> forms = List.of("bookkeeper", "bookkeeping");
        assertArrayEquals(new long[] {ben.id(), cleo.id(), dev.id()}, index.contactsWith(Side.OFFERS, forms));
        assertArrayEquals(new long[] {ana.id()}, index.contactsWith(Side.NEEDS, forms));
        assertEquals(3, index.countWith(Side.OFFERS, forms));
        assertEquals(0, index.countWith(Side.NEEDS, List.of("translator")));
        assertArrayEquals(new long[0], index.contactsWith(Side.NEEDS, List.of()));
        assertThrows(IllegalArgumentException.class, () -> index.contactsWith(Side.NEEDS, List.of("book*")));
        assertEquals(List.of(new Word("bookkeeper", 1), new Word("bookkeepers", 0), new Word("bookkeeping", 2)),
                index.wordsStartingWith("bookkeep"), "offered in role, tags or offers; not in names, needs or notes");
        assertEquals(List.of(), index.wordsStartingWith("translat"));
        assertEquals(5, index.contactCount());
    }

    @Test
    void theIndexHasTheWordsThatSearchTextSpells() {
        String text = "Łukasz's Café-Bar: R&D, Zoë Müller, naïve façade, İstanbul, Øresund, Straße, 3D modelling; "
                + "e-commerce — 北京 client, Ærø";
        Contact only = insert(contact("X").offers(text));
        Set<String> spelled = new TreeSet<>(SearchText.indexedWords(text));
        spelled.add("x");
        Set<String> indexed = new TreeSet<>();
        for (String word : spelled) {
            index.wordsStartingWith(word.substring(0, 1)).forEach(w -> indexed.add(w.text()));
            assertArrayEquals(word.equals("x") ? new long[0] : new long[] {only.id()},
                    index.contactsWith(Side.OFFERS, List.of(word)), word);
        }
        assertEquals(spelled, indexed);
    }

    @Test
    void introducibleMeansActiveInTheFlowAndNoUndecidedDealBreaker() {
        Contact ana = insert(contact("Ana").stage(TRUST).tags("Leeds", "finance"));
        Contact parked = insert(contact("Parked").stage(PARKED));
        Contact archived = insert(contact("Archived").stage(TRUST).archived(true));
        Contact undecided = insert(contact("Undecided").stage(TRUST));
        db.impressions().add(Impression.draft(undecided.id(), ImpressionKind.DEAL_BREAKER, "Rude", TODAY, false));
        Contact tolerated = insert(contact("Tolerated").stage(LIKE));
        Impression tolerable = db.impressions().add(
                Impression.draft(tolerated.id(), ImpressionKind.DEAL_BREAKER, "Blunt", TODAY, false));
        db.impressions().decide(tolerable.id(), DealBreakerDecision.TOLERATE, TODAY);

        List<Long> everyone = List.of(ana.id(), parked.id(), archived.id(), undecided.id(), tolerated.id());
        assertEquals(Map.of(ana.id(), TRUST, tolerated.id(), LIKE), index.introducibleStages(everyone));
        assertArrayEquals(new long[] {ana.id()}, index.introducibleAt(TRUST));
        assertEquals(List.of(ana.id()), index.introducibleProfilesAt(TRUST).stream()
                .map(NeedsAndOffers::contactId).toList());
        assertEquals(List.of(new NeedsAndOffers(ana.id(), "Ana", TRUST, true, "", "", "", List.of("Leeds", "finance")),
                        new NeedsAndOffers(parked.id(), "Parked", PARKED, false, "", "", "", List.of()),
                        new NeedsAndOffers(archived.id(), "Archived", TRUST, false, "", "", "", List.of()),
                        new NeedsAndOffers(undecided.id(), "Undecided", TRUST, false, "", "", "", List.of())),
                index.profiles(List.of(undecided.id(), archived.id(), parked.id(), ana.id(), 999L)));
        assertEquals(Map.of(), index.introducibleStages(List.of()));
        assertTrue(Arrays.stream(RelationshipStage.values()).allMatch(stage -> stage == TRUST || stage == LIKE
                || index.introducibleAt(stage).length == 0));
    }

    @Test
    void helpersAreNewestFirstEachOnceAndNotWhileAnIntroductionIsOpen() {
        Contact ana = insert(contact("Ana").stage(TRUST));
        Contact ben = insert(contact("Ben").stage(LIKE));
        Contact cleo = insert(contact("Cleo").stage(TRUST));
        Contact parked = insert(contact("Parked").stage(PARKED));
        Contact archived = insert(contact("Archived").stage(TRUST).archived(true));
        Contact dev = insert(contact("Dev").stage(TRUST));
        help(InteractionKind.HELP_RECEIVED, TODAY.minusDays(10), ana.id(), ben.id());
        help(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(2), ana.id());
        help(InteractionKind.HELP_RECEIVED, TODAY.minusDays(1), parked.id(), archived.id());
        help(InteractionKind.HELP_GIVEN, TODAY, cleo.id());
        help(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(30), cleo.id());
        help(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(31), dev.id());
        help(InteractionKind.REFERRAL_RECEIVED, TODAY.plusDays(1), dev.id());
        db.introductions().add(Introduction.idea(dev.id(), ben.id(), "a", "b", "", TODAY, null)
                .withOutcome(IntroductionOutcome.MET, TODAY));
        Introduction open = db.introductions().add(Introduction.idea(cleo.id(), dev.id(), "a", "b", "", TODAY, null));

        LocalDate from = TODAY.minusDays(30);
        assertEquals(List.of(new Helped(ana.id(), "Ana", TODAY.minusDays(2)),
                new Helped(ben.id(), "Ben", TODAY.minusDays(10))), index.helpedBetween(from, TODAY, 10));
        assertEquals(List.of(new Helped(ana.id(), "Ana", TODAY.minusDays(2))), index.helpedBetween(from, TODAY, 1));

        db.introductions().update(open.withOutcome(IntroductionOutcome.NOT_A_FIT, TODAY));
        assertEquals(List.of("Ana", "Ben", "Cleo"),
                index.helpedBetween(from, TODAY, 10).stream().map(Helped::name).toList());
    }

    @Test
    void recentHelpIsReadNewestFirstFromItsOwnIndex() {
        String plan = db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT i.id FROM interaction i"
                    + " WHERE i.kind IN ('REFERRAL_RECEIVED', 'HELP_RECEIVED') AND i.happened_on BETWEEN ? AND ?"
                    + " ORDER BY i.happened_on DESC");
                 ResultSet rs = ps.executeQuery()) {
                StringBuilder lines = new StringBuilder();
                while (rs.next()) {
                    lines.append(rs.getString("detail")).append('\n');
                }
                return lines.toString();
            }
        });
        assertTrue(plan.contains("interaction_help_received") && !plan.contains("TEMP B-TREE"), plan);
    }

    private void help(InteractionKind kind, LocalDate on, Long... contacts) {
        db.interactions().add(Interaction.draft(kind, on, kind.name(), null, List.of(contacts)));
    }
}
