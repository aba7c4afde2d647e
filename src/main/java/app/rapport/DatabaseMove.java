package app.rapport;

import app.rapport.model.Preferences;
import app.rapport.store.Backups;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.store.DatabaseProblem;
import app.rapport.store.PreferencesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the user's database to another file (Preferences → Data file → Move…), with the app's database closed:
 * a copy is written beside the target and kept only once it passes the full integrity check, the preferences then
 * name the new file, and only after that is the old file (with its journal and lock files) deleted. When anything
 * fails before the preferences are saved, the old file is opened again untouched and the user is told why.
 */
final class DatabaseMove {

    private DatabaseMove() {
    }

    static Startup move(Places places, Path target) {
        return move(places, target, Startup.preferences());
    }

    static Startup move(Places places, Path target, PreferencesFile preferencesFile) {
        Path from = places.databaseFile();
        Path to = target.toAbsolutePath();
        if (!places.remembered()) {
            return Startup.open(places, false).withNotice("The database was not moved: Move is for the database "
                    + "Rapport opens by default, and this one was opened with --db, --demo or Open another.");
        }
        try (DatabaseLock lock = DatabaseLock.acquire(from); Database database = Database.open(from)) {
            Backups.copyVerified(database, to);
        } catch (DatabaseProblem | IOException | RuntimeException e) {
            return Startup.open(places, false).withNotice("The database was not moved: " + e.getMessage());
        }
        try {
            Preferences preferences = preferencesFile.load();
            preferencesFile.save(preferences.withDatabaseFile(to));
        } catch (RuntimeException e) {
            deleteQuietly(to);
            return Startup.open(places, false).withNotice("The database was not moved: " + e.getMessage());
        }
        String notice = "Your database is now " + to + ".";
        List<Path> oldFiles = new ArrayList<>(Database.filesOf(from));
        oldFiles.add(DatabaseLock.fileFor(from));
        for (Path old : oldFiles) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                notice = "Your database is now " + to + "; the old file " + old + " could not be deleted ("
                        + e.getMessage() + ").";
            }
        }
        return Startup.open(places.movedTo(to), false).withNotice(notice);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the copy stays; the old file is still the database
        }
    }
}
