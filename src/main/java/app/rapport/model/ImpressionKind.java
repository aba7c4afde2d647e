package app.rapport.model;

/** What we noted about someone: a plus point, a minus point, or something we might not tolerate at all. */
public enum ImpressionKind {
    LIKE,
    DISLIKE,
    DEAL_BREAKER
}
