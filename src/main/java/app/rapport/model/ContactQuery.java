package app.rapport.model;

/**
 * What the contact list asks for: free text typed by the user (may be empty), an optional tag, an optional stage,
 * and whether to show archived contacts instead of active ones.
 */
public record ContactQuery(String text, String tag, RelationshipStage stage, boolean archived) {

    public ContactQuery {
        text = text == null ? "" : text;
    }

    /** Every active contact. */
    public static ContactQuery all() {
        return new ContactQuery("", null, null, false);
    }

    public static ContactQuery text(String text) {
        return new ContactQuery(text, null, null, false);
    }
}
