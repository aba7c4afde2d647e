package app.rapport.model;

import java.util.Objects;

/** The user's settings, kept apart from the contacts database so a broken database never hides them. */
public record Preferences(StayInTouchCadence stayInTouch) {

    public Preferences {
        Objects.requireNonNull(stayInTouch, "stayInTouch");
    }

    public static Preferences defaults() {
        return new Preferences(StayInTouchCadence.defaults());
    }

    public Preferences withStayInTouch(StayInTouchCadence cadence) {
        return new Preferences(cadence);
    }
}
