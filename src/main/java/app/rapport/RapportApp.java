package app.rapport;

import app.rapport.ui.Background;
import app.rapport.ui.Texts;
import app.rapport.ui.shell.MainWindow;
import app.rapport.ui.shell.StartupProblemDialog;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.time.Clock;

/**
 * The JavaFX application. The database was opened by {@link Launcher} before the window; when that failed the user
 * is told why and may pick another file, which is opened off the JavaFX thread.
 */
public final class RapportApp extends Application {

    /** Exit status when the user quits after the database could not be opened. */
    static final int EXIT_DATABASE_PROBLEM = 2;

    private static volatile Startup startup;
    private static volatile int exitCode;

    private final Background background = Background.singleThread();

    static void begin(Startup opened) {
        startup = opened;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        proceed(stage, startup);
    }

    private void proceed(Stage stage, Startup result) {
        if (result.opened()) {
            MainWindow.create(result.database(), background, Clock.systemDefaultZone())
                    .showOn(stage, result.database().file().getFileName().toString());
            return;
        }
        Texts texts = Texts.load();
        if (StartupProblemDialog.ask(texts, result.problem()) == StartupProblemDialog.Choice.QUIT) {
            exitCode = EXIT_DATABASE_PROBLEM;
            Platform.exit();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("problem.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("problem.fileType"), "*.db", "*.sqlite", "*.rapport"),
                new FileChooser.ExtensionFilter(texts.get("problem.anyFile"), "*"));
        File file = chooser.showSaveDialog(null);
        if (file == null) {
            proceed(stage, result);
            return;
        }
        background.run(() -> Startup.open(file.toPath()), next -> proceed(stage, next));
    }
}
