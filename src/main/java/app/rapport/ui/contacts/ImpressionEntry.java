package app.rapport.ui.contacts;

import app.rapport.model.ImpressionKind;

/**
 * One impression as typed in the quick-entry field. A leading "+" makes it a like, "-" a dislike and "!" a
 * deal-breaker, so an impression takes a couple of keystrokes; without a prefix the selected kind is used.
 */
record ImpressionEntry(ImpressionKind kind, String text) {

    static ImpressionEntry parse(String typed, ImpressionKind selected) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new ImpressionEntry(selected, "");
        }
        ImpressionKind kind = switch (text.charAt(0)) {
            case '+' -> ImpressionKind.LIKE;
            case '-', '\u2212' -> ImpressionKind.DISLIKE;
            case '!' -> ImpressionKind.DEAL_BREAKER;
            default -> null;
        };
        return kind == null ? new ImpressionEntry(selected, text) : new ImpressionEntry(kind, text.substring(1).strip());
    }
}
