package app.rapport.store;

/**
 * The form in which two names (or organisations) count as the same person's: without accents, case or surrounding
 * spaces, as the contact list's sort key ({@code contact.sort_name}) holds it. "Zoë Müller" and "zoe muller" share
 * a key. Public so that an import can tell two people in one file apart the way the store does.
 */
public final class PersonKey {

    private PersonKey() {
    }

    public static String of(String text) {
        return SearchText.sortKey(text == null ? "" : text);
    }
}
