package app.rapport.model;

/** The step an introduction is at: an idea, asking each side, introduced, or closed with an outcome. */
public enum IntroductionStatus {
    IDEA,
    ASKING,
    INTRODUCED,
    CLOSED
}
