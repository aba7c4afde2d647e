package app.rapport.model;

/** How the window looks: the light or the dark theme. */
public enum Theme {
    LIGHT,
    DARK
}
