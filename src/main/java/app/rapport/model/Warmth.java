package app.rapport.model;

/**
 * How alive a relationship is, from 0 (cold) to 100 (as warm as it gets). Derived, never stored: see
 * {@code service.WarmthFormula} for how it is worked out.
 */
public record Warmth(int score) {

    public static final int MAX = 100;

    /** The words for a score: what the meter's colour and accessible text say. */
    public enum Level { COLD, COOL, WARM, HOT }

    public Warmth {
        if (score < 0 || score > MAX) {
            throw new IllegalArgumentException("Warmth is 0 to " + MAX + ", not " + score);
        }
    }

    /** COLD below 25, COOL below 50, WARM below 75, HOT from 75. */
    public Level level() {
        if (score < 25) {
            return Level.COLD;
        }
        if (score < 50) {
            return Level.COOL;
        }
        return score < 75 ? Level.WARM : Level.HOT;
    }

    /** The score as a fraction of the meter, 0 to 1. */
    public double fraction() {
        return score / (double) MAX;
    }
}
