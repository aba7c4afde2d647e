package app.rapport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Today screen shows, read in one go: what needs the user today, each list short (the first few, most
 * pressing first) with how many there are in all.
 *
 * @param followUps      follow-ups on timeline entries due today or earlier, oldest due first
 * @param cooling        relationships whose stay-in-touch rhythm has lapsed (not snoozed), most overdue first
 * @param waitingForReply open introductions where a side was asked and has not answered, oldest ask first
 * @param thanks         people who recently referred or helped the user, newest help first
 * @param dealBreakers   deal-breakers still waiting for a decision, oldest first
 * @param meetings       the next meetings, soonest first
 */
public record Today(LocalDate day,
                    Section<FollowUpDue> followUps,
                    Section<BoardCard> cooling,
                    Section<IntroductionSummary> waitingForReply,
                    Section<PersonToThank> thanks,
                    Section<UndecidedDealBreaker> dealBreakers,
                    Section<Meeting> meetings) {

    /** The first few items of a list, and how many there are in all ({@code total >= items.size()}). */
    public record Section<T>(List<T> items, int total) {

        public Section {
            items = List.copyOf(items);
            if (total < items.size()) {
                throw new IllegalArgumentException("total " + total + " < " + items.size() + " items");
            }
        }

        public static <T> Section<T> of(List<T> all) {
            return new Section<>(all, all.size());
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }

        /** How many are not among the items shown. */
        public int more() {
            return total - items.size();
        }
    }

    /**
     * A timeline entry whose follow-up date has come.
     *
     * @param contactId the first contact of the entry (the one a click opens)
     * @param names     the names of everyone on the entry, in the entry's order
     */
    public record FollowUpDue(long interactionId, long contactId, List<String> names, InteractionKind kind,
                              LocalDate happenedOn, String summary, LocalDate followUpOn) {

        public FollowUpDue {
            names = List.copyOf(names);
        }

        public boolean overdueOn(LocalDate day) {
            return followUpOn.isBefore(day);
        }
    }

    /** Someone who referred or helped the user lately (see {@link Gratitude}; no count, no balance). */
    public record PersonToThank(long contactId, String name, LocalDate helpedOn) {
    }

    /** A deal-breaker noted about a contact that the user has not decided about yet. */
    public record UndecidedDealBreaker(long impressionId, long contactId, String name, String text,
                                       LocalDate notedOn, boolean confidential) {
    }
}
