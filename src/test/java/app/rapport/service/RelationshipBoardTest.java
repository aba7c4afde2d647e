package app.rapport.service;

import app.rapport.model.Board;
import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Warmth;
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
import java.util.List;
import java.util.Map;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.model.StayInTouchStatus.DUE;
import static app.rapport.model.StayInTouchStatus.NOT_TRACKED;
import static app.rapport.model.StayInTouchStatus.ON_TRACK;
import static app.rapport.model.StayInTouchStatus.OVERDUE;
import static app.rapport.model.StayInTouchStatus.SNOOZED;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationshipBoardTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final StayInTouchCadence DEFAULTS = StayInTouchCadence.defaults();

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        book = new ContactBook(db, clockOn(TODAY));
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- columns ------------------------------------------------------------------------------------------------

    @Test
    void everyActiveRelationshipIsInItsStagesColumnInNameOrder() {
        Contact zoe = save(contact("Zoë").stage(LIKE).metOn(TODAY.minusDays(5)));
        Contact ana = save(contact("Ana").stage(LIKE).metOn(TODAY.minusDays(5)));
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(5)));
        Contact cleo = save(contact("Cleo").stage(PARTNER).metOn(TODAY.minusDays(5)));
        Contact dev = save(contact("Dev").stage(PARKED).metOn(TODAY.minusDays(5)));
        Contact eve = save(contact("Eve").stage(TRUST).metOn(TODAY.minusDays(5)));
        Contact gone = save(contact("Fay").stage(LIKE).metOn(TODAY.minusDays(5)));
        book.archive(gone.id());

        Board board = boardOn(TODAY).board(ContactQuery.all(), DEFAULTS, false);

        assertEquals(Map.of(JUST_MET, List.of(ben.id()), GETTING_TO_KNOW, List.of(), LIKE, List.of(ana.id(), zoe.id()),
                TRUST, List.of(eve.id()), PARTNER, List.of(cleo.id()), PARKED, List.of(dev.id())), columns(board));
        assertEquals(6, board.size());
        assertEquals(List.of(ana.id(), ben.id(), cleo.id(), dev.id(), eve.id(), zoe.id()),
                boardOn(TODAY).cards(ContactQuery.all(), DEFAULTS).stream().map(BoardCard::contactId).toList(),
                "cards in name order");
    }

    @Test
    void aCardCarriesWarmthRhythmAndDueDayWorkedOutFromTheStore() {
        Contact ana = save(contact("Ana Silva").organisation("Silva & Co").stage(TRUST)
                .metOn(LocalDate.of(2023, 1, 5)));
        log(InteractionKind.MEETING, TODAY.minusDays(30), ana);
        log(InteractionKind.CALL, TODAY.minusDays(60), ana);
        log(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(80), ana);
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(200), ana);
        log(InteractionKind.HELP_GIVEN, TODAY.minusDays(300), ana);

        BoardCard card = only(boardOn(TODAY).cards(ContactQuery.all(), DEFAULTS));

        // TRUST, r = 45, seen 30 days ago: 24 + 40 * 60 / 67.5 (35.56) + 3 recent * 5 + min(3 help, 2) * 5 = 84.56.
        assertEquals(new BoardCard(ana.id(), "Ana Silva", "Silva & Co", TRUST, 30, new Warmth(85), ON_TRACK, 45,
                TODAY.plusDays(15), null, false), card);
        assertFalse(card.needsAttention());
    }

    @Test
    void aParkedCardHasNoRhythmAndNoDueDay() {
        Contact dev = save(contact("Dev").stage(PARKED).metOn(TODAY.minusDays(400)).stayInTouchDays(10));
        BoardCard card = only(boardOn(TODAY).cards(ContactQuery.all(), DEFAULTS));
        assertEquals(new BoardCard(dev.id(), "Dev", "", PARKED, null, new Warmth(0), NOT_TRACKED, 0, null, null, false),
                card);
    }

    @Test
    void theBoardCanBeFilteredByTextAndTag() {
        Contact ana = save(contact("Ana").stage(LIKE).tags("BNI").offers("Bookkeeping").metOn(TODAY));
        Contact ben = save(contact("Ben").stage(TRUST).tags("BNI").metOn(TODAY));
        save(contact("Cleo").stage(LIKE).offers("Bookbinding").metOn(TODAY));

        assertEquals(List.of(ana.id(), ben.id()), ids(boardOn(TODAY).board(
                new ContactQuery("", "BNI", null, false), DEFAULTS, false)));
        assertEquals(List.of(ana.id()), ids(boardOn(TODAY).board(
                new ContactQuery("book", "BNI", null, false), DEFAULTS, false)));
    }

    // ---- needs attention ----------------------------------------------------------------------------------------

    @Test
    void needsAttentionKeepsCoolingRelationshipsAndUndecidedDealBreakersOnly() {
        Contact onTrack = save(contact("Ana").stage(LIKE).metOn(TODAY.minusDays(10)));
        Contact due = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(14)));
        Contact overdue = save(contact("Cleo").stage(PARTNER).metOn(TODAY.minusDays(200)));
        log(InteractionKind.CALL, TODAY.minusDays(90), overdue);
        Contact snoozed = save(contact("Dev").stage(JUST_MET).metOn(TODAY.minusDays(30)));
        Contact dealBreaker = save(contact("Eve").stage(LIKE).metOn(TODAY.minusDays(1)));
        book.noteImpression(dealBreaker.id(), ImpressionKind.DEAL_BREAKER, "Shares secrets", false);
        Contact tolerated = save(contact("Fay").stage(LIKE).metOn(TODAY.minusDays(1)));
        Impression decided = book.noteImpression(tolerated.id(), ImpressionKind.DEAL_BREAKER, "Late", false);
        book.decide(decided.id(), DealBreakerDecision.TOLERATE);
        Contact parked = save(contact("Gus").stage(PARKED).metOn(TODAY.minusDays(900)));
        RelationshipBoard relationships = boardOn(TODAY);
        relationships.snooze(snoozed.id(), 5);

        List<BoardCard> cards = relationships.cards(ContactQuery.all(), DEFAULTS);
        assertEquals(List.of(ON_TRACK, DUE, OVERDUE, SNOOZED, ON_TRACK, ON_TRACK, NOT_TRACKED),
                cards.stream().map(BoardCard::stayInTouch).toList());

        Board attention = relationships.board(ContactQuery.all(), DEFAULTS, true);
        // Column by column (stage order), each in name order.
        assertEquals(List.of(due.id(), dealBreaker.id(), overdue.id()), ids(attention));
        assertEquals(List.of(due.id()), ids(attention.column(JUST_MET)));
        assertEquals(List.of(overdue.id()), ids(attention.column(PARTNER)));
        assertEquals(List.of(dealBreaker.id()), ids(attention.column(LIKE)));
        assertEquals(List.of(), attention.column(PARKED));
        assertEquals(7, relationships.board(ContactQuery.all(), DEFAULTS, false).size());
        assertTrue(List.of(onTrack.id(), snoozed.id(), tolerated.id(), parked.id()).stream()
                .noneMatch(ids(attention)::contains));
    }

    @Test
    void aParkedRelationshipWithAnUndecidedDealBreakerStillNeedsAttention() {
        Contact parked = save(contact("Gus").stage(PARKED).metOn(TODAY.minusDays(900)));
        book.noteImpression(parked.id(), ImpressionKind.DEAL_BREAKER, "Another one", false);
        assertEquals(List.of(parked.id()), ids(boardOn(TODAY).board(ContactQuery.all(), DEFAULTS, true)));
    }

    @Test
    void theUsersCadenceDecidesWhatIsCooling() {
        Contact ana = save(contact("Ana").stage(LIKE).metOn(TODAY.minusDays(25)));
        assertEquals(List.of(), ids(boardOn(TODAY).board(ContactQuery.all(), DEFAULTS, true)), "LIKE: 60 days");
        assertEquals(List.of(ana.id()), ids(boardOn(TODAY).board(ContactQuery.all(), DEFAULTS.with(LIKE, 20), true)));
    }

    // ---- snoozing -----------------------------------------------------------------------------------------------

    @Test
    void aSnoozeIsOneDayToAYear() {
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(20)));
        RelationshipBoard relationships = boardOn(TODAY);
        for (int days : new int[] {0, -1, 366, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> relationships.snooze(ben.id(), days));
            assertEquals("Snooze for 1 to 365 days.", refused.getMessage());
        }
        assertNull(card(relationships).snoozedUntil());
        assertEquals(DUE, card(relationships).stayInTouch());

        assertEquals(TODAY.plusDays(1), relationships.snooze(ben.id(), 1));
        assertEquals(TODAY.plusDays(1), card(relationships).snoozedUntil());
        assertEquals(TODAY.plusDays(365), relationships.snooze(ben.id(), 365));
        assertEquals(TODAY.plusDays(365), card(relationships).snoozedUntil());
    }

    @Test
    void aSnoozedReminderComesBackOnItsDay() {
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(14)));
        LocalDate until = boardOn(TODAY).snooze(ben.id(), 3);
        assertEquals(TODAY.plusDays(3), until);

        BoardCard snoozed = card(boardOn(TODAY));
        assertEquals(SNOOZED, snoozed.stayInTouch());
        assertEquals(until, snoozed.snoozedUntil());
        assertEquals(TODAY, snoozed.dueOn());
        assertFalse(snoozed.needsAttention());
        assertEquals(SNOOZED, card(boardOn(TODAY.plusDays(2))).stayInTouch());

        BoardCard back = card(boardOn(TODAY.plusDays(3)));
        assertEquals(DUE, back.stayInTouch());
        assertNull(back.snoozedUntil(), "a lapsed snooze is not shown");
        assertTrue(back.needsAttention());
        assertEquals(OVERDUE, card(boardOn(TODAY.plusDays(7))).stayInTouch());
    }

    @Test
    void undoingASnoozeBringsTheReminderBackOrPutsTheEarlierSnoozeBack() {
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(14)));
        RelationshipBoard relationships = boardOn(TODAY);

        relationships.snooze(ben.id(), 3);
        relationships.restoreSnooze(ben.id(), null);
        assertEquals(DUE, card(relationships).stayInTouch());
        assertNull(db.relationships().activity(ContactQuery.all(), TODAY).get(0).snoozedUntil());

        relationships.snooze(ben.id(), 3);
        relationships.snooze(ben.id(), 10);
        relationships.restoreSnooze(ben.id(), TODAY.plusDays(3));
        assertEquals(TODAY.plusDays(3), card(relationships).snoozedUntil());
    }

    // ---- the clock ----------------------------------------------------------------------------------------------

    @Test
    void loggingAnInteractionRestartsTheClock() {
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(30)));
        assertEquals(OVERDUE, card(boardOn(TODAY)).stayInTouch());
        assertEquals(TODAY.minusDays(16), card(boardOn(TODAY)).dueOn());

        log(InteractionKind.CALL, TODAY, ben);

        BoardCard after = card(boardOn(TODAY));
        assertEquals(ON_TRACK, after.stayInTouch());
        assertEquals(0, after.daysSinceLastInteraction());
        assertEquals(TODAY.plusDays(14), after.dueOn());
        assertEquals(6 + 40 + 5, after.warmth().score());
        assertEquals(DUE, card(boardOn(TODAY.plusDays(14))).stayInTouch());
    }

    @Test
    void anInteractionLoggedForLaterDoesNotRestartTheClockUntilItsDay() {
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(20)));
        log(InteractionKind.MEETING, TODAY.plusDays(2), ben);
        assertEquals(DUE, card(boardOn(TODAY)).stayInTouch());
        assertEquals(ON_TRACK, card(boardOn(TODAY.plusDays(2))).stayInTouch());
    }

    @Test
    void loggingAnInteractionEndsASnoozeSoTheNextReminderIsNotHidden() {
        // Due today; put off for 30 days; the next day the user calls. 14 days after the call the next touch is
        // due, although the old snooze's day has not come yet.
        Contact ben = save(contact("Ben").stage(JUST_MET).metOn(TODAY.minusDays(14)));
        Contact cleo = save(contact("Cleo").stage(JUST_MET).metOn(TODAY.minusDays(14)));
        boardOn(TODAY).snooze(ben.id(), 30);
        boardOn(TODAY).snooze(cleo.id(), 30);
        book.dated(TODAY.plusDays(1)).logInteraction(Interaction.draft(InteractionKind.CALL, TODAY.plusDays(1),
                "Caught up", null, List.of(ben.id())));
        // A meeting planned with Cleo has not happened yet: her reminder stays put off.
        book.dated(TODAY.plusDays(1)).logInteraction(Interaction.draft(InteractionKind.MEETING, TODAY.plusDays(20),
                "Lunch booked", null, List.of(cleo.id())));

        List<BoardCard> cards = boardOn(TODAY.plusDays(15)).cards(ContactQuery.all(), DEFAULTS);
        BoardCard next = cards.get(0);
        assertEquals(TODAY.plusDays(15), next.dueOn());
        assertEquals(DUE, next.stayInTouch());
        assertTrue(next.needsAttention());
        assertNull(db.relationships().activity(ContactQuery.all(), TODAY).get(0).snoozedUntil());
        assertEquals(SNOOZED, cards.get(1).stayInTouch(), "Cleo's meeting is still to come: her snooze stays");
        assertEquals(TODAY.plusDays(30), cards.get(1).snoozedUntil());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }

    private RelationshipBoard boardOn(LocalDate day) {
        return new RelationshipBoard(db, clockOn(day));
    }

    private Contact save(ContactBuilder builder) {
        return book.save(builder.build());
    }

    private Interaction log(InteractionKind kind, LocalDate on, Contact... contacts) {
        return db.interactions().add(Interaction.draft(kind, on, kind.name(), null,
                java.util.Arrays.stream(contacts).map(Contact::id).toList()));
    }

    private static BoardCard card(RelationshipBoard relationships) {
        return only(relationships.cards(ContactQuery.all(), DEFAULTS));
    }

    private static Map<RelationshipStage, List<Long>> columns(Board board) {
        Map<RelationshipStage, List<Long>> ids = new java.util.EnumMap<>(RelationshipStage.class);
        board.columns().forEach((stage, cards) -> ids.put(stage, cards.stream().map(BoardCard::contactId).toList()));
        return ids;
    }

    private static List<Long> ids(Board board) {
        return board.columns().values().stream().flatMap(List::stream).map(BoardCard::contactId).toList();
    }

    private static List<Long> ids(List<BoardCard> cards) {
        return cards.stream().map(BoardCard::contactId).toList();
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
