package app.rapport.service;

import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Warmth;

import java.time.LocalDate;

/**
 * How warm a relationship is, 0 to 100: the one place the formula lives. Four parts add up.
 *
 * <ul>
 *   <li><b>Stage</b>, up to 30: JUST_MET 6, GETTING_TO_KNOW 12, LIKE 18, TRUST 24, PARTNER 30; PARKED 0.
 *       How far a relationship has grown is its floor.</li>
 *   <li><b>Recency</b>, up to 40, measured against the relationship's own stay-in-touch rhythm r (days):
 *       full 40 while the last interaction is at most r/2 days old, then falling in a straight line to 0 at
 *       2r days; 0 when nothing is logged. A partner seen a month ago is as fresh as a new acquaintance seen
 *       a week ago. Parked relationships, which have no rhythm, are measured against 30 days.</li>
 *   <li><b>Frequency</b>, up to 20: 5 for each interaction in the last 90 days, counting up to four.</li>
 *   <li><b>Help flowing</b>, up to 10: 5 for each referral, piece of advice, help or introduction in the last
 *       year, counting up to two, <em>whichever way it went</em>. Given and received count alike and are never
 *       set against each other: the board keeps no score.</li>
 * </ul>
 *
 * <p>The sum is rounded to a whole number. For example: a new acquaintance met twice this week scores
 * 6 + 40 + 10 = 56 (warm); a partner last seen 90 days ago scores 30 + 0 + 0 = 30 (cool), and is overdue.
 */
public final class WarmthFormula {

    static final int PARKED_RHYTHM_DAYS = 30;
    private static final int RECENCY_POINTS = 40;
    private static final int POINTS_PER_INTERACTION = 5;
    private static final int INTERACTIONS_COUNTED = 4;
    private static final int POINTS_PER_HELP = 5;
    private static final int HELP_COUNTED = 2;

    private WarmthFormula() {
    }

    /** The warmth of a relationship as the store reports it, on {@code today}, with its rhythm in days. */
    public static Warmth of(RelationshipActivity activity, int rhythmDays, LocalDate today) {
        return of(activity.stage(), rhythmDays, activity.daysSinceLastInteraction(today),
                activity.recentInteractions(), activity.helpInLastYear());
    }

    /**
     * @param rhythmDays the stay-in-touch rhythm (ignored for PARKED)
     * @param daysSinceLastInteraction null when none is logged
     * @param recentInteractions interactions in the last 90 days
     * @param helpInLastYear referrals, advice, help and introductions either way in the last 365 days
     */
    public static Warmth of(RelationshipStage stage, int rhythmDays, Integer daysSinceLastInteraction,
                            int recentInteractions, int helpInLastYear) {
        double score = stagePoints(stage)
                + recency(stage.inFlow() ? rhythmDays : PARKED_RHYTHM_DAYS, daysSinceLastInteraction)
                + POINTS_PER_INTERACTION * Math.min(Math.max(recentInteractions, 0), INTERACTIONS_COUNTED)
                + POINTS_PER_HELP * Math.min(Math.max(helpInLastYear, 0), HELP_COUNTED);
        return new Warmth((int) Math.round(Math.min(score, Warmth.MAX)));
    }

    static int stagePoints(RelationshipStage stage) {
        return switch (stage) {
            case JUST_MET -> 6;
            case GETTING_TO_KNOW -> 12;
            case LIKE -> 18;
            case TRUST -> 24;
            case PARTNER -> 30;
            case PARKED -> 0;
        };
    }

    static double recency(int rhythmDays, Integer daysSince) {
        if (daysSince == null || rhythmDays <= 0) {
            return 0;
        }
        double fresh = rhythmDays / 2.0;
        double cold = 2.0 * rhythmDays;
        if (daysSince <= fresh) {
            return RECENCY_POINTS;
        }
        if (daysSince >= cold) {
            return 0;
        }
        return RECENCY_POINTS * (cold - daysSince) / (cold - fresh);
    }
}
