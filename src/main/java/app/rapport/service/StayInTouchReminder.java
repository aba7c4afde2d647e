package app.rapport.service;

import app.rapport.model.RelationshipActivity;
import app.rapport.model.StayInTouchStatus;

import java.time.LocalDate;

/**
 * When a relationship is next due for a touch, and whether it is due now. The clock starts at the last logged
 * interaction (or, before any, the day the relationship began) and runs for the rhythm's days: from then it is
 * <em>due</em>; from one and a half rhythms it is <em>overdue</em>. A snooze hides a due reminder until its day.
 */
public final class StayInTouchReminder {

    private StayInTouchReminder() {
    }

    /** The day the next touch is due; null for parked relationships (rhythm 0). */
    public static LocalDate dueOn(RelationshipActivity activity, int rhythmDays) {
        LocalDate start = clockStart(activity);
        return rhythmDays <= 0 || start == null ? null : start.plusDays(rhythmDays);
    }

    public static StayInTouchStatus status(RelationshipActivity activity, int rhythmDays, LocalDate today) {
        LocalDate start = clockStart(activity);
        if (rhythmDays <= 0 || start == null) {
            return StayInTouchStatus.NOT_TRACKED;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
        if (days < rhythmDays) {
            return StayInTouchStatus.ON_TRACK;
        }
        if (activity.snoozedUntil() != null && today.isBefore(activity.snoozedUntil())) {
            return StayInTouchStatus.SNOOZED;
        }
        // 1.5 x rhythm, in whole days without rounding: overdue once 2 x days reaches 3 x rhythm
        return 2 * days >= 3L * rhythmDays ? StayInTouchStatus.OVERDUE : StayInTouchStatus.DUE;
    }

    private static LocalDate clockStart(RelationshipActivity activity) {
        LocalDate last = activity.lastInteractionOn();
        LocalDate since = activity.knownSince();
        if (last == null) {
            return since;
        }
        return since == null || last.isAfter(since) ? last : since;
    }
}
