package app.rapport.model;

/**
 * The longest text each field takes. Longer text is refused with a message, never truncated.
 * The schema (the migrations) enforces the same numbers with CHECK constraints as a last line of defence.
 */
public final class TextLimits {
    public static final int NAME = 200;
    public static final int ORGANISATION = 200;
    public static final int ROLE = 200;
    public static final int EMAIL = 254;
    public static final int PHONE = 50;
    public static final int LINK = 500;
    public static final int CITY = 200;
    public static final int HOW_WE_MET = 1000;
    public static final int WHERE_WE_MET = 1000;
    public static final int NEEDS = 4000;
    public static final int OFFERS = 4000;
    public static final int TAG = 60;
    public static final int NOTES = 20_000;
    public static final int IMPRESSION = 1000;
    public static final int SUMMARY = 500;
    public static final int REASON = 500;
    /** Why one side of an introduction benefits (V3). */
    public static final int WHY = 1000;
    /** An introduction's note (V3). */
    public static final int INTRODUCTION_NOTE = 4000;
    /** A meeting's title (V5). */
    public static final int MEETING_TITLE = 200;
    /** Where a meeting takes place (V5). */
    public static final int PLACE = 500;

    private TextLimits() {
    }
}
