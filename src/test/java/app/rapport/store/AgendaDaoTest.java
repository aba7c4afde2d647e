package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today.FollowUpDue;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.Section;
import app.rapport.model.Today.UndecidedDealBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaDaoTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final LocalDate MET = LocalDate.of(2023, 9, 1);
    private static final StayInTouchCadence DEFAULTS = StayInTouchCadence.defaults();

    @TempDir
    Path dir;

    private Database db;
    private AgendaDao agenda;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        agenda = db.agenda();
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- each contact's latest interaction day, kept by triggers ------------------------------------------------

    @Test
    void loggingAnInteractionMovesEachOfItsContactsLastDayOnButNeverBack() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        assertEquals(Map.of(), lastDays());

        log(InteractionKind.CALL, TODAY.minusDays(10), ana, ben);
        log(InteractionKind.EMAIL, TODAY.minusDays(30), ana);      // earlier: changes nothing
        log(InteractionKind.MEETING, TODAY.plusDays(5), ben);      // planned: stored too
        assertEquals(Map.of(ana.id(), TODAY.minusDays(10), ben.id(), TODAY.plusDays(5)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void takingAnInteractionOffATimelineWorksTheLastDayOutAgainOrForgetsIt() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Interaction lunch = log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);
        log(InteractionKind.CALL, TODAY.minusDays(20), ana);

        db.interactions().unlink(lunch.id(), ana.id());
        assertEquals(Map.of(ana.id(), TODAY.minusDays(20), ben.id(), TODAY.minusDays(2)), lastDays());

        db.interactions().unlink(lunch.id(), ben.id());
        assertEquals(Map.of(ana.id(), TODAY.minusDays(20)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void deletingAnInteractionCascadesToItsLinksAndTheirLastDays() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Interaction lunch = log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);
        log(InteractionKind.CALL, TODAY.minusDays(20), ana);

        db.interactions().delete(lunch.id());
        assertEquals(Map.of(ana.id(), TODAY.minusDays(20)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void undoingARemovalPutsTheLastDayBack() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        log(InteractionKind.CALL, TODAY.minusDays(20), ana);
        Interaction lunch = log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);

        db.interactions().delete(lunch.id());
        db.interactions().restore(lunch);
        assertEquals(Map.of(ana.id(), TODAY.minusDays(2), ben.id(), TODAY.minusDays(2)), lastDays());

        db.interactions().unlink(lunch.id(), ana.id());
        db.interactions().restore(lunch);   // back on Ana's timeline; Ben's link was still there
        assertEquals(Map.of(ana.id(), TODAY.minusDays(2), ben.id(), TODAY.minusDays(2)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void movingAnInteractionToAnotherDayWorksItsContactsLastDaysOutAgain() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Contact cleo = insert(contact("Cleo"));
        log(InteractionKind.CALL, TODAY.minusDays(20), ana);
        Interaction lunch = log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);
        log(InteractionKind.CALL, TODAY.minusDays(1), cleo);

        setDay(lunch.id(), TODAY.minusDays(40));
        assertEquals(Map.of(ana.id(), TODAY.minusDays(20), ben.id(), TODAY.minusDays(40),
                cleo.id(), TODAY.minusDays(1)), lastDays());
        setDay(lunch.id(), TODAY.plusDays(3));
        assertEquals(Map.of(ana.id(), TODAY.plusDays(3), ben.id(), TODAY.plusDays(3),
                cleo.id(), TODAY.minusDays(1)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void deletingAContactForgetsItsLastDayAndLeavesTheOthers() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        log(InteractionKind.MEETING, TODAY.minusDays(2), ana, ben);
        log(InteractionKind.CALL, TODAY.minusDays(20), ben);

        execute("DELETE FROM contact WHERE id = " + ana.id());
        assertEquals(Map.of(ben.id(), TODAY.minusDays(2)), lastDays());
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void aLongRunOfRandomWritesKeepsEveryLastDayExact() {
        Random random = new Random(7);
        List<Contact> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            contacts.add(insert(contact("Contact " + i)));
        }
        List<Interaction> logged = new java.util.ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int what = random.nextInt(10);
            if (what < 5 || logged.isEmpty()) {
                Contact a = contacts.get(random.nextInt(contacts.size()));
                Contact b = contacts.get(random.nextInt(contacts.size()));
                logged.add(log(InteractionKind.CALL, TODAY.plusDays(random.nextInt(200) - 150), a, b));
            } else {
                Interaction one = logged.get(random.nextInt(logged.size()));
                switch (what) {
                    case 5 -> db.interactions().delete(one.id());
                    case 6 -> db.interactions().unlink(one.id(), one.contactIds().get(0));
                    case 7 -> db.interactions().restore(one);
                    default -> setDay(one.id(), TODAY.plusDays(random.nextInt(200) - 150));
                }
            }
        }
        assertEquals(plainLastDays(), lastDays());
    }

    @Test
    void aVersionFiveFileHasItsContactsLastDaysFilledInWhenUpgraded() throws Exception {
        db.close();
        Path file = dir.resolve("v5.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            for (int version = 1; version <= 5; version++) {
                for (String sql : Migrations.statementsFor(version)) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 5");
            for (int id = 1; id <= 3; id++) {
                s.executeUpdate("INSERT INTO contact (id, name, stage, sort_name, created_at, updated_at) VALUES ("
                        + id + ", 'C" + id + "', 'LIKE', 'c" + id + "', '2024-01-10T09:00:00Z',"
                        + " '2024-01-10T09:00:00Z')");
            }
            s.executeUpdate("""
                    INSERT INTO interaction (id, kind, happened_on, summary)
                    VALUES (1, 'CALL', '2024-05-01', ''), (2, 'MEETING', '2024-06-20', ''),
                           (3, 'EMAIL', '2024-03-03', '')""");
            s.executeUpdate("INSERT INTO interaction_contact VALUES (1, 1), (2, 1), (3, 1), (1, 2), (3, 2)");
        }
        db = Database.open(file);
        assertEquals(Map.of(1L, LocalDate.of(2024, 6, 20), 2L, LocalDate.of(2024, 5, 1)), lastDays());

        // ...and kept from then on.
        db.interactions().delete(2);
        assertEquals(Map.of(1L, LocalDate.of(2024, 5, 1), 2L, LocalDate.of(2024, 5, 1)), lastDays());
    }

    // ---- follow-ups due -----------------------------------------------------------------------------------------

    @Test
    void followUpsDueTodayOrEarlierComeOldestFirstWithEveryoneOnThem() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Contact cleo = insert(contact("Cleo"));
        Interaction today = logWithFollowUp(TODAY.minusDays(7), TODAY, cleo, ana);
        Interaction overdue = logWithFollowUp(TODAY.minusDays(30), TODAY.minusDays(3), ben);
        Interaction sameDay = logWithFollowUp(TODAY.minusDays(20), TODAY.minusDays(3), ana, ben, cleo);
        logWithFollowUp(TODAY.minusDays(1), TODAY.plusDays(1), ana);   // not yet due
        log(InteractionKind.CALL, TODAY.minusDays(40), ana);            // no follow-up

        Section<FollowUpDue> due = agenda.followUpsDue(TODAY, 10);
        assertEquals(3, due.total());
        assertEquals(List.of(
                new FollowUpDue(overdue.id(), ben.id(), List.of("Ben"), InteractionKind.CALL, TODAY.minusDays(30),
                        "CALL on " + TODAY.minusDays(30), TODAY.minusDays(3)),
                new FollowUpDue(sameDay.id(), ana.id(), List.of("Ana", "Ben", "Cleo"), InteractionKind.CALL,
                        TODAY.minusDays(20), "CALL on " + TODAY.minusDays(20), TODAY.minusDays(3)),
                new FollowUpDue(today.id(), ana.id(), List.of("Ana", "Cleo"), InteractionKind.CALL, TODAY.minusDays(7),
                        "CALL on " + TODAY.minusDays(7), TODAY)), due.items());
        assertTrue(due.items().get(0).overdueOn(TODAY));

        Section<FollowUpDue> first = agenda.followUpsDue(TODAY, 2);
        assertEquals(List.of(overdue.id(), sameDay.id()),
                first.items().stream().map(FollowUpDue::interactionId).toList());
        assertEquals(3, first.total());
        assertEquals(1, first.more());
        assertEquals(0, agenda.followUpsDue(TODAY.minusDays(4), 10).total());
        assertEquals(new Section<>(List.of(), 3), agenda.followUpsDue(TODAY, 0));
    }

    @Test
    void anEntryWhoseContactsAreAllArchivedIsLeftOutButAnArchivedContactOnAKeptEntryIsNamed() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Contact cleo = insert(contact("Cleo"));
        Interaction shared = logWithFollowUp(TODAY.minusDays(9), TODAY.minusDays(2), ana, ben);
        logWithFollowUp(TODAY.minusDays(9), TODAY.minusDays(1), cleo);
        db.contacts().setArchived(ana.id(), true);
        db.contacts().setArchived(cleo.id(), true);

        Section<FollowUpDue> due = agenda.followUpsDue(TODAY, 10);
        assertEquals(1, due.total());
        FollowUpDue only = only(due.items());
        assertEquals(shared.id(), only.interactionId());
        assertEquals(List.of("Ana", "Ben"), only.names());
        assertEquals(ben.id(), only.contactId(), "a click opens someone still in the network");

        db.contacts().setArchived(cleo.id(), false);
        assertEquals(2, agenda.followUpsDue(TODAY, 10).total());
    }

    @Test
    void aFollowUpCanBeClearedAndPutBackAndTheOldDayIsReturned() {
        Contact ana = insert(contact("Ana"));
        Interaction call = logWithFollowUp(TODAY.minusDays(9), TODAY.minusDays(2), ana);

        assertEquals(TODAY.minusDays(2), db.interactions().setFollowUp(call.id(), null));
        assertEquals(0, agenda.followUpsDue(TODAY, 10).total());
        assertNull(db.interactions().forContact(ana.id()).get(0).followUpOn());
        assertNull(db.interactions().setFollowUp(call.id(), TODAY.minusDays(2)));
        assertEquals(TODAY.minusDays(2), db.interactions().forContact(ana.id()).get(0).followUpOn());
        assertThrows(StoreException.class, () -> db.interactions().setFollowUp(999, TODAY));
    }

    // ---- cooling --------------------------------------------------------------------------------------------------

    @Test
    void coolingRelationshipsAreTheOnesPastTheirRhythmMostOverdueFirst() {
        // Defaults: JUST_MET 14 days, LIKE 60, TRUST 45, PARTNER 30.
        Contact onTrack = insert(contact("Ana").stage(LIKE).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(59), onTrack);
        Contact justDue = insert(contact("Ben").stage(LIKE).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(60), justDue);                     // 1.0 rhythms
        Contact twice = insert(contact("Cleo").stage(JUST_MET).metOn(TODAY.minusDays(28)));   // 2.0, never logged
        Contact ownRhythm = insert(contact("Dev").stage(PARTNER).stayInTouchDays(10).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(25), ownRhythm);                   // 2.5
        Contact alsoTwice = insert(contact("Abe").stage(PARTNER).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(60), alsoTwice);                   // 2.0, sorts before Cleo
        Contact trust = insert(contact("Eve").stage(TRUST).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(90), trust);                       // 2.0
        Contact recentlyMet = insert(contact("Finn").stage(LIKE).metOn(TODAY.minusDays(10)));
        log(InteractionKind.CALL, TODAY.minusDays(300), recentlyMet);                // clock starts when met

        Section<Long> cooling = agenda.cooling(DEFAULTS, TODAY, 10);
        assertEquals(List.of(ownRhythm.id(), alsoTwice.id(), twice.id(), trust.id(), justDue.id()), cooling.items());
        assertEquals(5, cooling.total());
        Section<Long> top = agenda.cooling(DEFAULTS, TODAY, 2);
        assertEquals(List.of(ownRhythm.id(), alsoTwice.id()), top.items());
        assertEquals(5, top.total());
        assertEquals(new Section<>(List.of(), 5), agenda.cooling(DEFAULTS, TODAY, 0));
        // The user's own rhythms count: with a slower one for partners and for new acquaintances, those are fine.
        assertEquals(List.of(ownRhythm.id(), trust.id(), justDue.id()),
                agenda.cooling(DEFAULTS.with(PARTNER, 90).with(JUST_MET, 30), TODAY, 10).items());
    }

    @Test
    void equallyOverdueRelationshipsGoInNameOrderWhateverTheirStage() {
        insert(contact("Zed").stage(JUST_MET).metOn(TODAY.minusDays(28)));              // 28 / 14
        Contact bea = insert(contact("Bea").stage(PARTNER).metOn(TODAY.minusDays(60)));  // 60 / 30
        Contact abe = insert(contact("Abe").stage(PARTNER).metOn(TODAY.minusDays(60)));
        insert(contact("Cy").stage(TRUST).stayInTouchDays(10).metOn(TODAY.minusDays(20)));
        Contact al = insert(contact("Al").stage(LIKE).metOn(TODAY.minusDays(120)));
        insert(contact("Dee").stage(LIKE).metOn(TODAY.minusDays(119)));                  // a little less

        Section<Long> cooling = agenda.cooling(DEFAULTS, TODAY, 3);
        assertEquals(List.of(abe.id(), al.id(), bea.id()), cooling.items());
        assertEquals(6, cooling.total());
    }

    @Test
    void theCoolingQueryReadsRangesOfItsIndexNotEveryContact() {
        List<String> plan = db.transaction(c -> {
            SqliteAgendaDao.Query query = SqliteAgendaDao.coolingQuery(DEFAULTS, TODAY, 8);
            List<String> lines = new java.util.ArrayList<>();
            try (PreparedStatement ps = SqliteAgendaDao.prepare(c, new SqliteAgendaDao.Query(
                    "EXPLAIN QUERY PLAN " + query.sql(), query.parameters()));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
            return lines;
        });
        assertTrue(plan.stream().noneMatch(line -> line.equals("SCAN c") || line.startsWith("SCAN c ")),
                String.join("\n", plan));
        // Five stages: each counted and its first few read, plus the two kinds of exceptions.
        assertEquals(12, plan.stream().filter(line -> line.startsWith("SEARCH c USING")
                && line.contains("INDEX contact_stay_in_touch (stage=?")).count(), String.join("\n", plan));
    }

    @Test
    void archivedParkedAndSnoozedRelationshipsAreNotCooling() {
        Contact archived = insert(contact("Ana").stage(LIKE).metOn(MET).archived(true));
        Contact parked = insert(contact("Ben").stage(PARKED).metOn(MET));
        Contact snoozed = insert(contact("Cleo").stage(LIKE).metOn(MET));
        Contact snoozeOver = insert(contact("Dev").stage(LIKE).metOn(MET));
        db.relationships().snooze(snoozed.id(), TODAY.plusDays(1));
        db.relationships().snooze(snoozeOver.id(), TODAY);   // back on its day

        Section<Long> cooling = agenda.cooling(DEFAULTS, TODAY, 10);
        assertEquals(List.of(snoozeOver.id()), cooling.items());
        assertEquals(1, cooling.total());
        assertTrue(archived.archived() && parked.stage() == PARKED);
    }

    @Test
    void aPlannedInteractionDoesNotRestartTheClockUntilItsDay() {
        Contact ana = insert(contact("Ana").stage(LIKE).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(100), ana);
        log(InteractionKind.MEETING, TODAY.plusDays(3), ana);
        Contact ben = insert(contact("Ben").stage(LIKE).metOn(TODAY.minusDays(70)));
        log(InteractionKind.MEETING, TODAY.plusDays(1), ben);   // nothing up to today: the clock runs from met on
        Contact cleo = insert(contact("Cleo").stage(LIKE).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(5), cleo);
        log(InteractionKind.MEETING, TODAY.plusDays(3), cleo);

        assertEquals(List.of(ana.id(), ben.id()), agenda.cooling(DEFAULTS, TODAY, 10).items());
        assertEquals(List.of(), agenda.cooling(DEFAULTS, TODAY.plusDays(3), 10).items());
    }

    // ---- introductions waiting for a reply ------------------------------------------------------------------------

    @Test
    void introductionsWaitingForAnAnswerComeLongestWaitingFirst() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Contact cleo = insert(contact("Cleo"));
        Contact dev = insert(contact("Dev"));
        Contact gone = insert(contact("Gus"));
        Introduction bothAsked = introduce(ana, ben, i -> i.withOptIn(Introduction.Side.A, OptIn.ASKED,
                TODAY.minusDays(3)).withOptIn(Introduction.Side.B, OptIn.ASKED, TODAY.minusDays(9)));
        Introduction oneAsked = introduce(cleo, dev, i -> i.withOptIn(Introduction.Side.B, OptIn.ASKED,
                TODAY.minusDays(5)));
        // Ben answered 12 days ago; Cleo is still asked since 4 days ago.
        Introduction oneAnswered = introduce(ben, cleo, i -> i.withOptIn(Introduction.Side.A, OptIn.ASKED,
                TODAY.minusDays(14)).withOptIn(Introduction.Side.A, OptIn.AGREED, TODAY.minusDays(12))
                .withOptIn(Introduction.Side.B, OptIn.ASKED, TODAY.minusDays(4)));
        introduce(ana, cleo, i -> i);                                                          // an idea
        introduce(ana, dev, i -> i.withOptIn(Introduction.Side.A, OptIn.ASKED, TODAY.minusDays(20))
                .withOptIn(Introduction.Side.A, OptIn.DECLINED, TODAY.minusDays(19)));            // answered
        introduce(ben, dev, i -> i.withOptIn(Introduction.Side.A, OptIn.ASKED, TODAY.minusDays(30))
                .withOutcome(IntroductionOutcome.DECLINED, TODAY.minusDays(1)));                  // closed
        introduce(gone, dev, i -> i.withOptIn(Introduction.Side.A, OptIn.ASKED, TODAY.minusDays(40)));
        db.contacts().setArchived(gone.id(), true);

        Section<IntroductionSummary> waiting = agenda.waitingForReply(10);
        assertEquals(List.of(new IntroductionSummary(bothAsked, "Ana", "Ben"),
                new IntroductionSummary(oneAsked, "Cleo", "Dev"),
                new IntroductionSummary(oneAnswered, "Ben", "Cleo")), waiting.items());
        assertEquals(3, waiting.total());
        assertEquals(new Section<>(List.of(new IntroductionSummary(bothAsked, "Ana", "Ben")), 3),
                agenda.waitingForReply(1));
        assertEquals(new Section<>(List.of(), 3), agenda.waitingForReply(0));
    }

    // ---- people to thank -----------------------------------------------------------------------------------------

    @Test
    void thePeopleToThankAreThoseTheGratitudeListNamesInItsOrder() {
        Contact ana = insert(contact("Ana").stage(LIKE));
        Contact ben = insert(contact("Ben").stage(TRUST));
        Contact cleo = insert(contact("Cleo").stage(PARKED));
        Contact dev = insert(contact("Dev").stage(LIKE).archived(true));
        Contact eve = insert(contact("Eve").stage(LIKE));
        Contact finn = insert(contact("Finn").stage(LIKE));
        Contact gus = insert(contact("Gus").stage(LIKE));
        Contact hana = insert(contact("Hana").stage(PARTNER));
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(3), ana, ben);
        log(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(10), ana);
        log(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(1), ana);
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(4), cleo, dev);
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(4), eve);
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(4), finn);
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(200), finn);
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(3), gus);
        log(InteractionKind.HELP_RECEIVED, TODAY.plusDays(3), hana);   // planned: not yet
        db.introductions().add(Introduction.idea(eve.id(), finn.id(), "Both gain", "Both gain", "",
                TODAY.minusDays(60), null));   // Eve is being connected already

        LocalDate from = TODAY.minusDays(90);
        Section<PersonToThank> thanks = agenda.peopleToThank(from, TODAY, 10);
        assertEquals(List.of(new PersonToThank(ana.id(), "Ana", TODAY.minusDays(1)),
                new PersonToThank(ben.id(), "Ben", TODAY.minusDays(3)),
                new PersonToThank(gus.id(), "Gus", TODAY.minusDays(3))), thanks.items());
        assertEquals(3, thanks.total());
        assertEquals(db.suggestions().helpedBetween(from, TODAY, 10).stream()
                .map(h -> new PersonToThank(h.contactId(), h.name(), h.on())).toList(), thanks.items());
        assertEquals(new Section<>(List.of(new PersonToThank(ana.id(), "Ana", TODAY.minusDays(1))), 3),
                agenda.peopleToThank(from, TODAY, 1));
        assertEquals(new Section<>(List.of(), 3), agenda.peopleToThank(from, TODAY, 0));
        assertEquals(new Section<>(List.of(), 0), agenda.peopleToThank(TODAY, TODAY, 5));
    }

    @Test
    void thePeopleToThankAgreeWithTheGratitudeListOnARandomNetwork() {
        Random random = new Random(3);
        RelationshipStage[] stages = RelationshipStage.values();
        List<Contact> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            contacts.add(insert(contact("Contact " + i).stage(stages[random.nextInt(stages.length)])
                    .archived(random.nextInt(10) == 0)));
        }
        InteractionKind[] kinds = {InteractionKind.HELP_RECEIVED, InteractionKind.REFERRAL_RECEIVED,
                InteractionKind.HELP_GIVEN, InteractionKind.CALL};
        for (int i = 0; i < 150; i++) {
            log(kinds[random.nextInt(kinds.length)], TODAY.minusDays(random.nextInt(150) - 10),
                    contacts.get(random.nextInt(contacts.size())), contacts.get(random.nextInt(contacts.size())));
        }
        for (int i = 0; i < 6; i++) {
            Contact a = contacts.get(random.nextInt(contacts.size()));
            Contact b = contacts.get(random.nextInt(contacts.size()));
            if (a.id() != b.id()) {
                Introduction idea = Introduction.idea(a.id(), b.id(), "Both gain", "Both gain", "", TODAY, null);
                db.introductions().add(i % 2 == 0 ? idea : idea.withOutcome(IntroductionOutcome.MET, TODAY));
            }
        }
        LocalDate from = TODAY.minusDays(90);
        List<PersonToThank> gratitude = db.suggestions().helpedBetween(from, TODAY, 1000).stream()
                .map(h -> new PersonToThank(h.contactId(), h.name(), h.on())).toList();
        assertTrue(gratitude.size() > 10, gratitude.toString());
        assertEquals(new Section<>(gratitude, gratitude.size()), agenda.peopleToThank(from, TODAY, 1000));
        assertEquals(new Section<>(gratitude.subList(0, 5), gratitude.size()), agenda.peopleToThank(from, TODAY, 5));
    }

    // ---- undecided deal-breakers ---------------------------------------------------------------------------------

    @Test
    void undecidedDealBreakersOfActiveContactsComeOldestFirst() {
        Contact ana = insert(contact("Ana"));
        Contact ben = insert(contact("Ben"));
        Contact gone = insert(contact("Gus").archived(true));
        Impression late = note(ana, "Always late", TODAY.minusDays(5), true);
        Impression rude = note(ben, "Rude to waiters", TODAY.minusDays(50), false);
        Impression decided = note(ben, "Talks over people", TODAY.minusDays(80), false);
        db.impressions().decide(decided.id(), DealBreakerDecision.TOLERATE, TODAY.minusDays(1));
        note(gone, "Shouts", TODAY.minusDays(90), false);
        db.impressions().add(Impression.draft(ana.id(), ImpressionKind.DISLIKE, "Loud", TODAY.minusDays(99), false));

        Section<UndecidedDealBreaker> undecided = agenda.undecidedDealBreakers(10);
        assertEquals(List.of(
                new UndecidedDealBreaker(rude.id(), ben.id(), "Ben", "Rude to waiters", TODAY.minusDays(50), false),
                new UndecidedDealBreaker(late.id(), ana.id(), "Ana", "Always late", TODAY.minusDays(5), true)),
                undecided.items());
        assertEquals(2, undecided.total());
        assertEquals(2, agenda.undecidedDealBreakers(1).total());
        assertEquals(1, agenda.undecidedDealBreakers(1).items().size());
    }

    // ---- meetings -------------------------------------------------------------------------------------------------

    @Test
    void upcomingMeetingsAreCountedFromTheGivenMoment() {
        for (LocalDateTime at : List.of(TODAY.minusDays(1).atTime(9, 0), TODAY.atTime(0, 0), TODAY.atTime(8, 30),
                TODAY.plusDays(40).atTime(18, 0))) {
            db.meetings().add(Meeting.planned("Breakfast", at, "", ""));
        }
        assertEquals(3, agenda.upcomingMeetingCount(TODAY.atStartOfDay()));
        assertEquals(db.meetings().upcoming(TODAY.atStartOfDay(), 100).size(),
                agenda.upcomingMeetingCount(TODAY.atStartOfDay()));
        assertEquals(1, agenda.upcomingMeetingCount(TODAY.atTime(9, 0)));
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> agenda.followUpsDue(TODAY, -1));
        assertThrows(IllegalArgumentException.class, () -> agenda.cooling(DEFAULTS, TODAY, -1));
        assertThrows(IllegalArgumentException.class, () -> agenda.waitingForReply(-1));
        assertEquals(new Section<>(List.of(), 0), agenda.undecidedDealBreakers(0));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Contact insert(ContactBuilder builder) {
        return db.contacts().insert(builder.build());
    }

    private Interaction log(InteractionKind kind, LocalDate on, Contact... contacts) {
        return db.interactions().add(Interaction.draft(kind, on, kind + " on " + on, null,
                Arrays.stream(contacts).map(Contact::id).toList()));
    }

    private Interaction logWithFollowUp(LocalDate on, LocalDate followUp, Contact... contacts) {
        return db.interactions().add(Interaction.draft(InteractionKind.CALL, on, "CALL on " + on, followUp,
                Arrays.stream(contacts).map(Contact::id).toList()));
    }

    private Impression note(Contact contact, String text, LocalDate on, boolean confidential) {
        return db.impressions().add(Impression.draft(contact.id(), ImpressionKind.DEAL_BREAKER, text, on,
                confidential));
    }

    private Introduction introduce(Contact a, Contact b, java.util.function.UnaryOperator<Introduction> steps) {
        return db.introductions().add(steps.apply(Introduction.idea(a.id(), b.id(), "Both gain", "Both gain", "",
                TODAY.minusDays(60), null)));
    }

    private void setDay(long interactionId, LocalDate day) {
        execute("UPDATE interaction SET happened_on = '" + day + "' WHERE id = " + interactionId);
    }

    private void execute(String sql) {
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    /** What the triggers keep. */
    private Map<Long, LocalDate> lastDays() {
        return read("SELECT id, last_interaction_on FROM contact WHERE last_interaction_on IS NOT NULL");
    }

    /** What they should keep: the latest day of every contact's interactions, worked out from scratch. */
    private Map<Long, LocalDate> plainLastDays() {
        return read("""
                SELECT ic.contact_id, max(i.happened_on)
                FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                GROUP BY ic.contact_id""");
    }

    private Map<Long, LocalDate> read(String sql) {
        return db.transaction(c -> {
            Map<Long, LocalDate> days = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
                }
            }
            return days;
        });
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
