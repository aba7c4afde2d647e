package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ValidationProblems;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.function.Function;

/**
 * Ctrl+N: the first details of someone new, captured in seconds. Enter creates, Escape cancels; everything else
 * is filled in on the contact's profile afterwards.
 */
final class NewContactDialog extends Dialog<Contact> {

    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final TextField role = new TextField();
    private final TextField howWeMet = new TextField();
    private final ComboBox<RelationshipStage> stage = new ComboBox<>();
    private final Label error = new Label();

    NewContactDialog(Texts texts, Function<Contact, ValidationProblems> validator) {
        setTitle(texts.get("newContact.title"));
        setHeaderText(texts.get("newContact.header"));
        ButtonType create = new ButtonType(texts.get("newContact.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(create, cancel);
        getDialogPane().getStyleClass().add("new-contact-dialog");

        name.setId("newContactName");
        name.setPromptText(texts.get("newContact.name.prompt"));
        organisation.setId("newContactOrganisation");
        role.setId("newContactRole");
        howWeMet.setId("newContactHowWeMet");
        howWeMet.setPromptText(texts.get("field.howWeMet.prompt"));
        stage.getItems().setAll(List.of(RelationshipStage.values()).stream().filter(RelationshipStage::inFlow).toList());
        stage.setConverter(texts.converter(texts::stage));
        stage.setValue(RelationshipStage.JUST_MET);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        grid.addRow(0, label(texts, "field.name", name), name);
        grid.addRow(1, label(texts, "field.organisation", organisation), organisation);
        grid.addRow(2, label(texts, "field.role", role), role);
        grid.addRow(3, label(texts, "field.howWeMet", howWeMet), howWeMet);
        grid.addRow(4, label(texts, "field.stage", stage), stage);
        grid.add(error, 1, 5);
        getDialogPane().setContent(grid);

        Node createButton = getDialogPane().lookupButton(create);
        Runnable check = () -> {
            ValidationProblems problems = validator.apply(draft());
            String message = problems.isEmpty() ? "" : problems.all().values().iterator().next();
            error.setText(name.getText().isBlank() ? "" : message);
            createButton.setDisable(!problems.isEmpty());
        };
        for (TextField field : List.of(name, organisation, role, howWeMet)) {
            field.textProperty().addListener((obs, before, now) -> check.run());
        }
        check.run();
        setResultConverter(button -> button == create ? draft() : null);
        setOnShown(event -> Platform.runLater(name::requestFocus));
    }

    private static Label label(Texts texts, String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        return label;
    }

    private Contact draft() {
        return new Contact(0, name.getText(), organisation.getText(), role.getText(), List.of(), List.of(), "", "",
                howWeMet.getText(), "", null, null, "", "", List.of(), "", stage.getValue(), null, false, null, null);
    }
}
