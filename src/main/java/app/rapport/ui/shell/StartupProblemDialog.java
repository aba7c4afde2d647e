package app.rapport.ui.shell;

import app.rapport.store.DatabaseProblem;
import app.rapport.ui.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Tells the user plainly why their database could not be opened (the file itself was not touched) and lets
 * them open another file or quit.
 */
public final class StartupProblemDialog {

    public enum Choice { OPEN_ANOTHER, QUIT }

    private StartupProblemDialog() {
    }

    public static Choice ask(Texts texts, DatabaseProblem problem) {
        ButtonType openAnother = new ButtonType(texts.get("problem.openAnother"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(texts.get("problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", openAnother, quit);
        alert.setTitle(texts.get("problem.title"));
        alert.setHeaderText(texts.get("problem.header." + problem.kind().name()));
        alert.setContentText(problem.getMessage() + "\n\n" + texts.get("problem.untouched", problem.file()));
        alert.getDialogPane().setMinWidth(560);
        return alert.showAndWait().orElse(quit) == openAnother ? Choice.OPEN_ANOTHER : Choice.QUIT;
    }
}
