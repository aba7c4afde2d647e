package app.rapport.ui.introductions;

import app.rapport.model.Suggestion;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** Who should meet whom: the two names, "both ways" when each gains, the reasons in words, and Plan. */
final class SuggestionCell extends ListCell<Suggestion> {

    private final Label pair = new Label();
    private final Label bothWays = new Label();
    private final Label reasons = new Label();
    private final Button plan = new Button();
    private final VBox box;

    SuggestionCell(Texts texts, Consumer<Suggestion> accept) {
        pair.getStyleClass().add("card-name");
        pair.setMinWidth(0);
        bothWays.setText(texts.get("suggestion.bothWays"));
        bothWays.getStyleClass().add("both-ways-chip");
        bothWays.setMinWidth(Region.USE_PREF_SIZE);
        reasons.getStyleClass().add("suggestion-reasons");
        reasons.setWrapText(true);
        plan.setText(texts.get("suggestion.plan"));
        plan.setMnemonicParsing(false);
        plan.setMinWidth(Region.USE_PREF_SIZE);
        plan.setOnAction(event -> {
            if (getItem() != null) {
                accept.accept(getItem());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, pair, bothWays, gap, plan);
        top.getStyleClass().add("card-row");
        box = new VBox(4, top, reasons);
        box.getStyleClass().add("suggestion");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Suggestion item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        pair.setText(item.nameA() + " ↔ " + item.nameB());
        Shown.set(bothWays, item.bothWays());
        reasons.setText(String.join("\n", item.reasons()));
        setGraphic(box);
        setAccessibleText(pair.getText() + ". " + String.join(". ", item.reasons()));
    }
}
