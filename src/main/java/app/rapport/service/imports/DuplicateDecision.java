package app.rapport.service.imports;

/** What to do with a person of the file who is already in Rapport (or earlier in the same file). */
public enum DuplicateDecision {
    /**
     * The default: keep the contact that is there, fill its empty fields from the file and add the emails, phones
     * and tags it lacks. Nothing the user wrote is overwritten.
     */
    MERGE,
    /** Add the person from the file as a contact of their own. */
    ADD_AS_NEW,
    /** Leave the person out of the import. */
    SKIP
}
