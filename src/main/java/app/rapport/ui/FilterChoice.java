package app.rapport.ui.contacts;

/** One entry of a filter drop-down: a value (null for "any") and how it reads. */
record FilterChoice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
