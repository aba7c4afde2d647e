package app.rapport.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.control.ButtonType;

import java.util.Locale;

/** Small things every screen does with nodes: show or hide them in the layout, stage chips, owned alerts. */
public final class Shown {

    private Shown() {
    }

    /** Shows or hides {@code node}, and lets the layout close the gap when hidden. */
    public static void set(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Gives a stage chip the style class of {@code stage} ("stage-getting-to-know"), dropping the previous one. */
    public static void stageStyle(Labeled chip, app.rapport.model.RelationshipStage stage) {
        chip.getStyleClass().removeIf(style -> style.startsWith("stage-") && !style.equals("stage-chip"));
        chip.getStyleClass().add("stage-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** An alert owned by the window {@code near} is in, so it opens over it and keyboard focus goes to it. */
    public static Alert alert(Node near, Alert.AlertType type, String title, String header, String text,
                              ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (near != null && near.getScene() != null && near.getScene().getWindow() != null) {
            alert.initOwner(near.getScene().getWindow());
        }
        return alert;
    }
}
