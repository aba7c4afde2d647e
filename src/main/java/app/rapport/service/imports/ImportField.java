package app.rapport.service.imports;

/**
 * A contact detail a CSV column can fill. A person's name is the NAME column when it has one, otherwise first,
 * middle and last names joined. Where several columns fill one detail, emails, phones and tags take every value,
 * the others the first non-empty one.
 */
public enum ImportField {
    IGNORED("(not imported)"),
    NAME("Name"),
    FIRST_NAME("First name"),
    MIDDLE_NAME("Middle name"),
    LAST_NAME("Last name"),
    ORGANISATION("Organisation"),
    ROLE("Role"),
    EMAIL("Email"),
    PHONE("Phone"),
    LINK("Link"),
    CITY("City"),
    NOTES("Notes"),
    TAGS("Tags");

    private final String label;

    ImportField(String label) {
        this.label = label;
    }

    /** The field as a mapping screen names it. */
    public String label() {
        return label;
    }
}
