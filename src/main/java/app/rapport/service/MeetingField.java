package app.rapport.service;

/** The fields of a meeting the user edits, so a validation message can be shown beside the right one. */
public enum MeetingField {
    TITLE, STARTS_AT, PLACE, NOTES
}
