package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.RelationshipStage;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * One stage's column: a header with the stage and how many are in it, and its cards in a virtualised list (only
 * the cards in view have nodes, however many relationships the stage holds).
 */
final class BoardColumn {

    private final RelationshipStage stage;
    private final Texts texts;
    private final Label title = new Label();
    private final Label count = new Label();
    private final ListView<BoardCard> list = new ListView<>();
    private final Label placeholder = new Label();
    private final VBox root;

    BoardColumn(RelationshipStage stage, Texts texts, CardGestures gestures, Orientation orientation) {
        this.stage = stage;
        this.texts = texts;
        title.setText(texts.stage(stage));
        title.getStyleClass().add("stage-chip");
        Shown.stageStyle(title, stage);
        count.getStyleClass().add("column-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, count);
        header.getStyleClass().add("column-header");
        list.setOrientation(orientation);
        list.setFixedCellSize(orientation == Orientation.VERTICAL ? BoardCardCell.HEIGHT : BoardCardCell.WIDTH);
        list.setCellFactory(view -> {
            BoardCardCell cell = new BoardCardCell(texts, gestures);
            if (orientation == Orientation.HORIZONTAL) {
                cell.setPrefHeight(BoardCardCell.HEIGHT);
            }
            return cell;
        });
        if (orientation == Orientation.HORIZONTAL) {
            list.setPrefHeight(BoardCardCell.HEIGHT + 16); // one row of cards and the sideways scroll bar
            list.setMaxHeight(Region.USE_PREF_SIZE);
        }
        list.getStyleClass().addAll("board-column-list", "column-" + stage.name().toLowerCase(Locale.ROOT));
        list.setAccessibleText(texts.get("board.column.accessible", texts.stage(stage)));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("column-empty");
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        // the parked lane lies across the foot of the board, under its own title
        root = orientation == Orientation.VERTICAL ? new VBox(8, header, list) : new VBox(list);
        root.getStyleClass().add("board-column");
        root.setMinWidth(0);
        HBox.setHgrow(root, Priority.ALWAYS);
        gestures.acceptDrops(root, stage);
    }

    RelationshipStage stage() {
        return stage;
    }

    VBox root() {
        return root;
    }

    ListView<BoardCard> list() {
        return list;
    }

    /** Shows the cards; an empty column says why: nobody at this stage, or nobody the filters keep. */
    void show(List<BoardCard> cards, boolean filtered) {
        placeholder.setText(texts.get(filtered ? "board.column.empty.filtered" : "board.column.empty." + stage.name()));
        list.getItems().setAll(cards);
        count.setText(texts.get("board.column.count", cards.size()));
    }

    /** Selects the card of {@code contactId} when this column holds it; true if it did. */
    boolean select(long contactId) {
        List<BoardCard> cards = list.getItems();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).contactId() == contactId) {
                list.getSelectionModel().select(i);
                list.getFocusModel().focus(i);
                list.scrollTo(Math.max(0, i - 2));
                return true;
            }
        }
        list.getSelectionModel().clearSelection();
        return false;
    }
}
