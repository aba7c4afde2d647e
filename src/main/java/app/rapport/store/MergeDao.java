package app.rapport.store;

import java.util.List;

/**
 * What merging two contacts needs from the store, beyond the contact's own details (which {@link ContactDao}
 * writes): moving every record that points at one contact onto another, deleting the one merged away, a snapshot
 * of every row a merge touches so it can be undone, and the candidate pairs for "possible duplicates".
 *
 * <p>Every method joins the caller's transaction ({@link Database#transaction}).
 */
public interface MergeDao {

    /** How many records of {@code otherId} would move to {@code keptId}, and how many are shared already. */
    MergeCounts counts(long keptId, long otherId);

    /**
     * Every row a merge of the two may change, read before it: enough for {@link #restore} to put both contacts
     * back exactly as they were.
     */
    MergeSnapshot snapshot(long keptId, long otherId);

    /**
     * Moves onto {@code keptId} whatever points at {@code otherId}: impressions, stage history, timeline links (one
     * link when both were in the same interaction), introductions (either side), meeting attendance (one when both
     * were expected), the contacts the other introduced, and the stay-in-touch snooze (the later day wins). An
     * introduction between the two must be dealt with first: it would become an introduction of someone to
     * themselves, which the schema refuses. Then works out the kept contact's latest interaction day again.
     */
    void moveRecords(long keptId, long otherId);

    /** Deletes the contact and its full-text row (their records must have been moved first). */
    void deleteContact(long contactId);

    /**
     * Puts both contacts back as {@code snapshot} holds them, undoing a merge: the other contact again under its
     * old id, its records moved back to it, the kept contact's details, lists and full-text row as they were.
     * Records added to the kept contact since the merge stay with it.
     *
     * @throws StoreException when the other contact's id has been taken since
     */
    void restore(MergeSnapshot snapshot);

    /**
     * Pairs of active contacts that share an email address (ignoring case), in the order of the address, at most
     * {@code limit}; the lower id first in each pair.
     */
    List<EmailPair> sharingAnEmail(int limit);

    /**
     * Pairs of active contacts with the same name (ignoring accents and case), in name order, at most {@code limit};
     * each pair with both organisations, for the caller to judge.
     */
    List<NamePair> sharingAName(int limit);

    /** Two contacts with one email address in common. */
    record EmailPair(long first, long second, String email) {
    }

    /** Two contacts with the same name, and their organisations. */
    record NamePair(long first, long second, String firstOrganisation, String secondOrganisation) {
    }

    /**
     * What a merge moves, counted before it: the other's impressions, stage changes, interactions (those the kept
     * contact was not in) and those both were in, introductions with third people and between the two, meetings
     * (those the kept contact was not expected at) and those both were expected at, and the contacts the other
     * introduced.
     */
    record MergeCounts(int impressions, int stageChanges, int interactions, int sharedInteractions,
                       int introductions, int introductionsBetween, int meetings, int sharedMeetings,
                       int introducedContacts) {
    }
}
