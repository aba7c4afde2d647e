package app.rapport.ui;

/** One entry of a filter drop-down: a value (null for "any") and how it reads. */
public record FilterChoice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
