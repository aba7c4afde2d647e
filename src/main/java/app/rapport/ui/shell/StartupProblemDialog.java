package app.rapport.ui.shell;

import app.rapport.store.Backups.Backup;
import app.rapport.store.DatabaseProblem;
import app.rapport.ui.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the user plainly why their database could not be opened (the file itself was not touched) and lets them
 * restore the newest good backup (when there is one), open another database, start a new one, or quit.
 */
public final class StartupProblemDialog {

    public enum Choice { RESTORE_BACKUP, OPEN_ANOTHER, CREATE_NEW, QUIT }

    private StartupProblemDialog() {
    }

    public static Choice ask(Texts texts, DatabaseProblem problem, Optional<Backup> backup) {
        Map<ButtonType, Choice> choices = new LinkedHashMap<>();
        Alert alert = build(texts, problem, backup, choices);
        return alert.showAndWait().map(choices::get).orElse(Choice.QUIT);
    }

    /** The dialog, not yet shown, with the choice each of its buttons stands for put in {@code choices}. */
    static Alert build(Texts texts, DatabaseProblem problem, Optional<Backup> backup,
                       Map<ButtonType, Choice> choices) {
        backup.ifPresent(b -> choices.put(new ButtonType(texts.get("problem.restoreBackup", b.taken() == null
                ? b.file().getFileName().toString()
                : texts.date(b.taken().atZone(ZoneId.systemDefault()).toLocalDate())), ButtonBar.ButtonData.OK_DONE),
                Choice.RESTORE_BACKUP));
        choices.put(new ButtonType(texts.get("problem.openAnother"),
                backup.isPresent() ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.OK_DONE), Choice.OPEN_ANOTHER);
        choices.put(new ButtonType(texts.get("problem.createNew"), ButtonBar.ButtonData.OTHER), Choice.CREATE_NEW);
        choices.put(new ButtonType(texts.get("problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE), Choice.QUIT);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", choices.keySet().toArray(ButtonType[]::new));
        alert.setTitle(texts.get("problem.title"));
        alert.setHeaderText(texts.get("problem.header." + problem.kind().name()));
        String content = problem.getMessage() + "\n\n" + texts.get("problem.untouched", problem.file());
        if (backup.isPresent()) {
            content += "\n\n" + texts.get("problem.backupOffer", backup.get().taken() == null
                    ? backup.get().file().getFileName().toString() : texts.dateTime(backup.get().taken()),
                    backup.get().contacts(), backup.get().file());
        }
        alert.setContentText(content);
        alert.getDialogPane().setMinWidth(640);
        return alert;
    }
}
