package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.RelationshipStage;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.Pane;
import javafx.scene.Node;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the mouse does with cards: a click opens the contact; pressing and dragging a card onto another stage's
 * column moves it there. Dragging uses JavaFX's in-window press-drag-release gesture (no system clipboard), with
 * a label that follows the pointer and the column under it highlighted.
 */
final class CardGestures {

    private final Pane dragLayer;
    private final Consumer<BoardCard> open;
    private final BiConsumer<BoardCard, RelationshipStage> move;
    private final Label ghost = new Label();
    private BoardCard dragged;

    CardGestures(Pane dragLayer, Consumer<BoardCard> open, BiConsumer<BoardCard, RelationshipStage> move) {
        this.dragLayer = dragLayer;
        this.open = open;
        this.move = move;
        ghost.getStyleClass().add("drag-ghost");
        ghost.setManaged(false);
        ghost.setVisible(false);
        dragLayer.getChildren().add(ghost);
    }

    /** Makes a card cell clickable and draggable. */
    void attach(BoardCardCell cell) {
        cell.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && cell.getItem() != null) {
                open.accept(cell.getItem());
            }
        });
        cell.setOnDragDetected(event -> {
            if (event.getButton() == MouseButton.PRIMARY && cell.getItem() != null) {
                dragged = cell.getItem();
                ghost.setText(dragged.name());
                ghost.autosize();
                ghost.setVisible(true);
                cell.getStyleClass().add("dragging");
                cell.startFullDrag();
                follow(cell, event.getSceneX(), event.getSceneY());
            }
        });
        cell.setOnMouseDragged(event -> {
            if (dragged != null) {
                follow(cell, event.getSceneX(), event.getSceneY());
            }
        });
        cell.setOnMouseReleased(event -> {
            cell.getStyleClass().remove("dragging");
            ghost.setVisible(false);
            // a drop target may get the release after the card does: let it see the card first
            Platform.runLater(() -> dragged = null);
        });
    }

    private void follow(Node cell, double sceneX, double sceneY) {
        var local = dragLayer.sceneToLocal(sceneX, sceneY);
        ghost.relocate(local.getX() + 12, local.getY() + 8);
    }

    /** Makes {@code target} accept cards dropped on it, moving them to {@code stage}. */
    void acceptDrops(Node target, RelationshipStage stage) {
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> {
            if (dragged != null && dragged.stage() != stage) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, event -> target.getStyleClass().remove("drop-target"));
        // a filter, not a handler: the list inside may consume the release before it bubbles up
        target.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            target.getStyleClass().remove("drop-target");
            BoardCard card = dragged;
            if (card != null && card.stage() != stage) {
                dragged = null;
                event.consume();
                move.accept(card, stage);
            }
        });
    }
}
