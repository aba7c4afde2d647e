package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.service.RelationshipBoard;
import app.rapport.ui.SpinnerText;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.LocalDate;

/** Puts off a due stay-in-touch reminder for a number of days the user picks (a week by default). */
final class SnoozeDialog extends Dialog<Integer> {

    static final int DEFAULT_DAYS = 7;

    private final Spinner<Integer> days = new Spinner<>(1, RelationshipBoard.MOST_SNOOZE_DAYS, DEFAULT_DAYS);

    SnoozeDialog(Texts texts, BoardCard card, LocalDate today) {
        setTitle(texts.get("snooze.title"));
        setHeaderText(texts.get("snooze.header", card.name()));
        ButtonType snooze = new ButtonType(texts.get("snooze.snooze"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(snooze, cancel);

        days.setId("snoozeDays");
        days.setEditable(true);
        days.setPrefWidth(90);
        Label label = new Label(texts.get("snooze.for"));
        label.setLabelFor(days);
        Label unit = new Label(texts.get("snooze.days"));
        Label until = new Label();
        until.getStyleClass().add("dialog-note");
        Runnable showUntil = () -> until.setText(texts.get("snooze.until", texts.date(today.plusDays(days.getValue()))));
        days.valueProperty().addListener((obs, before, now) -> showUntil.run());
        showUntil.run();
        HBox row = new HBox(8, label, days, unit);
        row.getStyleClass().add("filter-row");
        getDialogPane().setContent(new VBox(10, row, until));

        Node snoozeButton = getDialogPane().lookupButton(snooze);
        days.getEditor().textProperty().addListener((obs, before, now) -> {
            boolean valid = SpinnerText.isValid(days);
            snoozeButton.setDisable(!valid);
            until.setText(valid ? texts.get("snooze.until", texts.date(today.plusDays(Integer.parseInt(now.strip()))))
                    : texts.get("snooze.invalid", RelationshipBoard.MOST_SNOOZE_DAYS));
        });
        setResultConverter(button -> button == snooze ? committedDays() : null);
        setOnShown(event -> Platform.runLater(days.getEditor()::requestFocus));
    }

    /** The days shown, taking in a number typed but not yet committed. */
    private Integer committedDays() {
        SpinnerText.commit(days);
        return days.getValue();
    }
}
