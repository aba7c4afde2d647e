package app.rapport;

import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import app.rapport.store.PreferencesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The outcome of opening the database at start: an open database, or the problem that stopped it (not both). */
public record Startup(Database database, DatabaseProblem problem) {

    public boolean opened() {
        return database != null;
    }

    public static Startup open(CommandLine commandLine, DataFolder dataFolder) {
        Path file = commandLine.databaseFile(dataFolder);
        try {
            return new Startup(commandLine.demo() ? openDemo(file) : Database.open(file), null);
        } catch (DatabaseProblem problem) {
            return new Startup(null, problem);
        }
    }

    /** The user's preferences file, in their data folder whichever database is open. */
    public static PreferencesFile preferences() {
        return new PreferencesFile(DataFolder.forThisUser().path().resolve("preferences.properties"));
    }

    /** Opens {@code file}; used again when the user picks another file after a problem. */
    public static Startup open(Path file) {
        try {
            return new Startup(Database.open(file), null);
        } catch (DatabaseProblem problem) {
            return new Startup(null, problem);
        }
    }

    /** The demo always starts fresh, so every newcomer sees the same lively network. */
    private static Database openDemo(Path file) throws DatabaseProblem {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.CANNOT_OPEN, file,
                    "Cannot recreate the demo file " + file + ": " + e.getMessage(), e);
        }
        Database database = Database.open(file);
        Clock clock = Clock.systemDefaultZone();
        // one transaction: one sync to disk instead of hundreds, and no half-made demo
        database.transaction(connection -> DemoNetwork.populate(new ContactBook(database, clock), clock));
        return database;
    }
}
