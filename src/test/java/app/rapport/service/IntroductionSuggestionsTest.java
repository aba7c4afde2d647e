package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Suggestion;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntroductionSuggestionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;
    private IntroductionSuggestions suggestions;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON);
        book = new ContactBook(db, clock);
        suggestions = new IntroductionSuggestions(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact save(ContactBuilder builder) {
        return book.save(builder.build());
    }

    private static List<String> names(List<Suggestion> found) {
        return found.stream().map(Suggestion::nameB).toList();
    }

    // ---- matching ------------------------------------------------------------------------------------------------

    @Test
    void whatOneNeedsTheOtherOffersIsSuggestedToBoth() {
        Contact ana = save(contact("Ana").needs("a bookkeeper, help with the tender").stage(TRUST));
        Contact ben = save(contact("Ben").offers("bookkeeping").stage(TRUST));
        save(contact("Cleo").needs("a bookkeeper").offers("nothing relevant here").stage(TRUST));

        List<Suggestion> forAna = suggestions.forContact(ana.id(), 10);
        assertEquals(List.of("Ben"), names(forAna));
        Suggestion one = forAna.get(0);
        assertEquals(ana.id(), one.contactA());
        assertEquals("Ana", one.nameA());
        assertEquals(ben.id(), one.contactB());
        assertFalse(one.bothWays());
        assertEquals(List.of("Ana needs a bookkeeper; Ben offers bookkeeping"), one.reasons());

        List<Suggestion> forBen = suggestions.forContact(ben.id(), 10);
        assertEquals(List.of("Ana", "Cleo"), names(forBen));
        assertEquals(ben.id(), forBen.get(0).contactA());
        assertEquals(List.of("Ana needs a bookkeeper; Ben offers bookkeeping"), forBen.get(0).reasons(),
                "the reason names who needs and who offers, whichever contact the list is for");
    }

    @Test
    void aPairMatchingBothWaysSaysWhyEachWay() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").offers("Brand photography and headshots"));
        save(contact("Ben").needs("new headshots for the team").offers("bookkeeping and payroll"));

        Suggestion found = suggestions.forContact(ana.id(), 10).get(0);
        assertTrue(found.bothWays());
        assertEquals(List.of("Ana needs a bookkeeper; Ben offers bookkeeping and payroll",
                "Ben needs new headshots; Ana offers brand photography and headshots"), found.reasons(),
                "\"for the team\" says nothing about the need: left off the quote");
    }

    @Test
    void simpleWordFormsMeet() {
        Contact ana = save(contact("Ana").needs("a graphic designer; an accountant; a photographer"));
        save(contact("Ben").offers("logo design"));
        save(contact("Cleo").offers("year-end accounts"));
        save(contact("Dev").offers("product photography"));
        save(contact("Eve").offers("graphs and charts"));

        List<Suggestion> found = suggestions.forContact(ana.id(), 10);
        assertEquals(Set.of("Ben", "Cleo", "Dev"), Set.copyOf(names(found)));
        Map<String, List<String>> reasons = new HashMap<>();
        found.forEach(s -> reasons.put(s.nameB(), s.reasons()));
        assertEquals(List.of("Ana needs a graphic designer; Ben offers logo design"), reasons.get("Ben"));
        assertEquals(List.of("Ana needs an accountant; Cleo offers year-end accounts"), reasons.get("Cleo"));
        assertEquals(List.of("Ana needs a photographer; Dev offers product photography"), reasons.get("Dev"));
    }

    @Test
    void stopWordsNeverMatch() {
        Contact ana = save(contact("Ana").needs("Looking for more work with small businesses, and someone to help"));
        save(contact("Ben").offers("Work for small businesses; looking to help anyone with more"));
        assertEquals(List.of(), suggestions.forContact(ana.id(), 10));
        assertEquals(List.of(), suggestions.top(10));
    }

    @Test
    void roleAndTagsCountAsWhatSomeoneOffers() {
        Contact ana = save(contact("Ana").needs("a bookkeeper; a photographer").stage(LIKE));
        save(contact("Ben").role("Bookkeeper").stage(LIKE));
        save(contact("Cleo").tags("Leeds", "Photographer").stage(JUST_MET));

        List<Suggestion> found = suggestions.forContact(ana.id(), 10);
        assertEquals(List.of("Ben", "Cleo"), names(found));
        assertEquals(List.of("Ana needs a bookkeeper; Ben works as bookkeeper"), found.get(0).reasons());
        assertEquals(List.of("Ana needs a photographer; Cleo is tagged \u201CPhotographer\u201D"),
                found.get(1).reasons());
    }

    @Test
    void aLongNeedIsQuotedByTheWordsAroundWhatMatched() {
        Contact ana = save(contact("Ana").needs("Looking for a reliable bookkeeper for her growing studio"));
        save(contact("Ben").offers("Bookkeeping and VAT returns for small firms, year-end accounts and payroll"));
        assertEquals(List.of("Ana needs a reliable bookkeeper; Ben offers bookkeeping and VAT returns"),
                suggestions.forContact(ana.id(), 10).get(0).reasons());
    }

    // ---- ranking -------------------------------------------------------------------------------------------------

    @Test
    void bothWaysFirstThenTheMoreTrustedThenTheRarerWord() {
        Contact ana = save(contact("Ana").needs("a bookkeeper, a letterpress printer").offers("copywriting")
                .stage(TRUST));
        save(contact("Partner one way").offers("bookkeeping").stage(PARTNER));
        save(contact("Just met both ways").offers("bookkeeping").needs("copywriting").stage(JUST_MET));
        save(contact("Trusted one way").offers("bookkeeping").stage(TRUST));
        save(contact("Getting to know, common word").offers("bookkeeping").stage(GETTING_TO_KNOW));
        save(contact("Getting to know, rare word").offers("letterpress").stage(GETTING_TO_KNOW));
        save(contact("Like one way").offers("monthly bookkeeping").stage(LIKE));

        List<Suggestion> found = suggestions.forContact(ana.id(), 10);
        assertEquals(List.of("Just met both ways", "Partner one way", "Trusted one way", "Like one way",
                "Getting to know, rare word", "Getting to know, common word"), names(found));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).score() > found.get(i).score(), "scores fall in list order");
        }
        assertEquals(List.of("Just met both ways", "Partner one way"), names(suggestions.forContact(ana.id(), 2)));
    }

    @Test
    void thePairIsAsStrongAsItsWeakerRelationship() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").stage(PARTNER));
        save(contact("Ben").offers("bookkeeping").stage(JUST_MET));
        save(contact("Cleo").offers("bookkeeping").stage(LIKE));
        Contact dev = save(contact("Dev").needs("a bookkeeper").stage(LIKE));

        assertEquals(List.of("Cleo", "Ben"), names(suggestions.forContact(ana.id(), 10)));
        List<Suggestion> top = suggestions.top(10);
        // (Ana partner, Cleo like) weaker LIKE; (Dev like, Cleo like) weaker LIKE but stronger LIKE; then the just met
        assertEquals(List.of("Ana-Cleo", "Dev-Cleo", "Ana-Ben", "Dev-Ben"),
                top.stream().map(s -> s.nameA() + "-" + s.nameB()).toList());
        assertEquals(dev.id(), top.get(1).contactA(), "in a one-way pair, A is the one who needs");
    }

    // ---- exclusions ----------------------------------------------------------------------------------------------

    @Test
    void parkedArchivedUndecidedAndAlreadyIntroducedAreLeftOut() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").offers("bookkeeping").stage(TRUST));
        save(contact("Parked").offers("bookkeeping").stage(PARKED));
        Contact archived = save(contact("Archived").offers("bookkeeping").stage(TRUST));
        book.archive(archived.id());
        Contact undecided = save(contact("Undecided").offers("bookkeeping").stage(LIKE));
        book.noteImpression(undecided.id(), ImpressionKind.DEAL_BREAKER, "Late with every invoice", false);
        Contact tolerated = save(contact("Tolerated").offers("bookkeeping").stage(LIKE));
        Impression dealBreaker = book.noteImpression(tolerated.id(), ImpressionKind.DEAL_BREAKER, "Blunt", false);
        book.decide(dealBreaker.id(), DealBreakerDecision.TOLERATE);
        Contact introducedBefore = save(contact("Introduced before").offers("bookkeeping").stage(PARTNER));
        db.introductions().add(Introduction.idea(introducedBefore.id(), ana.id(), "books", "work", "",
                TODAY.minusDays(100), null).withOutcome(IntroductionOutcome.NOT_A_FIT, TODAY.minusDays(60)));
        Contact beingIntroduced = save(contact("Being introduced").offers("bookkeeping").stage(PARTNER));
        db.introductions().add(Introduction.idea(ana.id(), beingIntroduced.id(), "books", "work", "", TODAY, null));

        assertEquals(List.of("Tolerated"), names(suggestions.forContact(ana.id(), 10)),
                "Ana needs and offers bookkeeping, yet is never suggested to herself");
        assertEquals(List.of("Ana-Tolerated"), suggestions.top(10).stream()
                .map(s -> s.nameA() + "-" + s.nameB()).toList());
        assertEquals(List.of(), suggestions.forContact(undecided.id(), 10), "the planner would refuse them");
        assertEquals(List.of(), suggestions.forContact(archived.id(), 10));
        assertEquals(List.of(), suggestions.forContact(12345, 10), "no such contact");
    }

    @Test
    void theIndexFollowsEveryChangeOfNeedsOffersAndArchive() {
        Contact ana = save(contact("Ana").needs("a bookkeeper"));
        Contact ben = save(contact("Ben").offers("web design"));
        assertEquals(List.of(), suggestions.forContact(ana.id(), 10));

        ben = save(ContactBuilder.from(ben).offers("web design, bookkeeping"));
        assertEquals(List.of("Ben"), names(suggestions.forContact(ana.id(), 10)));

        book.archive(ben.id());
        assertEquals(List.of(), suggestions.forContact(ana.id(), 10));
        book.restore(ben.id());
        assertEquals(List.of("Ben"), names(suggestions.forContact(ana.id(), 10)));

        save(ContactBuilder.from(ana).needs("a translator"));
        assertEquals(List.of(), suggestions.forContact(ana.id(), 10));
        assertEquals(List.of(), suggestions.top(10));

        book.moveStage(ben.id(), RelationshipStage.PARKED, "", false);
        save(ContactBuilder.from(ana).needs("a bookkeeper"));
        assertEquals(List.of(), suggestions.forContact(ana.id(), 10));
    }

    // ---- the whole network ---------------------------------------------------------------------------------------

    @Test
    void topListsEachPairOnceBestFirst() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").offers("copywriting").stage(PARTNER));
        Contact ben = save(contact("Ben").needs("a copywriter").offers("bookkeeping").stage(PARTNER));
        save(contact("Cleo").needs("copywriting").stage(TRUST));
        save(contact("Dev").offers("bookkeeping").stage(JUST_MET));

        List<Suggestion> top = suggestions.top(10);
        assertEquals(List.of("Ana-Ben", "Cleo-Ana", "Ana-Dev"),
                top.stream().map(s -> s.nameA() + "-" + s.nameB()).toList());
        assertTrue(top.get(0).bothWays());
        assertEquals(ana.id(), top.get(0).contactA(), "both ways: A is the one added first");
        assertEquals(ben.id(), top.get(0).contactB());
        assertEquals(List.of("Ana needs a bookkeeper; Ben offers bookkeeping",
                "Ben needs a copywriter; Ana offers copywriting"), top.get(0).reasons());
        assertEquals(top.subList(0, 2), suggestions.top(2));
    }

    /**
     * On a network of random needs and offers, the whole-network list and the per-contact lists are exactly what
     * comparing every pair with every other gives: the same pairs, in the same order, with the same scores.
     */
    @Test
    void topAndForContactAgreeWithComparingEveryPair() {
        List<String> services = List.of("bookkeeping", "bookkeeper", "design", "designer", "photography",
                "photographer", "payroll", "coaching", "a coach", "letterpress", "accounts", "an accountant",
                "translation", "translator", "mortgages", "branding", "SEO", "HR policies", "cyber security");
        RelationshipStage[] stages = {JUST_MET, GETTING_TO_KNOW, LIKE, TRUST, PARTNER, PARKED};
        Random random = new Random(7);
        List<Contact> network = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            network.add(save(contact("Person " + i)
                    .needs(random.nextInt(4) == 0 ? "" : services.get(random.nextInt(services.size())))
                    .offers(services.get(random.nextInt(services.size())) + ", "
                            + services.get(random.nextInt(services.size())))
                    .tags(random.nextInt(3) == 0 ? "Photographer" : "Leeds")
                    .stage(stages[random.nextInt(stages.length)])));
        }
        book.archive(network.get(3).id());
        book.noteImpression(network.get(4).id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        db.introductions().add(Introduction.idea(network.get(5).id(), network.get(6).id(), "a", "b", "", TODAY,
                null));

        PlainSuggestions everyPair = new PlainSuggestions(db);
        List<PlainSuggestions.Scored> expected = everyPair.everyPair();
        assertTrue(expected.size() > 100, "a network with plenty of matches: " + expected.size());
        List<Suggestion> top = suggestions.top(100_000);
        assertEquals(expected.stream().map(p -> key(p.contactA(), p.contactB()) + " " + p.score()).toList(),
                top.stream().map(s -> key(s.contactA(), s.contactB()) + " " + s.score()).toList());
        assertEquals(top.subList(0, 10), suggestions.top(10));

        for (Contact person : network) {
            assertEquals(everyPair.forContact(person.id(), 100_000).stream()
                            .map(p -> p.contactB() + " " + p.bothWays() + " " + p.score()).toList(),
                    suggestions.forContact(person.id(), 100_000).stream()
                            .map(s -> s.contactB() + " " + s.bothWays() + " " + s.score()).toList(),
                    person.name());
        }
    }

    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }
}
