package app.rapport.model;

/** How an introduction turned out; DECLINED when one side said no to meeting. */
public enum IntroductionOutcome {
    MET,
    WORKING_TOGETHER,
    NOT_A_FIT,
    DECLINED
}
