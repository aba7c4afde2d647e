package app.rapport.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An introduction between two contacts, A and B, planned so that both gain: why each benefits, each side's
 * opt-in with its dates, when the introduction was made, how it turned out, and when to follow up.
 * An id of 0 means "not stored yet".
 */
public record Introduction(
        long id,
        long contactA,
        long contactB,
        String whyA,
        String whyB,
        String note,
        OptIn sideA,
        LocalDate askedA,
        LocalDate answeredA,
        OptIn sideB,
        LocalDate askedB,
        LocalDate answeredB,
        LocalDate introducedOn,
        IntroductionOutcome outcome,
        LocalDate outcomeOn,
        LocalDate followUpOn,
        LocalDate plannedOn) {

    /** Which of the two people. */
    public enum Side { A, B }

    public Introduction {
        whyA = whyA == null ? "" : whyA;
        whyB = whyB == null ? "" : whyB;
        note = note == null ? "" : note;
        sideA = Objects.requireNonNullElse(sideA, OptIn.NOT_ASKED);
        sideB = Objects.requireNonNullElse(sideB, OptIn.NOT_ASKED);
        Objects.requireNonNull(plannedOn, "plannedOn");
    }

    /** A new idea, not stored yet. */
    public static Introduction idea(long contactA, long contactB, String whyA, String whyB, String note,
                                    LocalDate plannedOn, LocalDate followUpOn) {
        return new Introduction(0, contactA, contactB, whyA, whyB, note, OptIn.NOT_ASKED, null, null,
                OptIn.NOT_ASKED, null, null, null, null, null, followUpOn, plannedOn);
    }

    public IntroductionStatus status() {
        if (outcome != null) {
            return IntroductionStatus.CLOSED;
        }
        if (introducedOn != null) {
            return IntroductionStatus.INTRODUCED;
        }
        return sideA == OptIn.NOT_ASKED && sideB == OptIn.NOT_ASKED ? IntroductionStatus.IDEA
                : IntroductionStatus.ASKING;
    }

    public boolean open() {
        return outcome == null;
    }

    public boolean involves(long contactId) {
        return contactA == contactId || contactB == contactId;
    }

    public long contact(Side side) {
        return side == Side.A ? contactA : contactB;
    }

    public OptIn optIn(Side side) {
        return side == Side.A ? sideA : sideB;
    }

    /** The day that side was asked whether they would like to meet; null when not asked yet. */
    public LocalDate askedOn(Side side) {
        return side == Side.A ? askedA : askedB;
    }

    public String why(Side side) {
        return side == Side.A ? whyA : whyB;
    }

    public Introduction withId(long newId) {
        return new Introduction(newId, contactA, contactB, whyA, whyB, note, sideA, askedA, answeredA, sideB, askedB,
                answeredB, introducedOn, outcome, outcomeOn, followUpOn, plannedOn);
    }

    /** This introduction with one side's opt-in changed: asked on a day, or answered on a day. */
    public Introduction withOptIn(Side side, OptIn optIn, LocalDate on) {
        boolean asking = optIn == OptIn.ASKED;
        if (side == Side.A) {
            return new Introduction(id, contactA, contactB, whyA, whyB, note, optIn, asking ? on : askedA,
                    asking ? null : on, sideB, askedB, answeredB, introducedOn, outcome, outcomeOn, followUpOn,
                    plannedOn);
        }
        return new Introduction(id, contactA, contactB, whyA, whyB, note, sideA, askedA, answeredA, optIn,
                asking ? on : askedB, asking ? null : on, introducedOn, outcome, outcomeOn, followUpOn, plannedOn);
    }

    public Introduction withIntroducedOn(LocalDate on) {
        return new Introduction(id, contactA, contactB, whyA, whyB, note, sideA, askedA, answeredA, sideB, askedB,
                answeredB, on, outcome, outcomeOn, followUpOn, plannedOn);
    }

    public Introduction withOutcome(IntroductionOutcome newOutcome, LocalDate on) {
        return new Introduction(id, contactA, contactB, whyA, whyB, note, sideA, askedA, answeredA, sideB, askedB,
                answeredB, introducedOn, newOutcome, on, followUpOn, plannedOn);
    }

    public Introduction withFollowUpOn(LocalDate on) {
        return new Introduction(id, contactA, contactB, whyA, whyB, note, sideA, askedA, answeredA, sideB, askedB,
                answeredB, introducedOn, outcome, outcomeOn, on, plannedOn);
    }
}
