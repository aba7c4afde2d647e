package app.rapport;

import app.rapport.store.Database;
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
 * is told why and may open another file or start a new one, which is opened off the JavaFX thread.
 * On exit, work already handed to the background (a save the user asked for) finishes before the database closes.
 */
public final class RapportApp extends Application {

    /** Exit status when the user quits after the database could not be opened. */
    static final int EXIT_DATABASE_PROBLEM = 2;
    private static final long SECONDS_TO_FINISH_WORK = 30;

    private static volatile Startup startup;
    private static volatile int exitCode;

    private final Background background = Background.singleThread();
    private volatile Database database;

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
            database = result.database();
            MainWindow window = MainWindow.create(database, Startup.preferences(), background,
                    Clock.systemDefaultZone());
            window.context().navigator().onOpenLink(getHostServices()::showDocument);
            window.showOn(stage, database.file().getFileName().toString());
            Platform.setImplicitExit(true);
            return;
        }
        // no window is open while the user decides and the file opens: don't let JavaFX take that for "quit"
        Platform.setImplicitExit(false);
        Texts texts = Texts.load();
        StartupProblemDialog.Choice choice = StartupProblemDialog.ask(texts, result.problem());
        if (choice == StartupProblemDialog.Choice.QUIT) {
            exitCode = EXIT_DATABASE_PROBLEM;
            Platform.exit();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("problem.fileType"), "*.db", "*.sqlite", "*.rapport"),
                new FileChooser.ExtensionFilter(texts.get("problem.anyFile"), "*"));
        File file;
        if (choice == StartupProblemDialog.Choice.OPEN_ANOTHER) {
            chooser.setTitle(texts.get("problem.chooseFile"));
            file = chooser.showOpenDialog(null);
        } else {
            chooser.setTitle(texts.get("problem.newFile"));
            chooser.setInitialFileName("rapport.db");
            file = chooser.showSaveDialog(null);
        }
        if (file == null) {
            proceed(stage, result);
            return;
        }
        background.run(() -> Startup.open(file.toPath()), next -> proceed(stage, next));
    }

    @Override
    public void stop() throws Exception {
        background.finish(SECONDS_TO_FINISH_WORK);
        if (database != null) {
            database.close();
        }
    }
}
