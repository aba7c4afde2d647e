package app.rapport.ui.board;

import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * The stay-in-touch rhythm per stage: how many days may pass before a relationship at that stage is due for a
 * touch. A contact's own rhythm (on their profile) overrides their stage's.
 */
final class StayInTouchDialog extends Dialog<StayInTouchCadence> {

    private final Map<RelationshipStage, Spinner<Integer>> spinners = new EnumMap<>(RelationshipStage.class);

    StayInTouchDialog(Texts texts, StayInTouchCadence current) {
        setTitle(texts.get("rhythm.title"));
        setHeaderText(texts.get("rhythm.header"));
        ButtonType save = new ButtonType(texts.get("rhythm.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = getDialogPane().lookupButton(save);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        Label error = new Label();
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
                boolean valid = spinners.values().stream().allMatch(SpinnerText::isValid);
                saveButton.setDisable(!valid);
                error.setText(valid ? "" : texts.get("rhythm.invalid", StayInTouchCadence.MOST_DAYS));
            });
            spinners.put(stage, days);
            Label label = new Label(texts.stage(stage));
            label.setLabelFor(days);
            days.setAccessibleText(texts.get("rhythm.accessible", texts.stage(stage)));
            grid.addRow(row++, label, days, new Label(texts.get("rhythm.days")));
        }
        Button defaults = new Button(texts.get("rhythm.defaults"));
        defaults.setOnAction(event -> show(StayInTouchCadence.defaults()));
        Label note = new Label(texts.get("rhythm.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-note");
        VBox content = new VBox(12, grid, error, defaults, note);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);

        setResultConverter(button -> button == save ? chosen() : null);
        setOnShown(event -> Platform.runLater(spinners.get(RelationshipStage.JUST_MET).getEditor()::requestFocus));
    }

    private void show(StayInTouchCadence cadence) {
        spinners.forEach((stage, spinner) -> spinner.getValueFactory().setValue(cadence.daysFor(stage)));
    }

    private StayInTouchCadence chosen() {
        Map<RelationshipStage, Integer> days = new EnumMap<>(RelationshipStage.class);
        spinners.forEach((stage, spinner) -> {
            SpinnerText.commit(spinner);
            days.put(stage, spinner.getValue());
        });
        return new StayInTouchCadence(days);
    }
}
