package app.rapport;

import app.rapport.model.Theme;
import app.rapport.service.Safekeeping;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.ui.Background;
import app.rapport.ui.DatabaseFiles;
import app.rapport.ui.Navigator;
import app.rapport.ui.Texts;
import app.rapport.ui.Themes;
import app.rapport.ui.shell.MainWindow;
import app.rapport.ui.shell.StartupProblemDialog;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.time.Clock;
import java.util.function.Function;

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
    private volatile DatabaseLock lock;
    private volatile Thread dailyBackup;
    private volatile Theme theme = Theme.LIGHT;

    static void begin(Startup opened) {
        startup = opened;
    }

    static int exitCode() {
        return exitCode;
    }

    /** Runs on the JavaFX launcher thread, not the FX thread: the one place the theme is read from disk. */
    @Override
    public void init() {
        theme = Startup.preferences().load().theme();
    }

    @Override
    public void start(Stage stage) {
        Themes.apply(theme);
        proceed(stage, startup);
    }

    private void proceed(Stage stage, Startup result) {
        if (result.opened()) {
            database = result.database();
            lock = result.lock();
            Places places = result.places();
            Clock clock = Clock.systemDefaultZone();
            Safekeeping safekeeping = new Safekeeping(database, places.backupFolder(), places.backupsToKeep(), clock);
            MainWindow window = MainWindow.create(database, Startup.preferences(), background, clock, safekeeping);
            Navigator navigator = window.context().navigator();
            navigator.onOpenLink(getHostServices()::showDocument);
            // a restore or a move closes this window's database: unsaved edits are asked about first, and the
            // backups go where the preferences say now (they may have changed since start)
            navigator.onRestoreBackup(backup -> window.shell().confirmClose(() -> reopen(stage, window,
                    current(places, safekeeping), now -> Startup.restore(now, backup))));
            navigator.onMoveDatabase(target -> window.shell().confirmClose(() -> reopen(stage, window,
                    current(places, safekeeping), now -> DatabaseMove.move(now, target))));
            window.showOn(stage, database.file().getFileName().toString());
            Platform.setImplicitExit(true);
            if (result.notice() != null) {
                window.context().notifications().show(result.notice());
            }
            if (places.automaticBackups()) {
                dailyBackup = DailyBackup.startIfDue(safekeeping, window.context().texts(),
                        window.context().notifications());
            }
            return;
        }
        // no window is open while the user decides and the file opens: don't let JavaFX take that for "quit"
        Platform.setImplicitExit(false);
        Texts texts = Texts.load();
        StartupProblemDialog.Choice choice = StartupProblemDialog.ask(texts, result.problem(),
                result.backupToOffer());
        if (choice == StartupProblemDialog.Choice.QUIT) {
            exitCode = EXIT_DATABASE_PROBLEM;
            Platform.exit();
            return;
        }
        if (choice == StartupProblemDialog.Choice.RESTORE_BACKUP) {
            background.run(() -> Startup.restore(result.places(), result.goodBackup()), next -> proceed(stage, next));
            return;
        }
        File file;
        if (choice == StartupProblemDialog.Choice.OPEN_ANOTHER) {
            file = DatabaseFiles.chooser(texts, texts.get("problem.chooseFile")).showOpenDialog(null);
        } else {
            FileChooser chooser = DatabaseFiles.chooser(texts, texts.get("problem.newFile"));
            chooser.setInitialFileName("rapport.db");
            file = chooser.showSaveDialog(null);
        }
        if (file == null) {
            proceed(stage, result);
            return;
        }
        background.run(() -> Startup.open(result.places().withDatabaseFile(file.toPath()), false),
                next -> proceed(stage, next));
    }

    /**
     * Closes the open database (after the work already queued) and opens what {@code next} gives in its place, in a
     * new window on the same stage; a problem there leads to the same choices as at start.
     */
    private void reopen(Stage stage, MainWindow window, Places places, Function<Places, Startup> next) {
        Platform.setImplicitExit(false);
        window.scene().getRoot().setDisable(true); // no edits into a database about to close
        background.run(() -> {
            awaitDailyBackup();
            closeDatabase();
            return next.apply(places);
        }, startup -> proceed(stage, startup), failure -> {
            // not expected (the steps report their problems in the outcome), but never leave a window on nothing
            background.run(() -> Startup.open(places, false), startup -> proceed(stage, startup));
        });
    }

    private Places current(Places places, Safekeeping safekeeping) {
        return places.withBackups(safekeeping.folder(), safekeeping.keep());
    }

    private void awaitDailyBackup() throws InterruptedException {
        Thread backup = dailyBackup;
        if (backup != null) {
            backup.join(SECONDS_TO_FINISH_WORK * 1000);
        }
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    @Override
    public void stop() throws Exception {
        awaitDailyBackup();
        background.finish(SECONDS_TO_FINISH_WORK);
        closeDatabase();
    }
}
