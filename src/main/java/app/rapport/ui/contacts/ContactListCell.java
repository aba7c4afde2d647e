package app.rapport.ui.contacts;

import app.rapport.model.ContactSummary;
import app.rapport.ui.ContactNames;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/** A row of the contact list: name, organisation and role, stage, and a badge for an unresolved deal-breaker. */
final class ContactListCell extends ListCell<ContactSummary> {

    private final Texts texts;
    private final Runnable nearEnd;
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final Label stage = new Label();
    private final Label badge = new Label();
    private final HBox row;

    ContactListCell(Texts texts, Runnable nearEnd) {
        this.texts = texts;
        this.nearEnd = nearEnd;
        name.getStyleClass().add("contact-name");
        subtitle.getStyleClass().add("contact-subtitle");
        stage.getStyleClass().add("stage-chip");
        badge.getStyleClass().add("badge-deal-breaker");
        badge.setText("!");
        badge.setAccessibleText(texts.get("badge.dealBreaker"));
        name.setMinWidth(0);
        subtitle.setMinWidth(0);
        stage.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, subtitle);
        text.setMinWidth(0);
        setPrefWidth(0); // follow the list's width: no horizontal scrolling, long text ends in "…"
        HBox.setHgrow(text, Priority.ALWAYS);
        Region gap = new Region();
        row = new HBox(8, text, gap, badge, stage);
        row.getStyleClass().add("contact-row");
    }

    @Override
    protected void updateItem(ContactSummary contact, boolean empty) {
        super.updateItem(contact, empty);
        if (empty || contact == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(contact.name());
        String sub = subtitle(contact.organisation(), contact.role());
        subtitle.setText(sub);
        Shown.set(subtitle, !sub.isEmpty());
        stage.setText(texts.stage(contact.stage()));
        Shown.stageStyle(stage, contact.stage());
        Shown.set(badge, contact.hasUnresolvedDealBreaker());
        setText(null);
        setGraphic(row);
        setAccessibleText(contact.name() + (sub.isEmpty() ? "" : ", " + sub) + ", " + texts.stage(contact.stage())
                + (contact.hasUnresolvedDealBreaker() ? ", " + texts.get("badge.dealBreaker") : ""));
        if (getListView() != null && getIndex() >= getListView().getItems().size() - 5) {
            nearEnd.run();
        }
    }

    /** "Bookkeeper · Sousa Bookkeeping", or whichever of the two is known. */
    static String subtitle(String organisation, String role) {
        return ContactNames.subtitle(organisation, role);
    }
}
