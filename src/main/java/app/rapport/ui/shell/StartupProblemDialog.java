package app.rapport.ui.shell;

import app.rapport.store.DatabaseProblem;
import app.rapport.ui.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Tells the user plainly why their database could not be opened (the file itself was not touched) and lets
 * them open another database, start a new one, or quit.
 */
public final class StartupProblemDialog {

    public enum Choice { OPEN_ANOTHER, CREATE_NEW, QUIT }

    private StartupProblemDialog() {
    }

    public static Choice ask(Texts texts, DatabaseProblem problem) {
        ButtonType openAnother = new ButtonType(texts.get("problem.openAnother"), ButtonBar.ButtonData.OK_DONE);
        ButtonType createNew = new ButtonType(texts.get("problem.createNew"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(texts.get("problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", openAnother, createNew, quit);
        alert.setTitle(texts.get("problem.title"));
        alert.setHeaderText(texts.get("problem.header." + problem.kind().name()));
        alert.setContentText(problem.getMessage() + "\n\n" + texts.get("problem.untouched", problem.file()));
        alert.getDialogPane().setMinWidth(600);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == openAnother) {
            return Choice.OPEN_ANOTHER;
        }
        return answer == createNew ? Choice.CREATE_NEW : Choice.QUIT;
    }
}
