package app.rapport.store;

import app.rapport.model.IntroductionSummary;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today.FollowUpDue;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.Section;
import app.rapport.model.Today.UndecidedDealBreaker;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the Today screen reads: for each of its lists the first few, most pressing first, and how many there are in
 * all. Every read here is quick however large the network is (an index walk that stops early, or a count from an
 * index); none reads every contact's row or every interaction.
 */
public interface AgendaDao {

    /**
     * Up to {@code limit} timeline entries whose follow-up day is {@code today} or earlier, oldest due first (then
     * in the order they were logged), each with everyone on it; and how many there are in all. An entry all of
     * whose contacts are archived is left out: the user put those people away, and the entry comes back with them.
     * On an entry that is kept, archived contacts are still named (they were there), but the contact a click opens
     * is the first one not archived.
     */
    Section<FollowUpDue> followUpsDue(LocalDate today, int limit);

    /**
     * The ids of up to {@code limit} relationships that are cooling on {@code today}, most overdue first; and how
     * many are cooling in all. Cooling is exactly what the board marks so (see {@code StayInTouchReminder}): an
     * active (not archived, not parked) contact whose stay-in-touch clock has run for at least their rhythm, and
     * whose reminder is not snoozed past today. The clock starts at the latest interaction up to today (planned
     * ones do not count yet), or when the relationship began if that is later. Most overdue means the most days
     * since the clock started, relative to the rhythm (twice the rhythm before one and a half times); ties go in
     * name order, as the board lists them.
     */
    Section<Long> cooling(StayInTouchCadence cadence, LocalDate today, int limit);

    /**
     * Up to {@code limit} open introductions (no outcome yet) where at least one side has been asked and has not
     * answered, the longest-waiting ask first; and how many there are. Introductions involving an archived contact
     * are left out.
     */
    Section<IntroductionSummary> waitingForReply(int limit);

    /**
     * Up to {@code limit} people who gave the user a referral or help (REFERRAL_RECEIVED or HELP_RECEIVED on their
     * timeline) between {@code from} and {@code to}, both included, each once with the latest such day, newest
     * first; and how many there are. The same people, in the same order, as {@link SuggestionDao#helpedBetween}:
     * archived and parked contacts are left out, and so is anyone in an open introduction.
     */
    Section<PersonToThank> peopleToThank(LocalDate from, LocalDate to, int limit);

    /**
     * Up to {@code limit} deal-breakers still waiting for a decision, about contacts who are not archived, the
     * oldest noted first; and how many there are.
     */
    Section<UndecidedDealBreaker> undecidedDealBreakers(int limit);

    /** How many meetings start at or after {@code from}: all that {@link MeetingDao#upcoming} could list. */
    int upcomingMeetingCount(LocalDateTime from);
}
