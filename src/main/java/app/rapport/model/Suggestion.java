package app.rapport.model;

import java.util.List;

/**
 * Two contacts who should meet: what one needs, the other offers. A suggestion is never a plan; the user decides
 * (and accepting one opens the new-introduction form).
 *
 * @param bothWays each needs something the other offers (such pairs come first)
 * @param reasons  why, in words, strongest first: "Ana Silva needs a bookkeeper; Ben Okafor offers bookkeeping"
 * @param score    higher is better; only its order means anything: both ways first, then the weaker of the two
 *                 relationships, then the stronger, then how specific the matched words are
 */
public record Suggestion(long contactA, String nameA, long contactB, String nameB, boolean bothWays,
                         List<String> reasons, double score) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
