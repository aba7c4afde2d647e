package app.rapport.service.merge;

/** Whose value a merged field takes: the contact kept, or the one merged into it. */
public enum MergeSide {
    KEPT, OTHER
}
