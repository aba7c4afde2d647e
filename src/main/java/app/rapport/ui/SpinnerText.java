package app.rapport.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Editable spinners keep what was typed only once committed; dialogs commit it when the user confirms. */
public final class SpinnerText {

    private SpinnerText() {
    }

    /**
     * Takes the typed number into the spinner's value when it is a whole number within range.
     *
     * @return false (and the value left as it was) when the text is not such a number
     */
    public static boolean commit(Spinner<Integer> spinner) {
        Integer typed = typed(spinner);
        if (typed == null) {
            return false;
        }
        spinner.getValueFactory().setValue(typed);
        return true;
    }

    /** True when the spinner's text is a whole number within its range. */
    public static boolean isValid(Spinner<Integer> spinner) {
        return typed(spinner) != null;
    }

    private static Integer typed(Spinner<Integer> spinner) {
        SpinnerValueFactory.IntegerSpinnerValueFactory range =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        try {
            int typed = Integer.parseInt(spinner.getEditor().getText().strip());
            return typed < range.getMin() || typed > range.getMax() ? null : typed;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
