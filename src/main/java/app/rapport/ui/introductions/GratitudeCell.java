package app.rapport.ui.introductions;

import app.rapport.model.Gratitude;
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

/**
 * Someone to thank: who, when they last helped, and the best person to connect them with. No count and no
 * balance of who gave what.
 */
final class GratitudeCell extends ListCell<Gratitude> {

    private final Texts texts;
    private final Label name = new Label();
    private final Label helped = new Label();
    private final Label idea = new Label();
    private final Button plan = new Button();
    private final VBox box;

    GratitudeCell(Texts texts, Consumer<Suggestion> accept) {
        this.texts = texts;
        name.getStyleClass().add("card-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        helped.getStyleClass().add("count-label");
        helped.setMinWidth(0);
        idea.getStyleClass().add("suggestion-reasons");
        idea.setWrapText(true);
        plan.setText(texts.get("suggestion.plan"));
        plan.setMnemonicParsing(false);
        plan.setMinWidth(Region.USE_PREF_SIZE);
        plan.setOnAction(event -> {
            if (getItem() != null && getItem().best() != null) {
                accept.accept(getItem().best());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, name, helped, gap, plan);
        top.getStyleClass().add("card-row");
        box = new VBox(4, top, idea);
        box.getStyleClass().add("suggestion");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Gratitude item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.name());
        helped.setText(texts.get("gratitude.helpedOn", texts.date(item.helpedOn())));
        Suggestion best = item.best();
        if (best == null) {
            idea.setText(texts.get("gratitude.noIdea"));
        } else {
            String other = best.contactA() == item.contactId() ? best.nameB() : best.nameA();
            idea.setText(texts.get("gratitude.idea", other, String.join("; ", best.reasons())));
        }
        Shown.set(plan, best != null);
        setGraphic(box);
        setAccessibleText(name.getText() + ", " + helped.getText() + ". " + idea.getText());
    }
}
