package app.rapport.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar at the foot of the main window that says what just happened, with Undo where something was
 * removed or changed. It stays for a while, longer when it offers Undo, and goes when the user dismisses it.
 */
public final class Notifications {

    private static final Duration PLAIN = Duration.seconds(5);
    private static final Duration WITH_UNDO = Duration.seconds(12);

    private final HBox bar = new HBox();
    private final Label message = new Label();
    private final Button undo = new Button();
    private final Button dismiss = new Button("×");
    private final PauseTransition timer = new PauseTransition();
    private Runnable undoAction;

    public Notifications(Texts texts) {
        bar.getStyleClass().add("notification-bar");
        message.getStyleClass().add("notification-message");
        undo.setText(texts.get("notification.undo"));
        undo.setGraphic(new FontIcon("fth-rotate-ccw"));
        undo.getStyleClass().add("notification-undo");
        dismiss.getStyleClass().add("notification-dismiss");
        dismiss.setAccessibleText(texts.get("notification.dismiss"));
        bar.getChildren().addAll(message, undo, dismiss);
        hide();
        undo.setOnAction(event -> {
            Runnable action = undoAction;
            hide();
            if (action != null) {
                action.run();
            }
        });
        dismiss.setOnAction(event -> hide());
        timer.setOnFinished(event -> hide());
    }

    /** The bar, for the main window to place. */
    public HBox bar() {
        return bar;
    }

    public void show(String text) {
        show(text, null);
    }

    /** Shows {@code text}; with an {@code undoAction}, an Undo button that runs it once. */
    public void show(String text, Runnable undoAction) {
        this.undoAction = undoAction;
        message.setText(text);
        undo.setVisible(undoAction != null);
        undo.setManaged(undoAction != null);
        bar.setVisible(true);
        bar.setManaged(true);
        timer.stop();
        timer.setDuration(undoAction == null ? PLAIN : WITH_UNDO);
        timer.playFromStart();
    }

    public void hide() {
        timer.stop();
        undoAction = null;
        bar.setVisible(false);
        bar.setManaged(false);
    }

    /** Ctrl+Z: runs the Undo on offer, if any; true when there was one. */
    public boolean undo() {
        if (!bar.isVisible() || undoAction == null) {
            return false;
        }
        undo.fire();
        return true;
    }
}
