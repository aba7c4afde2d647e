package app.rapport.service;

import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.StayInTouchStatus;
import app.rapport.model.Warmth;
import app.rapport.model.Warmth.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Pins the warmth formula (see {@link WarmthFormula}'s javadoc) with hand-computed cases:
 * stage (6/12/18/24/30, parked 0) + recency (40 up to r/2 days, straight down to 0 at 2r) + frequency (5 per
 * interaction in 90 days, up to 4) + help (5 per help either way in a year, up to 2), rounded.
 */
class WarmthFormulaTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final StayInTouchCadence DEFAULTS = StayInTouchCadence.defaults();

    private static RelationshipActivity activity(RelationshipStage stage, Integer ownDays, LocalDate last, int recent,
                                                 int help) {
        return new RelationshipActivity(1, "Ana", "", stage, ownDays, LocalDate.of(2023, 1, 1), last, recent, help,
                false, null);
    }

    private static int score(RelationshipStage stage, int rhythm, Integer daysSince, int recent, int help) {
        return WarmthFormula.of(stage, rhythm, daysSince, recent, help).score();
    }

    // ---- the cases the issue names --------------------------------------------------------------------------------

    @Test
    void aPartnerLastSeenNinetyDaysAgoIsCoolingAndOverdue() {
        // Rhythm 30: fresh up to 15 days, cold from 60. 90 days -> recency 0. The one interaction 90 days ago is
        // outside the 90-day window, so frequency 0. 30 + 0 + 0 + 0 = 30.
        RelationshipActivity partner = activity(PARTNER, null, TODAY.minusDays(90), 0, 0);
        int rhythm = DEFAULTS.daysFor(PARTNER, null);
        assertEquals(30, rhythm);

        Warmth warmth = WarmthFormula.of(partner, rhythm, TODAY);

        assertEquals(30, warmth.score());
        assertEquals(Level.COOL, warmth.level());
        assertEquals(StayInTouchStatus.OVERDUE, StayInTouchReminder.status(partner, rhythm, TODAY));
        assertEquals(true, StayInTouchReminder.status(partner, rhythm, TODAY).cooling());
    }

    @Test
    void aNewAcquaintanceMetTwiceThisWeekIsWarm() {
        // Rhythm 14: fresh up to 7 days. Last met 2 days ago -> 40. Two interactions -> 10. 6 + 40 + 10 = 56.
        RelationshipActivity newcomer = activity(JUST_MET, null, TODAY.minusDays(2), 2, 0);
        Warmth warmth = WarmthFormula.of(newcomer, DEFAULTS.daysFor(JUST_MET, null), TODAY);
        assertEquals(56, warmth.score());
        assertEquals(Level.WARM, warmth.level());
    }

    @Test
    void recencyFallsInAStraightLineBetweenHalfAndTwiceTheRhythm() {
        // TRUST, r = 45: fresh up to 22.5 days, cold at 90. Seen 30 days ago:
        //   recency = 40 * (90 - 30) / (90 - 22.5) = 40 * 60 / 67.5 = 35.56
        //   24 (stage) + 35.56 + 3 * 5 (frequency) + 2 * 5 (help) = 84.56 -> 85, HOT.
        RelationshipActivity trusted = activity(TRUST, null, TODAY.minusDays(30), 3, 2);
        Warmth warmth = WarmthFormula.of(trusted, DEFAULTS.daysFor(TRUST, null), TODAY);
        assertEquals(85, warmth.score());
        assertEquals(Level.HOT, warmth.level());

        // GETTING_TO_KNOW, r = 30: fresh up to 15, cold at 60. 35 days: 40 * 25 / 45 = 22.22 -> 12 + 22.22 = 34.
        assertEquals(34, score(GETTING_TO_KNOW, 30, 35, 0, 0), "rounded down");
        // LIKE, r = 60: fresh up to 30, cold at 120. 75 days: 40 * 45 / 90 = 20 exactly -> 18 + 20 = 38.
        assertEquals(38, score(LIKE, 60, 75, 0, 0));
        // Halfway down the line (r = 100: from day 50 to day 200, halfway at 125) is half the points.
        assertEquals(20.0, WarmthFormula.recency(100, 125), 1e-9);
    }

    @Test
    void recencyIsFullUpToHalfTheRhythmAndZeroFromTwiceTheRhythm() {
        // r = 45 (odd): half is 22.5, so day 22 is full and day 23 already falls: 40 * (90 - 23) / 67.5 = 39.70.
        assertEquals(40.0, WarmthFormula.recency(45, 0), 1e-9);
        assertEquals(40.0, WarmthFormula.recency(45, 22), 1e-9);
        assertEquals(40.0 * 67 / 67.5, WarmthFormula.recency(45, 23), 1e-9);
        assertEquals(40.0 * 1 / 67.5, WarmthFormula.recency(45, 89), 1e-9);
        assertEquals(0.0, WarmthFormula.recency(45, 90), 1e-9);
        assertEquals(0.0, WarmthFormula.recency(45, 400), 1e-9);
        // r = 14: full through day 7, 0 from day 28.
        assertEquals(40.0, WarmthFormula.recency(14, 7), 1e-9);
        assertEquals(40.0 * 20 / 21, WarmthFormula.recency(14, 8), 1e-9);
        assertEquals(0.0, WarmthFormula.recency(14, 28), 1e-9);
        // As whole scores: JUST_MET 6 + 40 on day 7, 6 + 38.10 = 44 on day 8, 6 on day 28.
        assertEquals(46, score(JUST_MET, 14, 7, 0, 0));
        assertEquals(44, score(JUST_MET, 14, 8, 0, 0));
        assertEquals(6, score(JUST_MET, 14, 28, 0, 0));
    }

    @Test
    void aRelationshipsOwnRhythmIsWhatRecencyIsMeasuredAgainst() {
        // Seen 30 days ago: a partner (r = 30, fresh to 15) has 40 * (60 - 30) / 45 = 26.67; with their own rhythm
        // of 90 days (fresh to 45) the same 30 days are still fully fresh.
        assertEquals(57, score(PARTNER, 30, 30, 0, 0), "30 + 26.67");
        assertEquals(70, score(PARTNER, 90, 30, 0, 0), "30 + 40");
        RelationshipActivity own = activity(PARTNER, 90, TODAY.minusDays(30), 0, 0);
        assertEquals(70, WarmthFormula.of(own, DEFAULTS.daysFor(PARTNER, own.stayInTouchDays()), TODAY).score());
    }

    @Test
    void withNoInteractionsOnlyTheStageCounts() {
        assertEquals(List.of(6, 12, 18, 24, 30, 0), List.of(
                score(JUST_MET, 14, null, 0, 0), score(GETTING_TO_KNOW, 30, null, 0, 0), score(LIKE, 60, null, 0, 0),
                score(TRUST, 45, null, 0, 0), score(PARTNER, 30, null, 0, 0), score(PARKED, 0, null, 0, 0)));
        RelationshipActivity quiet = activity(LIKE, null, null, 0, 0);
        Warmth warmth = WarmthFormula.of(quiet, 60, TODAY);
        assertEquals(18, warmth.score());
        assertEquals(Level.COLD, warmth.level());
    }

    @Test
    void parkedRelationshipsAreMeasuredAgainstThirtyDaysAndHaveNoStagePoints() {
        assertEquals(30, WarmthFormula.PARKED_RHYTHM_DAYS);
        // Fresh up to 15 days, cold at 60. 20 days: 40 * 40 / 45 = 35.56 -> 36, whatever rhythm is passed in.
        assertEquals(36, score(PARKED, 0, 20, 0, 0));
        assertEquals(36, score(PARKED, 365, 20, 0, 0));
        assertEquals(40, score(PARKED, 0, 15, 0, 0));
        assertEquals(0, score(PARKED, 0, 60, 0, 0));
        // A parked relationship still seen often and helped: 0 + 40 + 20 + 10.
        assertEquals(70, score(PARKED, 0, 1, 9, 9));
        RelationshipActivity parked = activity(PARKED, 10, TODAY.minusDays(20), 1, 0);
        int rhythm = DEFAULTS.daysFor(PARKED, parked.stayInTouchDays());
        assertEquals(0, rhythm, "parked relationships have no rhythm, their own days notwithstanding");
        assertEquals(41, WarmthFormula.of(parked, rhythm, TODAY).score(), "35.56 + 5");
    }

    @Test
    void frequencyCountsUpToFourInteractionsAndHelpUpToTwo() {
        // LIKE, nothing recent enough for recency (2r = 120 days ago).
        assertEquals(List.of(18, 23, 28, 33, 38, 38, 38), List.of(
                score(LIKE, 60, 120, 0, 0), score(LIKE, 60, 120, 1, 0), score(LIKE, 60, 120, 2, 0),
                score(LIKE, 60, 120, 3, 0), score(LIKE, 60, 120, 4, 0), score(LIKE, 60, 120, 5, 0),
                score(LIKE, 60, 120, 50, 0)));
        assertEquals(List.of(18, 23, 28, 28, 28), List.of(
                score(LIKE, 60, 120, 0, 0), score(LIKE, 60, 120, 0, 1), score(LIKE, 60, 120, 0, 2),
                score(LIKE, 60, 120, 0, 3), score(LIKE, 60, 120, 0, 40)));
        // Counts below zero never take points away.
        assertEquals(18, score(LIKE, 60, 120, -3, -2));
    }

    @Test
    void everythingAtItsBestIsOneHundredAndNeverMore() {
        // 30 + 40 + 20 + 10
        assertEquals(100, score(PARTNER, 30, 0, 4, 2));
        assertEquals(100, score(PARTNER, 30, 0, 1000, 1000));
        Warmth best = WarmthFormula.of(activity(PARTNER, null, TODAY, 12, 6), 30, TODAY);
        assertEquals(100, best.score());
        assertEquals(Level.HOT, best.level());
        assertEquals(1.0, best.fraction(), 1e-9);
    }

    @Test
    void anInteractionDatedAfterTodayCountsAsToday() {
        // The store only reports interactions up to today; should a later one reach the formula it is "0 days ago".
        RelationshipActivity planned = activity(JUST_MET, null, TODAY.plusDays(3), 0, 0);
        assertEquals(0, planned.daysSinceLastInteraction(TODAY));
        assertEquals(46, WarmthFormula.of(planned, 14, TODAY).score());
    }

    @Test
    void helpGivenAndReceivedCountAlike() {
        // The formula sees one count of help whichever way it went: one given plus one received is 2, as are two
        // given or two received (the store's side of this is in RelationshipDaoTest).
        int givenAndReceived = score(GETTING_TO_KNOW, 30, 5, 2, 1 + 1);
        int twoGiven = score(GETTING_TO_KNOW, 30, 5, 2, 2);
        assertEquals(12 + 40 + 10 + 10, givenAndReceived);
        assertEquals(givenAndReceived, twoGiven);
    }

    // ---- the levels ------------------------------------------------------------------------------------------------

    @Test
    void levelsChangeAtTwentyFiveFiftyAndSeventyFive() {
        assertEquals(List.of(Level.COLD, Level.COLD, Level.COOL, Level.COOL, Level.WARM, Level.WARM, Level.HOT,
                        Level.HOT),
                List.of(new Warmth(0).level(), new Warmth(24).level(), new Warmth(25).level(), new Warmth(49).level(),
                        new Warmth(50).level(), new Warmth(74).level(), new Warmth(75).level(),
                        new Warmth(100).level()));
        assertThrows(IllegalArgumentException.class, () -> new Warmth(-1));
        assertThrows(IllegalArgumentException.class, () -> new Warmth(101));
    }
}
