package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.service.merge.DuplicatePair;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * "Possible duplicates…": the pairs of contacts that may be one person entered twice, each with why Rapport thinks
 * so (a shared email address, the same name and organisation). The user picks one and goes on to the merge dialog,
 * where nothing is written before they confirm; double-click or Enter picks too.
 */
final class PossibleDuplicatesDialog extends Dialog<DuplicatePair> {

    private final ListView<DuplicatePair> pairs = new ListView<>();

    PossibleDuplicatesDialog(Texts texts, List<DuplicatePair> found, int limit) {
        setTitle(texts.get("merge.duplicates.title"));
        setHeaderText(found.isEmpty() ? texts.get("merge.duplicates.none")
                : texts.get(found.size() >= limit ? "merge.duplicates.first" : "merge.duplicates.header",
                found.size()));
        ButtonType merge = new ButtonType(texts.get("merge.duplicates.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(texts.get("merge.duplicates.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(merge, close);
        getDialogPane().getStyleClass().add("duplicates-dialog");
        setResizable(true);

        pairs.setId("duplicateList");
        pairs.getItems().setAll(found);
        pairs.setPrefSize(560, 360);
        pairs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicatePair pair, boolean empty) {
                super.updateItem(pair, empty);
                if (empty || pair == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label names = new Label(texts.get("merge.duplicates.pair", shown(texts, pair.first()),
                        shown(texts, pair.second())));
                names.getStyleClass().add("contact-name");
                Label reason = new Label(switch (pair.reason()) {
                    case SAME_EMAIL -> texts.get("merge.reason.email", pair.email());
                    case SAME_NAME_AND_ORGANISATION -> texts.get("merge.reason.nameAndOrganisation");
                    case SAME_NAME_ONE_WITHOUT_ORGANISATION -> texts.get("merge.reason.nameOneWithout");
                });
                reason.getStyleClass().add("muted");
                setText(null);
                setGraphic(new VBox(2, names, reason));
                setAccessibleText(names.getText() + ", " + reason.getText());
            }
        });
        pairs.setAccessibleText(texts.get("merge.duplicates.title"));
        Node mergeButton = getDialogPane().lookupButton(merge);
        mergeButton.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        pairs.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && pairs.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) mergeButton).fire();
            }
        });
        pairs.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && pairs.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) mergeButton).fire();
                event.consume();
            }
        });
        getDialogPane().setContent(pairs);
        if (!found.isEmpty()) {
            pairs.getSelectionModel().selectFirst();
        }
        setResultConverter(button -> button == merge ? pairs.getSelectionModel().getSelectedItem() : null);
        setOnShown(event -> Platform.runLater(pairs::requestFocus));
    }

    private static String shown(Texts texts, Contact contact) {
        return contact.organisation().isBlank() ? contact.name()
                : texts.get("merge.nameAndOrganisation", contact.name(), contact.organisation());
    }
}
