package app.rapport.model;

/** Where one side of an introduction stands on the double opt-in: nobody introduces people without asking. */
public enum OptIn {
    NOT_ASKED,
    ASKED,
    AGREED,
    DECLINED
}
