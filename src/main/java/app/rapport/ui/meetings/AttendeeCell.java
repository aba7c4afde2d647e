package app.rapport.ui.meetings;

import app.rapport.model.ContactSummary;
import app.rapport.ui.ContactNames;
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

/** Someone expected at the meeting: name, organisation and role, stage, and a button to take them off the list. */
final class AttendeeCell extends ListCell<ContactSummary> {

    private final Texts texts;
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final Label stage = new Label();
    private final Label dealBreaker = new Label();
    private final Button remove = new Button();
    private final HBox row;

    AttendeeCell(Texts texts, Consumer<ContactSummary> onRemove) {
        this.texts = texts;
        name.getStyleClass().add("contact-name");
        subtitle.getStyleClass().add("contact-subtitle");
        stage.getStyleClass().add("stage-chip");
        stage.setMinWidth(Region.USE_PREF_SIZE);
        dealBreaker.getStyleClass().add("badge-deal-breaker");
        dealBreaker.setText("!");
        dealBreaker.setMinWidth(Region.USE_PREF_SIZE);
        remove.setText(texts.get("meetings.attendees.remove"));
        remove.getStyleClass().add("link-button");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setFocusTraversable(false);
        remove.setOnAction(event -> {
            if (getItem() != null) {
                onRemove.accept(getItem());
            }
        });
        VBox who = new VBox(1, name, subtitle);
        HBox.setHgrow(who, Priority.ALWAYS);
        row = new HBox(8, who, dealBreaker, stage, remove);
        row.getStyleClass().add("attendee-row");
        setPrefWidth(0); // as wide as the list, never wider
    }

    @Override
    protected void updateItem(ContactSummary person, boolean empty) {
        super.updateItem(person, empty);
        if (empty || person == null) {
            setGraphic(null);
            return;
        }
        name.setText(person.name());
        String more = ContactNames.subtitle(person.organisation(), person.role());
        subtitle.setText(more);
        Shown.set(subtitle, !more.isEmpty());
        stage.setText(texts.stage(person.stage()));
        Shown.stageStyle(stage, person.stage());
        Shown.set(dealBreaker, person.hasUnresolvedDealBreaker());
        dealBreaker.setAccessibleText(texts.get("badge.dealBreaker"));
        remove.setAccessibleText(texts.get("meetings.attendees.removeOne", person.name()));
        setGraphic(row);
        setAccessibleText(ContactNames.describe(texts, person) + ", " + texts.stage(person.stage()));
    }
}
