package app.rapport.ui;

import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

import java.util.EnumMap;
import java.util.Map;

/**
 * The stay-in-touch rhythm per stage as a grid of day fields, one per stage in the flow, each typed or stepped,
 * with a message when one is not a number of days in range. Used by the Board's rhythm dialog and by Preferences.
 */
public final class RhythmFields {

    private final Map<RelationshipStage, Spinner<Integer>> spinners = new EnumMap<>(RelationshipStage.class);
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);

    public RhythmFields(Texts texts, StayInTouchCadence current) {
        grid.getStyleClass().add("dialog-grid");
        error.getStyleClass().add("field-error");
        int row = 0;
        for (RelationshipStage stage : RelationshipStage.values()) {
            if (!stage.inFlow()) {
                continue;
            }
            Spinner<Integer> days = new Spinner<>(1, StayInTouchCadence.MOST_DAYS, current.daysFor(stage));
            days.setId("rhythm-" + stage.name());
            days.setEditable(true);
            days.setPrefWidth(96);
            days.getEditor().textProperty().addListener((obs, before, now) -> {
                boolean allValid = spinners.values().stream().allMatch(SpinnerText::isValid);
                valid.set(allValid);
                error.setText(allValid ? "" : texts.get("rhythm.invalid", StayInTouchCadence.MOST_DAYS));
            });
            spinners.put(stage, days);
            Label label = new Label(texts.stage(stage));
            label.setLabelFor(days);
            days.setAccessibleText(texts.get("rhythm.accessible", texts.stage(stage)));
            grid.addRow(row++, label, days, new Label(texts.get("rhythm.days")));
        }
    }

    public GridPane grid() {
        return grid;
    }

    /** Says what is wrong while a field is not a number of days in range; empty otherwise. */
    public Label error() {
        return error;
    }

    /** True while every field holds a number of days in range. */
    public BooleanProperty validProperty() {
        return valid;
    }

    public Spinner<Integer> first() {
        return spinners.get(RelationshipStage.JUST_MET);
    }

    public void show(StayInTouchCadence cadence) {
        spinners.forEach((stage, spinner) -> spinner.getValueFactory().setValue(cadence.daysFor(stage)));
    }

    /** The rhythm as typed (each field's text committed first). */
    public StayInTouchCadence chosen() {
        Map<RelationshipStage, Integer> days = new EnumMap<>(RelationshipStage.class);
        spinners.forEach((stage, spinner) -> {
            SpinnerText.commit(spinner);
            days.put(stage, spinner.getValue());
        });
        return new StayInTouchCadence(days);
    }
}
