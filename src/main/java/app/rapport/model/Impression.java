package app.rapport.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A like, dislike or deal-breaker noted about one contact.
 * A deal-breaker carries a decision ({@link DealBreakerDecision#OPEN} until the user decides); other kinds carry none.
 */
public record Impression(
        long id,
        long contactId,
        ImpressionKind kind,
        String text,
        LocalDate notedOn,
        boolean confidential,
        DealBreakerDecision decision,
        LocalDate decidedOn) {

    public Impression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notedOn, "notedOn");
        if (kind == ImpressionKind.DEAL_BREAKER) {
            decision = decision == null ? DealBreakerDecision.OPEN : decision;
        } else {
            decision = null;
            decidedOn = null;
        }
    }

    /** A new, not yet stored impression. */
    public static Impression draft(long contactId, ImpressionKind kind, String text, LocalDate notedOn, boolean confidential) {
        return new Impression(0, contactId, kind, text, notedOn, confidential, null, null);
    }

    /** True for a deal-breaker the user has not decided about yet. */
    public boolean isUnresolvedDealBreaker() {
        return kind == ImpressionKind.DEAL_BREAKER && decision == DealBreakerDecision.OPEN;
    }
}
