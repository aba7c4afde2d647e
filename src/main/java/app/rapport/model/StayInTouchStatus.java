package app.rapport.model;

/**
 * Where a relationship stands against its stay-in-touch rhythm. The clock starts again with every logged
 * interaction; {@link #DUE} and {@link #OVERDUE} are what the board marks as "cooling".
 */
public enum StayInTouchStatus {
    /** In touch within the rhythm. */
    ON_TRACK,
    /** The rhythm has been reached (amber). */
    DUE,
    /** One and a half times the rhythm has passed (red). */
    OVERDUE,
    /** Due, but the user put the reminder off until a chosen day. */
    SNOOZED,
    /** Parked relationships have no rhythm. */
    NOT_TRACKED;

    /** True when the relationship needs the user: the rhythm has lapsed and the reminder is not snoozed. */
    public boolean cooling() {
        return this == DUE || this == OVERDUE;
    }
}
