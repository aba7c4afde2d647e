package app.rapport.service;

import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Backups.NewBackup;
import app.rapport.store.Database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the open database safe: backups into the user's backups folder (verified, rotated to the number they chose),
 * made on request, once a day at start and before every import, and the list to restore from. The folder and count
 * follow the preferences and may change while the app runs. One backup at a time; the calls read and write files,
 * so they run off the JavaFX thread.
 */
public final class Safekeeping {

    /** A backup is made at start when the newest is older than this. */
    public static final Duration DAILY = Duration.ofDays(1);

    private final Database database;
    private final Clock clock;
    private volatile Path folder;
    private volatile int keep;

    public Safekeeping(Database database, Path folder, int keep, Clock clock) {
        this.database = database;
        this.clock = clock;
        keepIn(folder, keep);
    }

    /** From now on, backups go to {@code newFolder} and the newest {@code newKeep} are kept. */
    public void keepIn(Path newFolder, int newKeep) {
        if (newKeep < 1) {
            throw new IllegalArgumentException("Keep at least 1 backup");
        }
        this.folder = newFolder.toAbsolutePath();
        this.keep = newKeep;
    }

    public Path folder() {
        return folder;
    }

    public int keep() {
        return keep;
    }

    public Path databaseFile() {
        return database.file();
    }

    /** Backs up now: verified, then the oldest beyond the number to keep are removed. */
    public synchronized NewBackup backUp() throws IOException {
        return backups().backup(database, keep);
    }

    /** Backs up when the newest backup is older than {@code maxAge} (or there is none); empty when none was due. */
    public synchronized Optional<NewBackup> backUpIfDue(Duration maxAge) throws IOException {
        Backups backups = backups();
        return backups.due(maxAge) ? Optional.of(backups.backup(database, keep)) : Optional.empty();
    }

    /** The backups in the folder, newest first, each with its contact count (damaged ones marked). */
    public List<Backup> list() throws IOException {
        return backups().list();
    }

    private Backups backups() {
        return new Backups(folder, clock);
    }
}
