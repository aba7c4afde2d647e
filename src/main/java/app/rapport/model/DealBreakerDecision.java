package app.rapport.model;

/** The user's answer to a deal-breaker: undecided, "I can tolerate this", or "I walk away". */
public enum DealBreakerDecision {
    OPEN,
    TOLERATE,
    WALK_AWAY
}
