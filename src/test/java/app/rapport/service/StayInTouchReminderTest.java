package app.rapport.service;

import app.rapport.model.BoardCard;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.StayInTouchStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.model.StayInTouchStatus.DUE;
import static app.rapport.model.StayInTouchStatus.NOT_TRACKED;
import static app.rapport.model.StayInTouchStatus.ON_TRACK;
import static app.rapport.model.StayInTouchStatus.OVERDUE;
import static app.rapport.model.StayInTouchStatus.SNOOZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StayInTouchReminderTest {

    private static final LocalDate MET = LocalDate.of(2024, 1, 10);
    private static final LocalDate LAST = LocalDate.of(2024, 3, 1);

    private static RelationshipActivity activity(RelationshipStage stage, Integer ownDays, LocalDate knownSince,
                                                 LocalDate last, LocalDate snoozedUntil) {
        return new RelationshipActivity(7, "Ana", "Silva & Co", stage, ownDays, knownSince, last, 1, 0, false,
                snoozedUntil);
    }

    /** The status on each day from {@code start} plus {@code from} to plus {@code to} days. */
    private static List<StayInTouchStatus> statuses(RelationshipActivity activity, int rhythm, LocalDate start,
                                                    int from, int to) {
        List<StayInTouchStatus> result = new ArrayList<>();
        for (int day = from; day <= to; day++) {
            result.add(StayInTouchReminder.status(activity, rhythm, start.plusDays(day)));
        }
        return result;
    }

    @Test
    void dueExactlyWhenTheRhythmHasPassedSinceTheLastInteraction() {
        RelationshipActivity ana = activity(JUST_MET, null, MET, LAST, null);
        assertEquals(LAST.plusDays(14), StayInTouchReminder.dueOn(ana, 14));
        // Days 12 to 15 after the last interaction, rhythm 14.
        assertEquals(List.of(ON_TRACK, ON_TRACK, DUE, DUE), statuses(ana, 14, LAST, 12, 15));
        assertEquals(ON_TRACK, StayInTouchReminder.status(ana, 14, LAST));
    }

    @Test
    void overdueFromOneAndAHalfRhythms() {
        RelationshipActivity ana = activity(JUST_MET, null, MET, LAST, null);
        // Rhythm 14: overdue from day 21.
        assertEquals(List.of(DUE, DUE, OVERDUE, OVERDUE), statuses(ana, 14, LAST, 19, 22));
        // Rhythm 45 (odd): 1.5 x 45 = 67.5, so day 67 is still due and day 68 overdue.
        assertEquals(List.of(ON_TRACK, DUE, DUE, DUE, OVERDUE), List.of(
                StayInTouchReminder.status(ana, 45, LAST.plusDays(44)),
                StayInTouchReminder.status(ana, 45, LAST.plusDays(45)),
                StayInTouchReminder.status(ana, 45, LAST.plusDays(66)),
                StayInTouchReminder.status(ana, 45, LAST.plusDays(67)),
                StayInTouchReminder.status(ana, 45, LAST.plusDays(68))));
        // Rhythm 3: 4.5 -> due on days 3 and 4, overdue from 5.
        assertEquals(List.of(ON_TRACK, DUE, DUE, OVERDUE), statuses(ana, 3, LAST, 2, 5));
        // Rhythm 1: due the next day, overdue the day after (1.5 rounds up to 2).
        assertEquals(List.of(ON_TRACK, DUE, OVERDUE, OVERDUE), statuses(ana, 1, LAST, 0, 3));
        // A year's rhythm: 547.5 -> overdue from day 548.
        assertEquals(List.of(DUE, OVERDUE), statuses(ana, 365, LAST, 547, 548));
    }

    @Test
    void dueAndOverdueAreCoolingTheOthersAreNot() {
        assertTrue(DUE.cooling());
        assertTrue(OVERDUE.cooling());
        assertFalse(ON_TRACK.cooling());
        assertFalse(SNOOZED.cooling());
        assertFalse(NOT_TRACKED.cooling());
    }

    @Test
    void aSnoozeHidesTheReminderUntilItsDayThenItIsBack() {
        // Rhythm 14: due on 15 March, overdue from 22 March. Snoozed until 20 March.
        RelationshipActivity snoozed = activity(JUST_MET, null, MET, LAST, LAST.plusDays(19));
        assertEquals(List.of(ON_TRACK, SNOOZED, SNOOZED, SNOOZED, DUE, DUE, OVERDUE),
                List.of(StayInTouchReminder.status(snoozed, 14, LAST.plusDays(13)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(14)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(17)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(18)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(19)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(20)),
                        StayInTouchReminder.status(snoozed, 14, LAST.plusDays(21))));
        // The due day does not move with a snooze; only the status does.
        assertEquals(LAST.plusDays(14), StayInTouchReminder.dueOn(snoozed, 14));
    }

    @Test
    void aSnoozeAlsoHidesAnOverdueReminderAndAnExpiredSnoozeHidesNothing() {
        RelationshipActivity longSnooze = activity(JUST_MET, null, MET, LAST, LAST.plusDays(40));
        assertEquals(SNOOZED, StayInTouchReminder.status(longSnooze, 14, LAST.plusDays(30)));
        assertEquals(OVERDUE, StayInTouchReminder.status(longSnooze, 14, LAST.plusDays(40)));
        RelationshipActivity oldSnooze = activity(JUST_MET, null, MET, LAST, LAST.minusDays(5));
        assertEquals(DUE, StayInTouchReminder.status(oldSnooze, 14, LAST.plusDays(14)));
    }

    @Test
    void aSnoozeNeverHidesThatARelationshipIsOnTrack() {
        RelationshipActivity snoozed = activity(LIKE, null, MET, LAST, LAST.plusDays(100));
        assertEquals(ON_TRACK, StayInTouchReminder.status(snoozed, 60, LAST.plusDays(59)));
        assertEquals(SNOOZED, StayInTouchReminder.status(snoozed, 60, LAST.plusDays(60)));
    }

    @Test
    void beforeAnyInteractionTheClockStartsWhenTheRelationshipBegan() {
        RelationshipActivity fresh = activity(JUST_MET, null, MET, null, null);
        assertEquals(MET.plusDays(14), StayInTouchReminder.dueOn(fresh, 14));
        assertEquals(List.of(ON_TRACK, DUE), statuses(fresh, 14, MET, 13, 14));
        assertEquals(OVERDUE, StayInTouchReminder.status(fresh, 14, MET.plusDays(21)));
        // Met on a day still to come (typed ahead): on track until then and after.
        assertEquals(ON_TRACK, StayInTouchReminder.status(fresh, 14, MET.minusDays(3)));
    }

    @Test
    void theClockStartsAtTheLaterOfTheLastInteractionAndTheDayTheyMet() {
        // An interaction logged before the "met on" day (as coded: the later date starts the clock).
        RelationshipActivity odd = activity(JUST_MET, null, LAST, MET, null);
        assertEquals(LAST.plusDays(14), StayInTouchReminder.dueOn(odd, 14));
        assertEquals(ON_TRACK, StayInTouchReminder.status(odd, 14, LAST.plusDays(13)));
    }

    @Test
    void parkedRelationshipsAreNotTracked() {
        StayInTouchCadence cadence = StayInTouchCadence.defaults();
        RelationshipActivity parked = activity(PARKED, 10, MET, LAST, null);
        int rhythm = cadence.daysFor(PARKED, parked.stayInTouchDays());
        assertEquals(0, rhythm);
        assertEquals(0, cadence.daysFor(PARKED));
        assertNull(StayInTouchReminder.dueOn(parked, rhythm));
        assertEquals(NOT_TRACKED, StayInTouchReminder.status(parked, rhythm, LAST.plusDays(1000)));
        // Nothing to start the clock from: not tracked either.
        RelationshipActivity noStart = activity(LIKE, null, null, null, null);
        assertNull(StayInTouchReminder.dueOn(noStart, 60));
        assertEquals(NOT_TRACKED, StayInTouchReminder.status(noStart, 60, LAST));
    }

    @Test
    void aContactsOwnRhythmBeatsTheirStagesDefault() {
        StayInTouchCadence cadence = StayInTouchCadence.defaults();
        assertEquals(14, cadence.daysFor(JUST_MET, null));
        assertEquals(90, cadence.daysFor(JUST_MET, 90));
        assertEquals(7, cadence.daysFor(TRUST, 7));

        LocalDate today = LAST.plusDays(30);
        BoardCard byStage = RelationshipBoard.card(activity(JUST_MET, null, MET, LAST, null), cadence, today);
        assertEquals(14, byStage.rhythmDays());
        assertEquals(OVERDUE, byStage.stayInTouch(), "30 days on a 14-day rhythm");
        assertEquals(LAST.plusDays(14), byStage.dueOn());

        BoardCard ownRhythm = RelationshipBoard.card(activity(JUST_MET, 90, MET, LAST, null), cadence, today);
        assertEquals(90, ownRhythm.rhythmDays());
        assertEquals(ON_TRACK, ownRhythm.stayInTouch());
        assertEquals(LAST.plusDays(90), ownRhythm.dueOn());

        BoardCard shorter = RelationshipBoard.card(activity(TRUST, 25, MET, LAST, null), cadence, today);
        assertEquals(DUE, shorter.stayInTouch(), "30 days on their own 25-day rhythm, though TRUST's is 45");
        assertEquals(LAST.plusDays(25), shorter.dueOn());
    }

    @Test
    void theUsersCadenceReplacesTheDefaultsPerStage() {
        StayInTouchCadence cadence = StayInTouchCadence.defaults().with(LIKE, 20);
        assertEquals(20, cadence.daysFor(LIKE));
        assertEquals(14, cadence.daysFor(JUST_MET));
        BoardCard card = RelationshipBoard.card(activity(LIKE, null, MET, LAST, null), cadence, LAST.plusDays(25));
        assertEquals(DUE, card.stayInTouch());
        assertEquals(LAST.plusDays(20), card.dueOn());
    }

    @Test
    void theCadenceRefusesDaysOutsideOneToAYear() {
        StayInTouchCadence defaults = StayInTouchCadence.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.with(LIKE, 0));
        assertThrows(IllegalArgumentException.class, () -> defaults.with(LIKE, 366));
        assertEquals(365, defaults.with(LIKE, 365).daysFor(LIKE));
        assertEquals(1, defaults.with(LIKE, 1).daysFor(LIKE));
    }
}
