package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationshipDaoTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final LocalDate MET = LocalDate.of(2023, 9, 1);

    @TempDir
    Path dir;

    private Database db;
    private RelationshipDao relationships;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        relationships = db.relationships();
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- what is read for each contact ----------------------------------------------------------------------------

    @Test
    void aContactWithoutInteractionsHasItsDetailsAndNothingElse() {
        Contact ana = insert(contact("Ana Silva").organisation("Silva & Co").stage(TRUST).stayInTouchDays(21)
                .metOn(MET));

        assertEquals(List.of(new RelationshipActivity(ana.id(), "Ana Silva", "Silva & Co", TRUST, 21, MET, null, 0, 0,
                false, null)), relationships.activity(ContactQuery.all(), TODAY));
    }

    @Test
    void withoutAMetOnDayTheRelationshipIsKnownSinceItWasAddedInUtc() {
        Contact ana = insert(contact("Ana"));
        RelationshipActivity activity = only(relationships.activity(ContactQuery.all(), TODAY));
        assertEquals(LocalDate.ofInstant(ana.createdAt(), ZoneOffset.UTC), activity.knownSince());
        assertNull(activity.stayInTouchDays());
    }

    @Test
    void theLastInteractionIsTheLatestUpToTodayAndLaterOnesAreIgnored() {
        Contact ana = insert(contact("Ana").metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(40), ana);
        log(InteractionKind.MEETING, TODAY.minusDays(3), ana);
        log(InteractionKind.EMAIL, TODAY.minusDays(200), ana);
        // Planned, not yet happened: neither last, nor recent, nor help.
        log(InteractionKind.MEETING, TODAY.plusDays(1), ana);
        log(InteractionKind.HELP_GIVEN, TODAY.plusDays(30), ana);

        RelationshipActivity activity = only(relationships.activity(ContactQuery.all(), TODAY));
        assertEquals(TODAY.minusDays(3), activity.lastInteractionOn());
        assertEquals(2, activity.recentInteractions());
        assertEquals(0, activity.helpInLastYear());
        assertEquals(3, activity.daysSinceLastInteraction(TODAY));

        log(InteractionKind.MESSAGE, TODAY, ana);
        assertEquals(TODAY, only(relationships.activity(ContactQuery.all(), TODAY)).lastInteractionOn());
        // The same data, read as of the day after tomorrow: the planned meeting has happened.
        RelationshipActivity later = only(relationships.activity(ContactQuery.all(), TODAY.plusDays(2)));
        assertEquals(TODAY.plusDays(1), later.lastInteractionOn());
        assertEquals(4, later.recentInteractions());
    }

    @Test
    void recentInteractionsAreThoseOfTheNinetyDaysUpToTodayInclusive() {
        Contact ana = insert(contact("Ana").metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(90), ana);   // 91 days counting today: out
        log(InteractionKind.CALL, TODAY.minusDays(89), ana);   // the first of the 90 days: in
        log(InteractionKind.CALL, TODAY.minusDays(30), ana);
        log(InteractionKind.CALL, TODAY, ana);                 // today: in
        log(InteractionKind.CALL, TODAY.minusDays(500), ana);

        RelationshipActivity activity = only(relationships.activity(ContactQuery.all(), TODAY));
        assertEquals(3, activity.recentInteractions());
        assertEquals(TODAY, activity.lastInteractionOn());
        assertEquals(RelationshipActivity.RECENT_DAYS, 90);
    }

    @Test
    void helpCountsEveryKindOfHelpEitherWayInTheLastYearAndNothingElse() {
        Contact ana = insert(contact("Ana").metOn(MET));
        for (InteractionKind kind : List.of(InteractionKind.REFERRAL_GIVEN, InteractionKind.REFERRAL_RECEIVED,
                InteractionKind.ADVICE_ASKED, InteractionKind.ADVICE_GIVEN, InteractionKind.HELP_GIVEN,
                InteractionKind.HELP_RECEIVED, InteractionKind.INTRODUCTION)) {
            log(kind, TODAY.minusDays(200), ana);   // not recent (90 days), but within the year
        }
        for (InteractionKind kind : List.of(InteractionKind.MET, InteractionKind.CALL, InteractionKind.EMAIL,
                InteractionKind.MESSAGE, InteractionKind.MEETING)) {
            log(kind, TODAY.minusDays(10), ana);     // recent, but not help
        }
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(365), ana);  // 366 days counting today: out
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(364), ana);     // in

        RelationshipActivity activity = only(relationships.activity(ContactQuery.all(), TODAY));
        assertEquals(8, activity.helpInLastYear());
        assertEquals(5, activity.recentInteractions());
        assertEquals(TODAY.minusDays(10), activity.lastInteractionOn());
    }

    @Test
    void helpGivenAndHelpReceivedCountAlike() {
        Contact giver = insert(contact("Ana").metOn(MET));
        Contact receiver = insert(contact("Ben").metOn(MET));
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(5), giver);
        log(InteractionKind.REFERRAL_GIVEN, TODAY.minusDays(6), giver);
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(5), receiver);
        log(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(6), receiver);

        List<RelationshipActivity> both = relationships.activity(ContactQuery.all(), TODAY);
        assertEquals(List.of(2, 2), both.stream().map(RelationshipActivity::helpInLastYear).toList());
        assertEquals(List.of(2, 2), both.stream().map(RelationshipActivity::recentInteractions).toList());
    }

    @Test
    void aSharedInteractionCountsForEachOfItsContacts() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        Contact cleo = insert(contact("Cleo").metOn(MET));
        log(InteractionKind.INTRODUCTION, TODAY.minusDays(4), ana, ben);
        log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben, cleo);
        log(InteractionKind.CALL, TODAY.minusDays(1), cleo);

        List<RelationshipActivity> all = relationships.activity(ContactQuery.all(), TODAY);
        assertEquals(List.of(ana.id(), ben.id(), cleo.id()), ids(all));
        assertEquals(List.of(TODAY.minusDays(2), TODAY.minusDays(2), TODAY.minusDays(1)),
                all.stream().map(RelationshipActivity::lastInteractionOn).toList());
        assertEquals(List.of(2, 2, 2), all.stream().map(RelationshipActivity::recentInteractions).toList());
        assertEquals(List.of(1, 1, 0), all.stream().map(RelationshipActivity::helpInLastYear).toList());
    }

    @Test
    void theActivityOfChosenContactsIsTheirsFromTheWholeNetworksActivity() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        Contact cleo = insert(contact("Cleo").metOn(MET));
        Contact dev = insert(contact("Dev").metOn(MET).archived(true));
        log(InteractionKind.INTRODUCTION, TODAY.minusDays(4), ana, ben);
        log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben, cleo);
        log(InteractionKind.CALL, TODAY.minusDays(1), cleo);
        List<RelationshipActivity> all = relationships.activity(ContactQuery.all(), TODAY);

        assertEquals(List.of(all.get(0), all.get(2)),
                relationships.activityOf(List.of(cleo.id(), ana.id(), dev.id(), 999L, cleo.id()), TODAY));
        assertEquals(List.of(), relationships.activityOf(List.of(), TODAY));
    }

    @Test
    void anInteractionTakenOffOneTimelineNoLongerCountsForThatContact() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        Interaction lunch = log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);
        db.interactions().unlink(lunch.id(), ana.id());

        List<RelationshipActivity> all = relationships.activity(ContactQuery.all(), TODAY);
        assertEquals(Arrays.asList(null, TODAY.minusDays(2)),
                all.stream().map(RelationshipActivity::lastInteractionOn).toList());
        assertEquals(List.of(0, 1), all.stream().map(RelationshipActivity::recentInteractions).toList());
    }

    @Test
    void theOpenDealBreakerFlagIsSetOnlyByAnUndecidedDealBreaker() {
        Contact open = insert(contact("Ana").metOn(MET));
        Contact tolerated = insert(contact("Ben").metOn(MET));
        Contact likedOnly = insert(contact("Cleo").metOn(MET));
        Contact walkedAway = insert(contact("Dev").metOn(MET).stage(PARKED));
        note(open, ImpressionKind.DEAL_BREAKER, DealBreakerDecision.OPEN);
        note(open, ImpressionKind.LIKE, null);
        note(tolerated, ImpressionKind.DEAL_BREAKER, DealBreakerDecision.TOLERATE);
        note(likedOnly, ImpressionKind.LIKE, null);
        note(likedOnly, ImpressionKind.DISLIKE, null);
        note(walkedAway, ImpressionKind.DEAL_BREAKER, DealBreakerDecision.WALK_AWAY);

        List<RelationshipActivity> all = relationships.activity(ContactQuery.all(), TODAY);
        assertEquals(List.of(open.id(), tolerated.id(), likedOnly.id(), walkedAway.id()), ids(all));
        assertEquals(List.of(true, false, false, false),
                all.stream().map(RelationshipActivity::openDealBreaker).toList());

        Impression second = note(tolerated, ImpressionKind.DEAL_BREAKER, DealBreakerDecision.OPEN);
        assertTrue(relationships.activity(ContactQuery.all(), TODAY).get(1).openDealBreaker());
        db.impressions().decide(second.id(), DealBreakerDecision.TOLERATE, TODAY);
        assertFalse(relationships.activity(ContactQuery.all(), TODAY).get(1).openDealBreaker());
    }

    // ---- which contacts, in which order ---------------------------------------------------------------------------

    @Test
    void archivedContactsAreLeftOut() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        insert(contact("Cleo").metOn(MET).archived(true));
        log(InteractionKind.MEETING, TODAY.minusDays(1), ana, ben);

        assertEquals(List.of(ana.id(), ben.id()), ids(relationships.activity(ContactQuery.all(), TODAY)));
        db.contacts().setArchived(ana.id(), true);
        assertEquals(List.of(ben.id()), ids(relationships.activity(ContactQuery.all(), TODAY)));
        // Asking for archived contacts changes nothing: the board shows active relationships only.
        assertEquals(List.of(ben.id()), ids(relationships.activity(new ContactQuery("", null, null, true), TODAY)));
    }

    @Test
    void contactsComeInNameOrderIgnoringCaseAndAccents() {
        Contact zoe = insert(contact("Zoë Adams").metOn(MET));
        Contact emma = insert(contact("Emma Stone").metOn(MET));
        Contact emile = insert(contact("Émile Zola").metOn(MET));
        Contact ana = insert(contact("ana lower").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        Contact ben2 = insert(contact("Ben").metOn(MET));

        assertEquals(List.of(ana.id(), ben.id(), ben2.id(), emile.id(), emma.id(), zoe.id()),
                ids(relationships.activity(ContactQuery.all(), TODAY)));
    }

    @Test
    void aTagFilterKeepsTheContactsWithThatTag() {
        Contact ana = insert(contact("Ana").metOn(MET).tags("BNI", "Leeds"));
        insert(contact("Ben").metOn(MET).tags("Leeds"));
        Contact cleo = insert(contact("Cleo").metOn(MET).tags("bni"));
        insert(contact("Dev").metOn(MET));
        insert(contact("Eve").metOn(MET).tags("BNI").archived(true));

        assertEquals(List.of(ana.id(), cleo.id()), ids(relationships.activity(tag("BNI"), TODAY)));
        assertEquals(List.of(ana.id(), cleo.id()), ids(relationships.activity(tag("bni"), TODAY)),
                "tags match whatever their case");
        assertEquals(List.of(), relationships.activity(tag("no such tag"), TODAY));
    }

    @Test
    void aTextFilterMatchesTheStartOfWordsAsTheContactsSearchDoes() {
        Contact ana = insert(contact("Ana Silva").metOn(MET).offers("Bookkeeping and VAT returns").tags("BNI"));
        Contact ben = insert(contact("Ben Okafor").metOn(MET).organisation("Bookshop Ltd"));
        Contact lukasz = insert(contact("Łukasz Nowak").metOn(MET).city("Leeds"));
        insert(contact("Cleo").metOn(MET).notes("Reads a lot"));
        insert(contact("Dora Book").metOn(MET).archived(true));

        assertEquals(List.of(ana.id(), ben.id()), ids(relationships.activity(ContactQuery.text("book"), TODAY)));
        assertEquals(List.of(ana.id()), ids(relationships.activity(ContactQuery.text("book vat"), TODAY)));
        assertEquals(List.of(lukasz.id()), ids(relationships.activity(ContactQuery.text("lukasz"), TODAY)));
        assertEquals(List.of(), ids(relationships.activity(ContactQuery.text("ook"), TODAY)), "prefixes only");
        assertEquals(List.of(ana.id()),
                ids(relationships.activity(new ContactQuery("book", "BNI", null, false), TODAY)),
                "text and tag together");
        assertEquals(4, relationships.activity(ContactQuery.text("   "), TODAY).size(),
                "blank text: every active contact");
    }

    @Test
    void theQuerysStageIsIgnored() {
        insert(contact("Ana").metOn(MET).stage(LIKE));
        insert(contact("Ben").metOn(MET).stage(JUST_MET));
        assertEquals(2, relationships.activity(new ContactQuery("", null, LIKE, false), TODAY).size());
    }

    @Test
    void aFilteredReadCountsTheSameAsTheWholeNetworkForTheContactsItKeeps() {
        Contact ana = insert(contact("Ana").metOn(MET).tags("BNI").offers("Bookkeeping"));
        Contact ben = insert(contact("Ben").metOn(MET));
        Contact cleo = insert(contact("Cleo").metOn(MET).tags("BNI"));
        log(InteractionKind.MEETING, TODAY.minusDays(3), ana, ben);          // shared with someone filtered out
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(100), ana, cleo);
        log(InteractionKind.CALL, TODAY.minusDays(1), ben);
        log(InteractionKind.CALL, TODAY.minusDays(400), cleo);
        relationships.snooze(cleo.id(), TODAY.plusDays(2));

        List<RelationshipActivity> everyone = relationships.activity(ContactQuery.all(), TODAY);
        assertEquals(List.of(everyone.get(0), everyone.get(2)), relationships.activity(tag("BNI"), TODAY));
        assertEquals(List.of(everyone.get(0)), relationships.activity(ContactQuery.text("bookkeeping"), TODAY));
        assertEquals(List.of(everyone.get(0)),
                relationships.activity(new ContactQuery("ana", "bni", null, false), TODAY));
        assertEquals(new RelationshipActivity(ana.id(), "Ana", "", JUST_MET, null, MET, TODAY.minusDays(3), 1, 1,
                false, null), everyone.get(0));
    }

    @Test
    void whatIsReadMatchesThePlainPerContactCountOnRandomData() {
        java.util.Random random = new java.util.Random(2024);
        List<Contact> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            contacts.add(insert(contact("Person " + i).metOn(random.nextInt(5) == 0 ? null : MET.plusDays(i))
                    .stage(app.rapport.model.RelationshipStage.values()[random.nextInt(6)])
                    .stayInTouchDays(random.nextInt(4) == 0 ? 1 + random.nextInt(90) : null)
                    .tags(random.nextBoolean() ? "even" : "odd").archived(random.nextInt(10) == 0)));
        }
        InteractionKind[] kinds = InteractionKind.values();
        for (int i = 0; i < 500; i++) {
            Contact first = contacts.get(random.nextInt(contacts.size()));
            Contact second = contacts.get(random.nextInt(contacts.size()));
            log(kinds[random.nextInt(kinds.length)], TODAY.minusDays(random.nextInt(800) - 30),
                    random.nextInt(5) == 0 ? new Contact[] {first, second} : new Contact[] {first});
        }
        for (Contact contact : contacts) {
            if (random.nextInt(6) == 0) {
                note(contact, ImpressionKind.DEAL_BREAKER, DealBreakerDecision.values()[random.nextInt(3)]);
            }
            if (random.nextInt(5) == 0) {
                relationships.snooze(contact.id(), TODAY.plusDays(random.nextInt(40) - 20));
            }
        }

        for (LocalDate day : List.of(TODAY, TODAY.minusDays(200), TODAY.plusDays(45))) {
            for (ContactQuery query : List.of(ContactQuery.all(), tag("even"), ContactQuery.text("person"))) {
                List<RelationshipActivity> read = relationships.activity(query, day);
                List<RelationshipActivity> plain = contacts.stream()
                        .filter(c -> !c.archived())
                        .filter(c -> query.tag() == null || c.tags().contains(query.tag()))
                        .map(c -> PlainRelationshipActivity.of(db, c.id(), day))
                        .sorted(java.util.Comparator.comparing(RelationshipActivity::name,
                                java.util.Comparator.comparing(SearchText::sortKey))
                                .thenComparing(RelationshipActivity::contactId))
                        .toList();
                assertEquals(ids(plain), ids(read), query + " on " + day);
                for (int i = 0; i < read.size(); i++) {
                    assertEquals(plain.get(i), read.get(i), query + " on " + day);
                }
            }
        }
        assertTrue(relationships.activity(ContactQuery.all(), TODAY).stream()
                .anyMatch(a -> a.helpInLastYear() > 0 && a.recentInteractions() > 0 && a.snoozedUntil() != null),
                "the random data exercises every part");
    }

    // ---- snoozes ----------------------------------------------------------------------------------------------------

    @Test
    void aSnoozeIsStoredReplacedAndCleared() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));

        relationships.snooze(ana.id(), TODAY.plusDays(7));
        assertEquals(TODAY.plusDays(7), relationships.activity(ContactQuery.all(), TODAY).get(0).snoozedUntil());
        assertNull(relationships.activity(ContactQuery.all(), TODAY).get(1).snoozedUntil());

        relationships.snooze(ana.id(), TODAY.plusDays(3));
        assertEquals(TODAY.plusDays(3), relationships.activity(ContactQuery.all(), TODAY).get(0).snoozedUntil());
        assertEquals(1, snoozeRows(ana.id()), "one row per contact: replaced, not added");

        relationships.snooze(ben.id(), TODAY.plusDays(30));
        relationships.clearSnooze(ana.id());
        assertNull(relationships.activity(ContactQuery.all(), TODAY).get(0).snoozedUntil());
        assertEquals(0, snoozeRows(ana.id()));
        assertEquals(TODAY.plusDays(30), relationships.activity(ContactQuery.all(), TODAY).get(1).snoozedUntil());

        relationships.clearSnooze(ana.id());   // nothing to clear: no harm done
        assertEquals(1, snoozeRows(ben.id()));
    }

    @Test
    void aSnoozeForAContactThatDoesNotExistIsRefused() {
        assertThrows(StoreException.class, () -> relationships.snooze(404, TODAY));
        assertEquals(0, snoozeRows(404));
    }

    @Test
    void aSnoozeGoesWithItsContact() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        relationships.snooze(ana.id(), TODAY.plusDays(7));
        relationships.snooze(ben.id(), TODAY.plusDays(7));
        // The app never deletes contacts, but should a contact row go, its snooze goes too (ON DELETE CASCADE).
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                ps.setLong(1, ana.id());
                return ps.executeUpdate();
            }
        });
        assertEquals(0, snoozeRows(ana.id()));
        assertEquals(1, snoozeRows(ben.id()));
    }

    @Test
    void anArchivedContactKeepsItsSnoozeForWhenItIsRestored() {
        Contact ana = insert(contact("Ana").metOn(MET));
        relationships.snooze(ana.id(), TODAY.plusDays(7));
        db.contacts().setArchived(ana.id(), true);
        assertEquals(List.of(), relationships.activity(ContactQuery.all(), TODAY));
        db.contacts().setArchived(ana.id(), false);
        assertEquals(TODAY.plusDays(7), only(relationships.activity(ContactQuery.all(), TODAY)).snoozedUntil());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private Contact insert(ContactBuilder builder) {
        return db.contacts().insert(builder.build());
    }

    private Interaction log(InteractionKind kind, LocalDate on, Contact... contacts) {
        return db.interactions().add(Interaction.draft(kind, on, kind + " on " + on, null,
                Arrays.stream(contacts).map(Contact::id).toList()));
    }

    private Impression note(Contact contact, ImpressionKind kind, DealBreakerDecision decision) {
        return db.impressions().add(new Impression(0, contact.id(), kind, kind + " about " + contact.name(), MET, false,
                decision, decision == null || decision == DealBreakerDecision.OPEN ? null : MET));
    }

    private int snoozeRows(long contactId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM stay_in_touch_snooze WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static ContactQuery tag(String tag) {
        return new ContactQuery("", tag, null, false);
    }

    private static List<Long> ids(List<RelationshipActivity> activities) {
        return activities.stream().map(RelationshipActivity::contactId).toList();
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
