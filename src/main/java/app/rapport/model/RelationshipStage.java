package app.rapport.model;

/**
 * Where a relationship stands: get to know, then like, then trust.
 * {@link #PARKED} is outside the flow: the user walked away after a deal-breaker; the contact is kept, never deleted.
 */
public enum RelationshipStage {
    JUST_MET,
    GETTING_TO_KNOW,
    LIKE,
    TRUST,
    PARTNER,
    PARKED;

    /** True for the stages of the get-to-know → like → trust flow (everything but {@link #PARKED}). */
    public boolean inFlow() {
        return this != PARKED;
    }
}
