package app.rapport.ui.board;

import app.rapport.model.StayInTouchCadence;
import app.rapport.ui.RhythmFields;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The stay-in-touch rhythm per stage: how many days may pass before a relationship at that stage is due for a
 * touch. A contact's own rhythm (on their profile) overrides their stage's.
 */
final class StayInTouchDialog extends Dialog<StayInTouchCadence> {

    StayInTouchDialog(Texts texts, StayInTouchCadence current) {
        setTitle(texts.get("rhythm.title"));
        setHeaderText(texts.get("rhythm.header"));
        ButtonType save = new ButtonType(texts.get("rhythm.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = getDialogPane().lookupButton(save);

        RhythmFields fields = new RhythmFields(texts, current);
        saveButton.disableProperty().bind(fields.validProperty().not());
        Button defaults = new Button(texts.get("rhythm.defaults"));
        defaults.setOnAction(event -> fields.show(StayInTouchCadence.defaults()));
        Label note = new Label(texts.get("rhythm.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-note");
        VBox content = new VBox(12, fields.grid(), fields.error(), defaults, note);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);

        setResultConverter(button -> button == save ? fields.chosen() : null);
        setOnShown(event -> Platform.runLater(fields.first().getEditor()::requestFocus));
    }
}
