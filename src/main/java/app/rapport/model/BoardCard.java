package app.rapport.model;

import java.time.LocalDate;

/**
 * One relationship as the board shows it.
 *
 * @param daysSinceLastInteraction null when no interaction is logged yet
 * @param rhythmDays               the stay-in-touch rhythm that applies (0 when parked)
 * @param dueOn                    when the next touch is due (null when parked)
 */
public record BoardCard(long contactId, String name, String organisation, RelationshipStage stage,
                        Integer daysSinceLastInteraction, Warmth warmth, StayInTouchStatus stayInTouch,
                        int rhythmDays, LocalDate dueOn, LocalDate snoozedUntil, boolean openDealBreaker) {

    /** What the "needs attention" filter keeps: a lapsed rhythm or an undecided deal-breaker. */
    public boolean needsAttention() {
        return stayInTouch.cooling() || openDealBreaker;
    }
}
