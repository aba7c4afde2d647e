package app.rapport.service.merge;

import app.rapport.service.ContactField;

/**
 * One field on which the two contacts of a merge differ, with both values as the user reads them (a stage by its
 * name, who introduced them by name, stay-in-touch days as a number, "" for nothing) and the side chosen unless the
 * user picks the other: the kept contact's value, or the other's when the kept contact has none.
 */
public record FieldChoice(ContactField field, String keptValue, String otherValue, MergeSide preselected) {
}
