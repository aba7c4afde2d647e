package app.rapport.ui.shell;

import app.rapport.model.ContactSummary;
import app.rapport.ui.AppContext;
import app.rapport.ui.ContactNames;
import app.rapport.ui.Texts;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ctrl+K: jump to anyone by typing part of their name. Matches come from the store as you type (off the JavaFX
 * thread); Down moves into the list, Enter opens the one selected (or the first), Escape closes.
 */
final class QuickJump extends Dialog<ContactSummary> {

    /** Matches shown at most. */
    static final int MATCHES = 12;

    private final TextField name = new TextField();
    private final ListView<ContactSummary> matches = new ListView<>();
    private final AtomicLong latest = new AtomicLong();

    QuickJump(AppContext context) {
        Texts texts = context.texts();
        setTitle(texts.get("quickJump.title"));
        setHeaderText(texts.get("quickJump.header"));
        ButtonType open = new ButtonType(texts.get("quickJump.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(open, cancel);
        getDialogPane().getStyleClass().add("quick-jump");

        name.setId("quickJumpName");
        name.setPromptText(texts.get("quickJump.prompt"));
        name.setAccessibleText(texts.get("quickJump.header"));
        matches.setId("quickJumpMatches");
        matches.setPrefHeight(300);
        matches.setPrefWidth(460);
        matches.setPlaceholder(new Label(texts.get("quickJump.none")));
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : ContactNames.describe(texts, contact));
            }
        });
        getDialogPane().setContent(new VBox(8, name, matches));

        PauseTransition typing = new PauseTransition(Duration.millis(120));
        typing.setOnFinished(event -> search(context, name.getText()));
        name.textProperty().addListener((obs, before, now) -> typing.playFromStart());
        name.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().select(0);
                event.consume();
            }
        });
        matches.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected();
            }
        });
        matches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        getDialogPane().lookupButton(open).disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(matches.getItems()));
        setResultConverter(button -> button != open ? null
                : matches.getSelectionModel().getSelectedItem() != null ? matches.getSelectionModel().getSelectedItem()
                : matches.getItems().isEmpty() ? null : matches.getItems().get(0));
        setOnShown(event -> Platform.runLater(name::requestFocus));
    }

    private void openSelected() {
        ContactSummary chosen = matches.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            setResult(chosen);
            close();
        }
    }

    private void search(AppContext context, String text) {
        long ticket = latest.incrementAndGet();
        if (text.isBlank()) {
            matches.getItems().clear();
            return;
        }
        context.background().run(() -> context.contacts().findByName(text, MATCHES), (List<ContactSummary> found) -> {
            if (ticket == latest.get()) {
                matches.getItems().setAll(found);
            }
        });
    }
}
