package app.rapport.service;

import app.rapport.model.Board;
import app.rapport.model.BoardCard;
import app.rapport.model.ContactQuery;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.StayInTouchStatus;
import app.rapport.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where every relationship stands: the board's cards with their warmth and stay-in-touch status, worked out from
 * one read of the whole network; and the stay-in-touch reminders the user puts off.
 * Methods block on the database: call them from a background task.
 */
public final class RelationshipBoard {

    /** The longest a reminder can be put off. */
    public static final int MOST_SNOOZE_DAYS = 365;

    private final Database database;
    private final Clock clock;

    public RelationshipBoard(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The board for the contacts matching the query's text and tag; with {@code needsAttentionOnly}, only the
     * relationships that are cooling or have an undecided deal-breaker.
     */
    public Board board(ContactQuery filter, StayInTouchCadence cadence, boolean needsAttentionOnly) {
        Map<RelationshipStage, List<BoardCard>> columns = new EnumMap<>(RelationshipStage.class);
        for (BoardCard card : cards(filter, cadence)) {
            if (!needsAttentionOnly || card.needsAttention()) {
                columns.computeIfAbsent(card.stage(), stage -> new ArrayList<>()).add(card);
            }
        }
        return new Board(columns);
    }

    /** Every active relationship matching the query's text and tag, in name order. */
    public List<BoardCard> cards(ContactQuery filter, StayInTouchCadence cadence) {
        LocalDate today = LocalDate.now(clock);
        List<BoardCard> cards = new ArrayList<>();
        for (RelationshipActivity activity : database.relationships().activity(filter, today)) {
            cards.add(card(activity, cadence, today));
        }
        return cards;
    }

    static BoardCard card(RelationshipActivity activity, StayInTouchCadence cadence, LocalDate today) {
        int rhythm = cadence.daysFor(activity.stage(), activity.stayInTouchDays());
        StayInTouchStatus status = StayInTouchReminder.status(activity, rhythm, today);
        return new BoardCard(activity.contactId(), activity.name(), activity.organisation(), activity.stage(),
                activity.daysSinceLastInteraction(today), WarmthFormula.of(activity, rhythm, today), status, rhythm,
                StayInTouchReminder.dueOn(activity, rhythm),
                status == StayInTouchStatus.SNOOZED ? activity.snoozedUntil() : null, activity.openDealBreaker());
    }

    /**
     * Puts off the contact's due stay-in-touch reminder for {@code days} days.
     *
     * @return the day the reminder comes back
     */
    public LocalDate snooze(long contactId, int days) {
        if (days < 1 || days > MOST_SNOOZE_DAYS) {
            throw new IllegalArgumentException("Snooze for 1 to " + MOST_SNOOZE_DAYS + " days.");
        }
        LocalDate until = LocalDate.now(clock).plusDays(days);
        database.relationships().snooze(contactId, until);
        return until;
    }

    /** Brings the reminder back now, or puts back an earlier snooze ({@code until}), as an undo does. */
    public void restoreSnooze(long contactId, LocalDate until) {
        if (until == null) {
            database.relationships().clearSnooze(contactId);
        } else {
            database.relationships().snooze(contactId, until);
        }
    }
}
