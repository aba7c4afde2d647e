package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.store.MergeDao.MergeCounts;
import app.rapport.store.MergeSnapshot;

import java.time.Instant;

/**
 * A merge made: the contact as it now stands, the name of the one merged into it, what moved over, and what
 * {@link ContactMerge#undo} needs to take it back (the rows as they were, the stage change the merge recorded if
 * any, and the kept contact's updated-at time right after the merge, to notice edits made since).
 */
public record MergeOutcome(Contact kept, String mergedName, MergeCounts moved, MergeSnapshot before,
                           Long stageChangeId, Instant keptUpdatedAt) {
}
