package app.rapport.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every row a merge of two contacts may change, as it was just before the merge: what an undo puts back. Opaque
 * outside the store; held by the app only for as long as it offers Undo.
 */
public final class MergeSnapshot {

    final long keptId;
    final long otherId;
    /** Column name to value, for each of the two contact rows. */
    final Map<String, Object> keptContact;
    final Map<String, Object> otherContact;
    /** The rows of contact_email, contact_phone and contact_tag of both, by table. */
    final Map<String, List<Map<String, Object>>> lists;
    /** The full-text rows of both (rowid and every column). */
    final List<Map<String, Object>> searchRows;
    final List<Long> otherImpressions;
    final List<Long> otherStageChanges;
    final List<Long> otherInteractions;
    final Set<Long> keptInteractions;
    /** The other's meeting_attendee rows. */
    final List<Map<String, Object>> otherMeetings;
    final Set<Long> keptMeetings;
    /** Every introduction the other is part of, whole (one between the two is deleted by a merge). */
    final List<Map<String, Object>> otherIntroductions;
    final List<Long> introducedByOther;
    /** The stay_in_touch_snooze rows of both. */
    final List<Map<String, Object>> snoozes;

    MergeSnapshot(long keptId, long otherId, Map<String, Object> keptContact, Map<String, Object> otherContact,
                  Map<String, List<Map<String, Object>>> lists, List<Map<String, Object>> searchRows,
                  List<Long> otherImpressions, List<Long> otherStageChanges, List<Long> otherInteractions,
                  Set<Long> keptInteractions, List<Map<String, Object>> otherMeetings, Set<Long> keptMeetings,
                  List<Map<String, Object>> otherIntroductions, List<Long> introducedByOther,
                  List<Map<String, Object>> snoozes) {
        this.keptId = keptId;
        this.otherId = otherId;
        this.keptContact = keptContact;
        this.otherContact = otherContact;
        this.lists = lists;
        this.searchRows = searchRows;
        this.otherImpressions = otherImpressions;
        this.otherStageChanges = otherStageChanges;
        this.otherInteractions = otherInteractions;
        this.keptInteractions = keptInteractions;
        this.otherMeetings = otherMeetings;
        this.keptMeetings = keptMeetings;
        this.otherIntroductions = otherIntroductions;
        this.introducedByOther = introducedByOther;
        this.snoozes = snoozes;
    }

    public long keptId() {
        return keptId;
    }

    public long otherId() {
        return otherId;
    }
}
