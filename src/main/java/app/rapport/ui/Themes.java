package app.rapport.ui;

import app.rapport.model.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;

import java.util.Objects;

/**
 * The app's look, light or dark: AtlantaFX's Primer themes as the user-agent stylesheet of the whole application.
 * Rapport's own stylesheet takes every colour from the theme's looked-up colours ({@code -color-fg-default},
 * {@code -color-bg-subtle}, ...), so switching the theme here restyles every open window at once, with no restart
 * and no second stylesheet. Primer was chosen over Cupertino and Nord: its muted text and its tinted chips keep
 * WCAG AA contrast in both variants (ContrastTest), and its blue accent reads well on light and on dark.
 */
public final class Themes {

    private static volatile Theme current;

    private Themes() {
    }

    /** Puts {@code theme} on every window, now and for windows opened later. Call on the JavaFX thread. */
    public static void apply(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Themes.apply must run on the JavaFX thread");
        }
        atlantafx.base.theme.Theme look = theme == Theme.DARK ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(look.getUserAgentStylesheet());
        current = theme;
    }

    /** Applies the light theme unless one was applied already: a window never shows without Rapport's colours. */
    public static void applyIfNone() {
        if (current == null) {
            apply(Theme.LIGHT);
        }
    }

    /** The theme on screen; null before the first {@link #apply}. */
    public static Theme current() {
        return current;
    }
}
