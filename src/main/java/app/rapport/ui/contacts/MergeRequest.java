package app.rapport.ui.contacts;

import app.rapport.service.ContactField;
import app.rapport.service.merge.MergeSide;

import java.util.Map;

/** What the user confirmed in the merge dialog: who is kept, who is merged into them, and each field's side. */
record MergeRequest(long keptId, long otherId, String keptName, Map<ContactField, MergeSide> choices) {
}
