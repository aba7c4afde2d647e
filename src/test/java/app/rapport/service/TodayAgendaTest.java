package app.rapport.service;

import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today;
import app.rapport.model.Today.FollowUpDue;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.UndecidedDealBreaker;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.model.StayInTouchStatus.DUE;
import static app.rapport.model.StayInTouchStatus.OVERDUE;
import static app.rapport.model.StayInTouchStatus.SNOOZED;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TodayAgendaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final LocalDate MET = LocalDate.of(2023, 9, 1);
    private static final StayInTouchCadence DEFAULTS = StayInTouchCadence.defaults();

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyNetworkHasNothingForToday() {
        Today today = agendaOn(TODAY).today(DEFAULTS);
        assertEquals(TODAY, today.day());
        for (Today.Section<?> section : List.of(today.followUps(), today.cooling(), today.waitingForReply(),
                today.thanks(), today.dealBreakers(), today.meetings())) {
            assertTrue(section.isEmpty());
            assertEquals(0, section.total());
        }
    }

    // ---- follow-ups ---------------------------------------------------------------------------------------------

    @Test
    void followUpsDueShowTheOldestFirstWithEveryoneOnThemAndHowManyInAll() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        List<Interaction> due = new ArrayList<>();
        for (int i = 0; i < TodayAgenda.FOLLOW_UPS_SHOWN + 2; i++) {
            due.add(logWithFollowUp(TODAY.minusDays(30), TODAY.minusDays(i),
                    i % 2 == 0 ? List.of(ana) : List.of(ana, ben)));
        }
        logWithFollowUp(TODAY.minusDays(3), TODAY.plusDays(1), List.of(ben));     // tomorrow: not yet

        Today.Section<FollowUpDue> followUps = agendaOn(TODAY).today(DEFAULTS).followUps();
        assertEquals(TodayAgenda.FOLLOW_UPS_SHOWN + 2, followUps.total());
        assertEquals(TodayAgenda.FOLLOW_UPS_SHOWN, followUps.items().size());
        assertEquals(2, followUps.more());
        FollowUpDue oldest = followUps.items().get(0);
        assertEquals(due.get(TodayAgenda.FOLLOW_UPS_SHOWN + 1).id(), oldest.interactionId());
        assertEquals(List.of("Ana", "Ben"), oldest.names());
        assertEquals(ana.id(), oldest.contactId());
        assertEquals(TODAY.minusDays(TodayAgenda.FOLLOW_UPS_SHOWN + 1), oldest.followUpOn());
        assertEquals(List.of("Ana"), followUps.items().get(1).names());
        List<LocalDate> days = followUps.items().stream().map(FollowUpDue::followUpOn).toList();
        assertEquals(days.stream().sorted().toList(), days);
    }

    @Test
    void aFollowUpMarkedDoneLeavesTodayAndTheUndoBringsItBack() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Interaction call = logWithFollowUp(TODAY.minusDays(10), TODAY.minusDays(3), List.of(ana));
        TodayAgenda agenda = agendaOn(TODAY);

        LocalDate had = agenda.followUpDone(call.id());
        assertEquals(TODAY.minusDays(3), had);
        assertEquals(0, agenda.today(DEFAULTS).followUps().total());
        assertNull(db.interactions().forContact(ana.id()).get(0).followUpOn());

        agenda.restoreFollowUp(call.id(), had);
        FollowUpDue back = only(agenda.today(DEFAULTS).followUps().items());
        assertEquals(call.id(), back.interactionId());
        assertEquals(TODAY.minusDays(3), back.followUpOn());
        assertTrue(back.overdueOn(TODAY));
    }

    // ---- cooling: exactly the board's -------------------------------------------------------------------------------

    @Test
    void coolingIsTheBoardsCoolingCardsMostOverdueFirst() {
        Contact onTrack = insert(contact("Ana").stage(LIKE).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(20), onTrack);
        Contact planned = insert(contact("Ben").stage(TRUST).metOn(MET));
        log(InteractionKind.CALL, TODAY.minusDays(100), planned);
        log(InteractionKind.MEETING, TODAY.plusDays(2), planned);         // planned: the clock still runs
        Contact snoozed = insert(contact("Cleo").stage(PARTNER).metOn(MET));
        db.relationships().snooze(snoozed.id(), TODAY.plusDays(5));
        Contact parked = insert(contact("Dev").stage(PARKED).metOn(MET));
        Contact archived = insert(contact("Eve").stage(LIKE).metOn(MET).archived(true));
        Contact due = insert(contact("Finn").stage(JUST_MET).metOn(TODAY.minusDays(15)));
        Contact helped = insert(contact("Gus").stage(GETTING_TO_KNOW).metOn(MET));
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(50), helped);

        Today.Section<BoardCard> cooling = agendaOn(TODAY).today(DEFAULTS).cooling();
        assertEquals(List.of("Ben", "Gus", "Finn"), cooling.items().stream().map(BoardCard::name).toList());
        assertEquals(3, cooling.total());
        assertEquals(List.of(OVERDUE, OVERDUE, DUE), cooling.items().stream().map(BoardCard::stayInTouch).toList());
        assertEquals(100, cooling.items().get(0).daysSinceLastInteraction());
        assertEquals(boardsCooling(TODAY, DEFAULTS), cooling.items());
        assertEquals(SNOOZED, new RelationshipBoard(db, clockOn(TODAY)).cards(ContactQuery.text("Cleo"), DEFAULTS)
                .get(0).stayInTouch());
        assertTrue(parked.stage() == PARKED && archived.archived() && snoozed.id() > 0 && onTrack.id() > 0);
    }

    @Test
    void coolingAgreesWithTheBoardOnARandomNetworkOnManyDays() {
        Random random = new Random(11);
        RelationshipStage[] stages = RelationshipStage.values();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ContactBuilder builder = contact(NAMES[i % NAMES.length] + " " + (char) ('A' + random.nextInt(6)))
                    .stage(stages[random.nextInt(stages.length)])
                    .archived(random.nextInt(15) == 0)
                    .metOn(random.nextInt(10) == 0 ? null : TODAY.minusDays(random.nextInt(400) - 20));
            if (random.nextInt(6) == 0) {
                builder.stayInTouchDays(1 + random.nextInt(90));
            }
            contacts.add(insert(builder));
        }
        for (int i = 0; i < 250; i++) {
            Contact one = contacts.get(random.nextInt(contacts.size()));
            Contact other = contacts.get(random.nextInt(contacts.size()));
            InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
            // Some planned: a future interaction must not restart the clock before its day.
            LocalDate on = TODAY.plusDays(random.nextInt(8) == 0 ? random.nextInt(40) : -random.nextInt(300));
            log(kind, on, random.nextInt(5) == 0 ? new Contact[] {one, other} : new Contact[] {one});
        }
        for (int i = 0; i < 8; i++) {
            db.relationships().snooze(contacts.get(random.nextInt(contacts.size())).id(),
                    TODAY.plusDays(random.nextInt(30) - 10));
        }
        StayInTouchCadence quick = DEFAULTS.with(LIKE, 20).with(TRUST, 10);
        int seen = 0;
        for (LocalDate day : List.of(TODAY.minusDays(40), TODAY.minusDays(3), TODAY, TODAY.plusDays(1),
                TODAY.plusDays(25), TODAY.plusDays(90))) {
            for (StayInTouchCadence cadence : List.of(DEFAULTS, quick)) {
                Today.Section<BoardCard> cooling = agendaOn(day).today(cadence).cooling();
                List<BoardCard> board = boardsCooling(day, cadence);
                assertEquals(board.size(), cooling.total(), day + " " + cadence);
                assertEquals(board.subList(0, Math.min(board.size(), TodayAgenda.COOLING_SHOWN)), cooling.items(),
                        day + " " + cadence);
                seen += cooling.total();
            }
        }
        assertTrue(seen > 100, "the network should have plenty cooling: " + seen);
    }

    @Test
    void aLoggedInteractionTakesARelationshipOffTheCoolingList() {
        Contact ana = insert(contact("Ana").stage(LIKE).metOn(MET));
        TodayAgenda agenda = agendaOn(TODAY);
        assertEquals(1, agenda.today(DEFAULTS).cooling().total());
        Interaction call = log(InteractionKind.CALL, TODAY, ana);
        assertEquals(0, agenda.today(DEFAULTS).cooling().total());
        db.interactions().delete(call.id());
        assertEquals(1, agenda.today(DEFAULTS).cooling().total());
    }

    // ---- introductions waiting for a reply ------------------------------------------------------------------------

    @Test
    void introductionsWaitingForAnAnswerAreListedLongestWaitingFirst() {
        Contact ana = insert(contact("Ana").stage(TRUST).metOn(MET));
        Contact ben = insert(contact("Ben").stage(TRUST).metOn(MET));
        Contact cleo = insert(contact("Cleo").stage(PARTNER).metOn(MET));
        long anaBen = planner(TODAY.minusDays(10)).plan(ana.id(), ben.id(), "Needs a designer", "Needs clients", "",
                true).after().id();
        long benCleo = planner(TODAY.minusDays(10)).plan(ben.id(), cleo.id(), "Needs a printer", "Needs work", "",
                true).after().id();
        long anaCleo = planner(TODAY.minusDays(10)).plan(ana.id(), cleo.id(), "Both run", "Both run", "", true)
                .after().id();
        planner(TODAY.minusDays(2)).ask(anaBen, Introduction.Side.A);
        planner(TODAY.minusDays(6)).ask(benCleo, Introduction.Side.B);
        planner(TODAY.minusDays(8)).ask(anaCleo, Introduction.Side.A);
        planner(TODAY.minusDays(4)).answer(anaCleo, Introduction.Side.A, true);   // answered: nothing to wait for

        Today.Section<IntroductionSummary> waiting = agendaOn(TODAY).today(DEFAULTS).waitingForReply();
        assertEquals(List.of(benCleo, anaBen), waiting.items().stream().map(s -> s.introduction().id()).toList());
        assertEquals(List.of("Ben", "Cleo"), List.of(waiting.items().get(0).nameA(), waiting.items().get(0).nameB()));
        assertEquals(2, waiting.total());
    }

    // ---- people to thank ----------------------------------------------------------------------------------------

    @Test
    void peopleWhoRecentlyHelpedAreThankedNewestFirstAFewAtATime() {
        List<Contact> helpers = new ArrayList<>();
        for (int i = 0; i < TodayAgenda.THANKS_SHOWN + 2; i++) {
            Contact helper = insert(contact(NAMES[i]).stage(LIKE).metOn(MET));
            helpers.add(helper);
            log(i % 2 == 0 ? InteractionKind.HELP_RECEIVED : InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(i * 10),
                    helper);
        }
        Contact longAgo = insert(contact("Zed").stage(LIKE).metOn(MET));
        log(InteractionKind.HELP_RECEIVED, TODAY.minusDays(IntroductionSuggestions.RECENT_HELP_DAYS + 1), longAgo);
        Contact helpedByUser = insert(contact("Yann").stage(LIKE).metOn(MET));
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(1), helpedByUser);

        Today.Section<PersonToThank> thanks = agendaOn(TODAY).today(DEFAULTS).thanks();
        assertEquals(TodayAgenda.THANKS_SHOWN + 2, thanks.total());
        assertEquals(helpers.subList(0, TodayAgenda.THANKS_SHOWN).stream().map(Contact::id).toList(),
                thanks.items().stream().map(PersonToThank::contactId).toList());
        assertEquals(new PersonToThank(helpers.get(1).id(), NAMES[1], TODAY.minusDays(10)), thanks.items().get(1));
    }

    // ---- deal-breakers ---------------------------------------------------------------------------------------------

    @Test
    void undecidedDealBreakersAreListedOldestFirstUntilDecided() {
        Contact ana = insert(contact("Ana").metOn(MET));
        Contact ben = insert(contact("Ben").metOn(MET));
        Impression late = dealBreaker(ana, "Always late", TODAY.minusDays(3));
        Impression rude = dealBreaker(ben, "Rude to waiters", TODAY.minusDays(30));
        TodayAgenda agenda = agendaOn(TODAY);

        Today.Section<UndecidedDealBreaker> undecided = agenda.today(DEFAULTS).dealBreakers();
        assertEquals(List.of(rude.id(), late.id()),
                undecided.items().stream().map(UndecidedDealBreaker::impressionId).toList());
        assertEquals(new UndecidedDealBreaker(rude.id(), ben.id(), "Ben", "Rude to waiters", TODAY.minusDays(30),
                false), undecided.items().get(0));
        assertEquals(2, undecided.total());

        db.impressions().decide(rude.id(), DealBreakerDecision.TOLERATE, TODAY);
        db.contacts().setArchived(ana.id(), true);
        assertTrue(agenda.today(DEFAULTS).dealBreakers().isEmpty());
    }

    // ---- meetings -------------------------------------------------------------------------------------------------

    @Test
    void theNextMeetingsAreThoseFromTheStartOfTodayInTheClocksZoneSoonestFirst() {
        // Just after midnight in London: still the 14th in UTC.
        Clock earlyMorning = Clock.fixed(TODAY.atTime(0, 30).atZone(LONDON).toInstant(), LONDON);
        db.meetings().add(Meeting.planned("Last night's dinner", TODAY.minusDays(1).atTime(23, 0), "", ""));
        Meeting breakfast = db.meetings().add(Meeting.planned("Breakfast", TODAY.atTime(0, 15), "", ""));
        Meeting lunch = db.meetings().add(Meeting.planned("Lunch", TODAY.atTime(12, 0), "", ""));
        Meeting fair = db.meetings().add(Meeting.planned("Fair", TODAY.plusDays(30).atTime(9, 0), "", ""));
        db.meetings().add(Meeting.planned("Dinner", TODAY.plusDays(60).atTime(19, 0), "", ""));

        Today.Section<Meeting> meetings = new TodayAgenda(db, earlyMorning).today(DEFAULTS).meetings();
        assertEquals(List.of(breakfast, lunch, fair), meetings.items());
        assertEquals(4, meetings.total());
        assertEquals(TodayAgenda.MEETINGS_SHOWN, meetings.items().size());
        assertFalse(meetings.items().stream().map(Meeting::startsAt).anyMatch(at -> at.isBefore(
                LocalDateTime.of(TODAY, java.time.LocalTime.MIDNIGHT))));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** What the board marks as cooling, most overdue first (rhythms lapsed; ties in the board's name order). */
    private List<BoardCard> boardsCooling(LocalDate day, StayInTouchCadence cadence) {
        return new RelationshipBoard(db, clockOn(day)).cards(ContactQuery.all(), cadence).stream()
                .filter(card -> card.stayInTouch().cooling())
                .sorted(Comparator.comparingDouble((BoardCard card) -> overdue(card, day)).reversed())
                .toList();
    }

    private static double overdue(BoardCard card, LocalDate day) {
        return (double) (ChronoUnit.DAYS.between(card.dueOn(), day) + card.rhythmDays()) / card.rhythmDays();
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }

    private TodayAgenda agendaOn(LocalDate day) {
        return new TodayAgenda(db, clockOn(day));
    }

    private IntroductionPlanner planner(LocalDate day) {
        return new IntroductionPlanner(db, clockOn(day));
    }

    private Contact insert(ContactBuilder builder) {
        return db.contacts().insert(builder.build());
    }

    private Interaction log(InteractionKind kind, LocalDate on, Contact... contacts) {
        return db.interactions().add(Interaction.draft(kind, on, kind.name(), null,
                Arrays.stream(contacts).map(Contact::id).toList()));
    }

    private Interaction logWithFollowUp(LocalDate on, LocalDate followUp, List<Contact> contacts) {
        return db.interactions().add(Interaction.draft(InteractionKind.CALL, on, "Call", followUp,
                contacts.stream().map(Contact::id).toList()));
    }

    private Impression dealBreaker(Contact contact, String text, LocalDate on) {
        return db.impressions().add(Impression.draft(contact.id(), ImpressionKind.DEAL_BREAKER, text, on, false));
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    private static final String[] NAMES = {"Ana", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jo",
            "Kim", "Lea", "Mo", "Nia", "Oli", "Pia"};
}
