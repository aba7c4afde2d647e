package app.rapport.model;

import java.time.LocalDate;

/**
 * What the store knows about one active relationship's life, read for the whole network in one query: enough to
 * work out warmth and the stay-in-touch status without asking again per contact.
 *
 * @param stayInTouchDays  the contact's own rhythm, or null to follow their stage's
 * @param knownSince       when the relationship began (met on, else added): the stay-in-touch clock's start
 *                         until an interaction is logged
 * @param lastInteractionOn the latest interaction up to today, or null when none is logged
 * @param recentInteractions interactions in the {@link #RECENT_DAYS} days up to today
 * @param helpInLastYear   referrals, advice, help and introductions either way in the last 365 days
 * @param snoozedUntil     the day a due reminder was put off until, or null
 */
public record RelationshipActivity(long contactId, String name, String organisation, RelationshipStage stage,
                                   Integer stayInTouchDays, LocalDate knownSince, LocalDate lastInteractionOn,
                                   int recentInteractions, int helpInLastYear, boolean openDealBreaker,
                                   LocalDate snoozedUntil) {

    /** The window "recent" interactions are counted in. */
    public static final int RECENT_DAYS = 90;
    /** The window help flowing either way is counted in. */
    public static final int HELP_DAYS = 365;

    /** Whole days from the last interaction to {@code today}; null when none is logged. */
    public Integer daysSinceLastInteraction(LocalDate today) {
        return lastInteractionOn == null ? null
                : (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(lastInteractionOn, today));
    }
}
