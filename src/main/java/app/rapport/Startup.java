package app.rapport;

import app.rapport.model.Preferences;
import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.store.DatabaseProblem;
import app.rapport.store.PreferencesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The outcome of opening the database at start, off the JavaFX thread: either an open database with this window's
 * {@link DatabaseLock} on it, or the problem that stopped it together with the newest backup that passed its check
 * (when there is one), so the user can be offered to restore it. The file with the problem is never written to.
 *
 * {@code notice} is something to tell the user once the window is open (a move that could not be done), or null.
 *
 * <p>A file made by an older Rapport is backed up (verified) into the backups folder before it is upgraded.
 */
public record Startup(Places places, Database database, DatabaseLock lock, DatabaseProblem problem,
                      Backup goodBackup, String notice) {

    public Startup(Places places, Database database, DatabaseLock lock, DatabaseProblem problem, Backup goodBackup) {
        this(places, database, lock, problem, goodBackup, null);
    }

    /** The same outcome, with something to tell the user once the window is open. */
    public Startup withNotice(String text) {
        return new Startup(places, database, lock, problem, goodBackup, text);
    }

    public boolean opened() {
        return database != null;
    }

    /** Closes the database and releases the lock (for tests and tools; the app closes them on exit). */
    public void close() {
        if (database != null) {
            database.close();
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** The newest backup that passed its check, when the database could not be opened. */
    public Optional<Backup> backupToOffer() {
        return Optional.ofNullable(goodBackup);
    }

    /** Opens what the command line asks for, in the places the user's preferences give. */
    public static Startup open(CommandLine line, DataFolder dataFolder) {
        Preferences preferences = preferences(dataFolder).load();
        Places places = Places.of(line, dataFolder, preferences);
        Path file = places.databaseFile();
        if (places.remembered() && preferences.databaseFile() != null && !Files.exists(file)) {
            // a database moved elsewhere (another disk, a synced folder) is never silently recreated empty
            return new Startup(places, null, null, new DatabaseProblem(DatabaseProblem.Kind.CANNOT_OPEN, file,
                    "Your database " + file + " is not there. If it is on a disk or in a synced folder, connect it "
                            + "and start Rapport again.", null), newestGoodBackup(places).orElse(null));
        }
        return open(places, line.demo());
    }

    public static Startup open(Places places, boolean demo) {
        Path file = places.databaseFile();
        DatabaseLock lock;
        try {
            lock = DatabaseLock.acquire(file);
        } catch (DatabaseProblem problem) {
            return new Startup(places, null, null, problem, null);
        }
        try {
            Database database = demo ? openDemo(file) : Database.open(file, backupBeforeUpgrade(places));
            return new Startup(places, database, lock, null, null);
        } catch (DatabaseProblem problem) {
            lock.close();
            return new Startup(places, null, null, problem, offersBackup(places, problem)
                    ? newestGoodBackup(places).orElse(null) : null);
        }
    }

    /**
     * A backup is offered for the database Rapport opens by default (not one given with --db: the backups folder is
     * that database's) when the file is damaged, not a database, or from a newer Rapport.
     */
    private static boolean offersBackup(Places places, DatabaseProblem problem) {
        return places.automaticBackups() && places.remembered()
                && switch (problem.kind()) {
                    case CORRUPT, NOT_A_DATABASE, NEWER_VERSION -> true;
                    case NOT_RAPPORT, CANNOT_OPEN, IN_USE -> false;
                };
    }


    /**
     * Puts {@code backup} in place of the database file (which is kept beside it, renamed) and opens it.
     * When the restore itself fails, the outcome says why and offers the same backup again.
     */
    public static Startup restore(Places places, Backup backup) {
        String refusal = null;
        try (DatabaseLock lock = DatabaseLock.acquire(places.databaseFile())) {
            Backups.restore(backup.file(), places.databaseFile());
        } catch (DatabaseProblem | IOException e) {
            refusal = "The backup was not restored: " + e.getMessage();
        }
        // after a refusal nothing was replaced: the database as it was opens again (when it can), and says why
        Startup opened = open(places, false);
        return refusal != null && opened.opened() ? opened.withNotice(refusal) : opened;
    }

    /** A verified backup into the user's backups folder, made before a file from an older Rapport is upgraded. */
    public static Database.BeforeUpgrade backupBeforeUpgrade(Places places) {
        return (database, fromVersion) -> new Backups(places.backupFolder(), Clock.systemUTC())
                .backup(database, places.backupsToKeep());
    }

    /** The user's preferences file, in their data folder whichever database is open. */
    public static PreferencesFile preferences() {
        return preferences(DataFolder.forThisUser());
    }

    public static PreferencesFile preferences(DataFolder dataFolder) {
        return new PreferencesFile(dataFolder.path().resolve("preferences.properties"));
    }

    /** The newest backup in the folder that passes the full check; older ones are tried when the newest fails. */
    static Optional<Backup> newestGoodBackup(Places places) {
        try {
            for (Backup listed : new Backups(places.backupFolder(), Clock.systemUTC()).list()) {
                if (!listed.damaged()) {
                    try {
                        return Optional.of(Backups.verify(listed.file()));
                    } catch (DatabaseProblem damaged) {
                        // try the next older one
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("Rapport: cannot read the backups in " + places.backupFolder() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The demo always starts fresh, so every newcomer sees the same lively network. */
    private static Database openDemo(Path file) throws DatabaseProblem {
        try {
            for (Path part : Database.filesOf(file)) {
                Files.deleteIfExists(part);
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
