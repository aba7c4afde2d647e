package app.rapport.store;

import app.rapport.model.StageChange;

import java.util.List;

/** Keeps every change of a relationship's stage. */
public interface StageHistoryDao {

    StageChange record(StageChange change);

    /** A contact's stage changes, oldest first. */
    List<StageChange> forContact(long contactId);

    /** Forgets one change: only for taking back a move the user undid straight away. */
    void delete(long changeId);
}
