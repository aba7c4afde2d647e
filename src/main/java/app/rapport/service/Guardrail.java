package app.rapport.service;

import app.rapport.model.Introduction;

/**
 * Something the user should know before planning an introduction, shown before saving. Most stop the plan; one
 * ({@link Kind#BELOW_TRUST}) is a warning the user may accept.
 *
 * @param contactName who it is about (null for {@link Kind#SAME_PERSON})
 * @param earlier     the earlier introduction of the pair, for {@link Kind#ALREADY_INTRODUCED}
 */
public record Guardrail(Kind kind, String contactName, Introduction earlier) {

    public enum Kind {
        /** A and B are the same person. */
        SAME_PERSON(true),
        /** The two were introduced before (or are being introduced now). */
        ALREADY_INTRODUCED(true),
        /** One of them has a deal-breaker the user has not decided about. */
        UNDECIDED_DEAL_BREAKER(true),
        /** The user walked away from one of them. */
        PARKED(true),
        /** The user would be vouching for someone they do not trust yet. */
        BELOW_TRUST(false);

        private final boolean blocks;

        Kind(boolean blocks) {
            this.blocks = blocks;
        }
    }

    /** True when the plan cannot go ahead; false for a warning the user can accept. */
    public boolean blocks() {
        return kind.blocks;
    }
}
