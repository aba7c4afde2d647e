package app.rapport.ui.today;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One line of the Today screen: a flat button (so Tab reaches it and Enter or Space opens it) with what it is
 * about and a muted second line, and room for a mark or an action beside it. Lines do not wrap (a wrapping label
 * inside a button asks for its height at no width): a long one ends in an ellipsis, and the full text is the
 * button's tooltip and accessible text.
 */
final class TodayRow {

    private TodayRow() {
    }

    static HBox of(String main, String detail, Runnable open, Node... extras) {
        Label title = new Label(main);
        title.getStyleClass().add("today-row-title");
        Label sub = new Label(detail);
        sub.getStyleClass().add("today-row-detail");
        VBox text = new VBox(1, title, sub);
        Button button = new Button();
        button.setGraphic(text);
        button.getStyleClass().add("today-row-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setAccessibleText(main + ". " + detail);
        button.setTooltip(new javafx.scene.control.Tooltip(main + "\n" + detail));
        button.setMinWidth(0);
        button.setOnAction(event -> open.run());
        HBox.setHgrow(button, Priority.ALWAYS);
        HBox row = new HBox(6, button);
        row.getChildren().addAll(extras);
        for (Node extra : extras) {
            if (extra instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        row.getStyleClass().add("today-row");
        return row;
    }
}
