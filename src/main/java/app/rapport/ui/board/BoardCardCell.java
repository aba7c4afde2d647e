package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.StayInTouchStatus;
import app.rapport.model.Warmth;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * A card on the board: name, organisation, days since the last interaction, the stay-in-touch mark when the
 * rhythm has lapsed, the warmth meter, and a badge for an undecided deal-breaker. What the mouse does with it
 * (click to open, drag to move) is up to the {@link BoardController}, through {@link CardGestures}.
 */
final class BoardCardCell extends ListCell<BoardCard> {

    /** Every card is this tall, so the columns can scroll without measuring each card. */
    static final double HEIGHT = 104;
    /** How wide a card is in the parked lane, which scrolls sideways. */
    static final double WIDTH = 240;

    private final Texts texts;
    private final Label name = new Label();
    private final Label badge = new Label("!");
    private final Label organisation = new Label();
    private final Label lastContact = new Label();
    private final Label rhythm = new Label();
    private final ProgressBar meter = new ProgressBar();
    private final Label warmthLabel = new Label();
    private final VBox card;

    BoardCardCell(Texts texts, CardGestures gestures) {
        this.texts = texts;
        name.getStyleClass().add("card-name");
        badge.getStyleClass().add("badge-deal-breaker");
        badge.setAccessibleText(texts.get("badge.dealBreaker"));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        organisation.getStyleClass().add("card-organisation");
        lastContact.getStyleClass().add("card-last-contact");
        rhythm.setMinWidth(Region.USE_PREF_SIZE);
        meter.getStyleClass().add("warmth-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        warmthLabel.getStyleClass().add("warmth-label");
        warmthLabel.setMinWidth(Region.USE_PREF_SIZE);
        for (Label label : new Label[] {name, organisation, lastContact}) {
            label.setMinWidth(0);
        }
        HBox top = row(name, badge);
        HBox middle = row(lastContact, rhythm);
        HBox bottom = row(meter, warmthLabel);
        HBox.setHgrow(meter, Priority.ALWAYS);
        card = new VBox(4, top, organisation, middle, bottom);
        card.getStyleClass().add("board-card");
        card.setMaxHeight(Region.USE_PREF_SIZE); // the parked lane's cells are taller than a card
        setPrefWidth(0); // follow the column's width; long names end in "…"
        gestures.attach(this);
    }

    private static HBox row(Region grows, Region fixed) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(grows, Priority.SOMETIMES);
        HBox row = new HBox(6, grows, gap, fixed);
        row.getStyleClass().add("card-row");
        return row;
    }

    @Override
    protected void updateItem(BoardCard item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.name());
        organisation.setText(item.organisation().isEmpty() ? " " : item.organisation());
        lastContact.setText(lastContact(item));
        showRhythm(item);
        Shown.set(badge, item.openDealBreaker());
        meter.setProgress(item.warmth().fraction());
        String level = texts.get("warmth." + item.warmth().level().name());
        warmthLabel.setText(level);
        meter.getStyleClass().removeIf(style -> style.startsWith("warmth-") && !style.equals("warmth-meter"));
        meter.getStyleClass().add(warmthStyle(item.warmth()));
        meter.setAccessibleText(texts.get("card.warmth", level, item.warmth().score()));
        setText(null);
        setGraphic(card);
        setAccessibleText(String.join(", ", item.name(), item.organisation(),
                item.daysSinceLastInteraction() == null ? lastContact.getText()
                        : texts.get("card.daysAgo.accessible", item.daysSinceLastInteraction()),
                rhythm.getText(), texts.get("card.warmth", level, item.warmth().score()),
                item.openDealBreaker() ? texts.get("badge.dealBreaker") : "").replaceAll("(, )+$", ""));
    }

    private String lastContact(BoardCard item) {
        Integer days = item.daysSinceLastInteraction();
        return days == null ? texts.get("card.noInteraction") : texts.get("card.daysAgo", days);
    }

    private void showRhythm(BoardCard item) {
        rhythm.getStyleClass().removeIf(style -> style.startsWith("rhythm-"));
        StayInTouchStatus status = item.stayInTouch();
        switch (status) {
            case DUE, OVERDUE -> {
                rhythm.setText(texts.get("card." + status.name()));
                rhythm.getStyleClass().add("rhythm-" + status.name().toLowerCase(Locale.ROOT));
            }
            case SNOOZED -> {
                rhythm.setText(texts.get("card.snoozed", texts.date(item.snoozedUntil())));
                rhythm.getStyleClass().add("rhythm-snoozed");
            }
            default -> rhythm.setText("");
        }
        Shown.set(rhythm, !rhythm.getText().isEmpty());
    }

    static String warmthStyle(Warmth warmth) {
        return "warmth-" + warmth.level().name().toLowerCase(Locale.ROOT);
    }
}
