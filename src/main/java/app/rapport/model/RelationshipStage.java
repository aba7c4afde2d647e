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

    /** TRUST and PARTNER: the stages at which the user vouches for someone. */
    public boolean trusted() {
        return this == TRUST || this == PARTNER;
    }

    /** The next stage of the flow, or null at PARTNER and for PARKED. */
    public RelationshipStage next() {
        return inFlow() && this != PARTNER ? values()[ordinal() + 1] : null;
    }

    /** The stage before in the flow, or null at JUST_MET and for PARKED. */
    public RelationshipStage previous() {
        return inFlow() && this != JUST_MET ? values()[ordinal() - 1] : null;
    }
}
