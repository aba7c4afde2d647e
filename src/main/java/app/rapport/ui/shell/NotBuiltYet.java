package app.rapport.ui.shell;

import app.rapport.ui.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a screen that is not built yet shows: plainly that, what it will do, and a way back to work. */
final class NotBuiltYet {

    private NotBuiltYet() {
    }

    static Node view(Texts texts, String screenKey, Runnable goToContacts) {
        Label title = new Label(texts.get("screen." + screenKey));
        title.getStyleClass().add("placeholder-title");
        Label status = new Label(texts.get("placeholder.notBuilt"));
        status.getStyleClass().add("placeholder-status");
        Label promise = new Label(texts.get("placeholder." + screenKey));
        promise.getStyleClass().add("placeholder-text");
        promise.setWrapText(true);
        promise.setMaxWidth(520);
        Button back = new Button(texts.get("placeholder.goToContacts"));
        back.setOnAction(event -> goToContacts.run());
        VBox box = new VBox(12, title, status, promise, back);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        box.setId("placeholder-" + screenKey);
        return box;
    }
}
