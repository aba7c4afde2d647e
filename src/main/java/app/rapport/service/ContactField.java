package app.rapport.service;

/** The fields of a contact the user edits, named so validation messages can be shown beside the right one. */
public enum ContactField {
    NAME, ORGANISATION, ROLE, EMAILS, PHONES, LINK, CITY, HOW_WE_MET, WHERE_WE_MET, MET_ON, INTRODUCED_BY,
    NEEDS, OFFERS, TAGS, NOTES, STAGE, STAY_IN_TOUCH
}
