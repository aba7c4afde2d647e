package app.rapport.service;

import app.rapport.model.BoardCard;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.Section;
import app.rapport.store.AgendaDao;
import app.rapport.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What needs the user today, for the home screen: follow-ups that have come due, relationships cooling, introductions
 * waiting for a reply, people to thank, deal-breakers still undecided, and the next meetings. Each list is short
 * (the first few, most pressing first; the screen offers the rest where they live) and says how many there are in
 * all. Everything is read in one transaction, so the lists agree with each other, and quickly: under 300 ms with
 * 100,000 contacts (see docs/BENCHMARKS.md), because no list reads the whole network.
 *
 * <ul>
 * <li>Follow-ups: timeline entries whose follow-up day is today or earlier, oldest first. An entry is left out
 *     when everyone on it is archived (it comes back with them); otherwise it names everyone on it.</li>
 * <li>Cooling: a relationship is cooling here exactly when the board marks it so (rhythm lapsed, not snoozed),
 *     and its card is the board's card; the most overdue first (most days since the clock started, relative to
 *     the rhythm), ties in name order.</li>
 * <li>Waiting for a reply: open introductions with a side asked and not yet answered, longest waiting first;
 *     those with an archived contact are left out.</li>
 * <li>People to thank: those the gratitude list names ({@value IntroductionSuggestions#RECENT_HELP_DAYS} days),
 *     newest help first, without its suggestions (too slow to work out for the home screen).</li>
 * <li>Deal-breakers still undecided, about contacts not archived, oldest first; the next meetings from the start of
 *     today.</li>
 * </ul>
 * Methods block on the database: call them from a background task.
 */
public final class TodayAgenda {

    /** Follow-ups shown: a morning's worth of replies and calls. */
    public static final int FOLLOW_UPS_SHOWN = 8;
    /** Cooling relationships shown: as many as one can reach out to in a day. */
    public static final int COOLING_SHOWN = 8;
    /** Introductions waiting for a reply shown. */
    public static final int WAITING_SHOWN = 8;
    /** People to thank shown: a few, so that each thank-you is meant. */
    public static final int THANKS_SHOWN = 5;
    /** Undecided deal-breakers shown: a nudge, not a to-do list. */
    public static final int DEAL_BREAKERS_SHOWN = 5;
    /** Meetings shown: the next few, each with its "Prepare" button. */
    public static final int MEETINGS_SHOWN = 3;

    private final Database database;
    private final Clock clock;

    public TodayAgenda(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Today's lists, as of the clock's day (meetings from the start of that day on, in the clock's zone). */
    public Today today(StayInTouchCadence cadence) {
        LocalDate day = LocalDate.now(clock);
        LocalDateTime startOfDay = day.atStartOfDay();
        AgendaDao agenda = database.agenda();
        return database.transaction(c -> new Today(day,
                agenda.followUpsDue(day, FOLLOW_UPS_SHOWN),
                cooling(cadence, day),
                agenda.waitingForReply(WAITING_SHOWN),
                thanks(day),
                agenda.undecidedDealBreakers(DEAL_BREAKERS_SHOWN),
                meetings(startOfDay)));
    }

    /**
     * The follow-up on a timeline entry is done: its follow-up day is cleared.
     *
     * @return the day it had (null when it had none), for {@link #restoreFollowUp} to undo with
     * @throws app.rapport.store.StoreException when the entry no longer exists
     */
    public LocalDate followUpDone(long interactionId) {
        return database.interactions().setFollowUp(interactionId, null);
    }

    /** Puts back a follow-up day cleared by {@link #followUpDone} (the undo). */
    public void restoreFollowUp(long interactionId, LocalDate on) {
        database.interactions().setFollowUp(interactionId, on);
    }

    /**
     * The store picks the most overdue relationships (it alone sees the whole network); their cards are then made
     * exactly as the board makes them, from the full activity of just those contacts.
     */
    private Section<BoardCard> cooling(StayInTouchCadence cadence, LocalDate day) {
        Section<Long> ids = database.agenda().cooling(cadence, day, COOLING_SHOWN);
        Map<Long, RelationshipActivity> activity = new HashMap<>();
        for (RelationshipActivity one : database.relationships().activityOf(ids.items(), day)) {
            activity.put(one.contactId(), one);
        }
        List<BoardCard> cards = new ArrayList<>();
        for (long id : ids.items()) {
            RelationshipActivity one = activity.get(id);
            if (one == null) {
                throw new IllegalStateException("No activity read for cooling contact " + id);
            }
            cards.add(RelationshipBoard.card(one, cadence, day));
        }
        return new Section<>(cards, ids.total());
    }

    /**
     * The gratitude list's people, as {@code SuggestionDao.helpedBetween} finds them, read by the agenda's own
     * statement (it counts them too, and reads the newest help first; see docs/BENCHMARKS.md).
     */
    private Section<PersonToThank> thanks(LocalDate day) {
        return database.agenda().peopleToThank(day.minusDays(IntroductionSuggestions.RECENT_HELP_DAYS), day,
                THANKS_SHOWN);
    }

    private Section<Meeting> meetings(LocalDateTime from) {
        List<Meeting> next = database.meetings().upcoming(from, MEETINGS_SHOWN);
        return new Section<>(next, Math.max(next.size(), database.agenda().upcomingMeetingCount(from)));
    }
}
