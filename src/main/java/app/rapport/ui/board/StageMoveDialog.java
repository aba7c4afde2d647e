package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.Impression;
import app.rapport.model.RelationshipStage;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactValidator;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Asks for the reason of a move (optional; Enter moves, Escape cancels). When the move is to TRUST or PARTNER
 * and a deal-breaker is undecided, the user decides it here first: tolerate it and move, or walk away.
 */
final class StageMoveDialog extends Dialog<StageMoveDialog.Answer> {

    /** The user's answer: move with this reason (tolerating what was listed), or walk away. */
    record Answer(boolean walkAway, String reason) {
    }

    private final TextField reason = new TextField();

    StageMoveDialog(Texts texts, BoardCard card, RelationshipStage to, List<Impression> undecided) {
        setTitle(texts.get("move.title"));
        setHeaderText(texts.get("move.header", card.name(), texts.stage(card.stage()), texts.stage(to)));
        getDialogPane().getStyleClass().add("stage-move-dialog");
        boolean decideFirst = !undecided.isEmpty();
        ButtonType move = new ButtonType(texts.get(decideFirst ? "move.tolerateAndMove" : "move.move"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType walkAway = new ButtonType(texts.get("decision.WALK_AWAY"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (decideFirst) {
            getDialogPane().getButtonTypes().setAll(move, walkAway, cancel);
            getDialogPane().lookupButton(walkAway).getStyleClass().add("danger");
        } else {
            getDialogPane().getButtonTypes().setAll(move, cancel);
        }

        VBox content = new VBox(8);
        content.getStyleClass().add("dialog-content");
        if (decideFirst) {
            Label question = new Label(texts.get("move.decideFirst", card.name(), texts.stage(to)));
            question.setWrapText(true);
            question.getStyleClass().add("decision-question");
            content.getChildren().add(question);
            for (Impression dealBreaker : undecided) {
                Label line = new Label("! " + dealBreaker.text());
                line.setWrapText(true);
                line.getStyleClass().add("deal-breaker-line");
                content.getChildren().add(line);
            }
            Label consequence = new Label(texts.get("move.decideFirst.choices"));
            consequence.setWrapText(true);
            consequence.getStyleClass().add("dialog-note");
            content.getChildren().add(consequence);
        }
        Label reasonLabel = new Label(texts.get("move.reason"));
        reasonLabel.setLabelFor(reason);
        reason.setId("moveReason");
        reason.setPromptText(texts.get("move.reason.prompt"));
        reason.setPrefColumnCount(36);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        content.getChildren().addAll(reasonLabel, reason, error);
        content.setPrefWidth(440);
        getDialogPane().setContent(content);

        Node moveButton = getDialogPane().lookupButton(move);
        reason.textProperty().addListener((obs, before, now) -> {
            int length = ContactValidator.characters(now.strip());
            boolean tooLong = length > TextLimits.REASON;
            error.setText(tooLong ? texts.get("move.reason.tooLong", TextLimits.REASON, length) : "");
            moveButton.setDisable(tooLong);
        });
        setResultConverter(button -> {
            if (button == move) {
                return new Answer(false, reason.getText().strip());
            }
            return button == walkAway ? new Answer(true, "") : null;
        });
        setOnShown(event -> Platform.runLater(reason::requestFocus));
    }
}
