package app.rapport.ui.shell;

import app.rapport.ui.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.ResourceBundle;

/**
 * F1 or Ctrl+/: every keyboard shortcut on one page, from the resource bundle ({@code shortcuts.N.keys} and
 * {@code shortcuts.N.what}, numbered from 1 in reading order), so the list and the translations stay together.
 */
final class ShortcutsOverlay extends Dialog<Void> {

    ShortcutsOverlay(Texts texts) {
        setTitle(texts.get("shortcuts.title"));
        setHeaderText(texts.get("shortcuts.header"));
        getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("shortcuts.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().getStyleClass().add("shortcuts-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        ResourceBundle bundle = texts.bundle();
        for (int n = 1; bundle.containsKey("shortcuts." + n + ".keys"); n++) {
            Label keys = new Label(bundle.getString("shortcuts." + n + ".keys"));
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(bundle.getString("shortcuts." + n + ".what"));
            what.setWrapText(true);
            keys.setLabelFor(what);
            grid.addRow(n - 1, keys, what);
        }
        getDialogPane().setContent(grid);
    }
}
