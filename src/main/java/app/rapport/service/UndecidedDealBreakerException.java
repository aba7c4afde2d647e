package app.rapport.service;

import app.rapport.model.Impression;

import java.util.List;

/**
 * Refuses a move to TRUST or PARTNER while a deal-breaker about the contact is undecided: the user must first
 * decide whether to tolerate it or walk away.
 */
public final class UndecidedDealBreakerException extends IllegalStateException {

    private final transient List<Impression> dealBreakers;

    public UndecidedDealBreakerException(String name, List<Impression> dealBreakers) {
        super("Decide about " + name + "'s deal-breaker first: tolerate it or walk away.");
        this.dealBreakers = List.copyOf(dealBreakers);
    }

    /** The deal-breakers still waiting for a decision. */
    public List<Impression> dealBreakers() {
        return dealBreakers;
    }
}
