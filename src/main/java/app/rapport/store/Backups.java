package app.rapport.store;

import app.rapport.store.DatabaseProblem.Kind;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of Rapport databases kept in one folder, and restoring one of them.
 *
 * <p>A backup is a snapshot copied page by page with SQLite's online backup API ({@link Database#copyInto}; the app
 * waits for the copy only, a fraction of a second), under a temporary name in the folder. It is then written to disk
 * while it is opened read-only and must pass the full integrity check ({@link IntegrityCheck}), and only then is it
 * renamed to {@code rapport-backup-YYYYMMDD-HHMMSS.db} (UTC); one that fails is deleted and reported. Rotation keeps
 * the newest backups and deletes older ones; it only ever touches files named like a backup, never anything else in
 * the folder.
 *
 * <p>Restoring never deletes anything: the current file (and its {@code -wal}, {@code -shm}) is moved aside as
 * {@code <name>.before-restore-YYYYMMDD-HHMMSS}, and the backup is copied into place through a temporary file. A
 * backup that is not a healthy Rapport database this version can read is refused before anything is changed.
 */
public final class Backups {

    /** How many backups are kept unless the user says otherwise. */
    public static final int DEFAULT_KEEP = 10;

    private static final String PREFIX = "rapport-backup-";
    private static final Pattern NAME = Pattern.compile("rapport-backup-(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    /**
     * One backup file.
     *
     * @param taken         when it was taken, from its name (UTC)
     * @param size          its size in bytes
     * @param contacts      how many contacts it holds (0 when damaged)
     * @param schemaVersion its schema version (0 when damaged)
     * @param problem       why it cannot be read, or null when it can
     */
    public record Backup(Path file, Instant taken, long size, int contacts, int schemaVersion, String problem) {

        public boolean damaged() {
            return problem != null;
        }
    }

    /** A backup just made, how many backups the folder now keeps, and the old ones rotation deleted. */
    public record NewBackup(Backup backup, int kept, List<Path> removed) {
    }

    /** A restore done: the backup restored, the file it replaced, and where that file's previous content is kept. */
    public record Restored(Backup backup, Path target, Optional<Path> previous) {
    }

    public Path folder() {
        return folder;
    }

    /**
     * Backs up {@code database} into the folder (created if need be), verifies the copy, then keeps the newest
     * {@code keep} backups.
     *
     * @throws IOException when the copy cannot be written or fails its integrity check (it is then deleted)
     */
    public NewBackup backup(Database database, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("Keep at least 1 backup (asked to keep " + keep + ")");
        }
        Files.createDirectories(folder);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String stamp = STAMP.format(now);
        Backup copied = copyVerified(database, freeName(stamp));
        Backup backup = new Backup(copied.file(), now.toInstant(ZoneOffset.UTC), copied.size(), copied.contacts(),
                copied.schemaVersion(), null);
        List<Path> removed = rotate(keep);
        return new NewBackup(backup, backupFiles().size(), removed);
    }

    /**
     * Writes a copy of {@code database} to the new file {@code target} and keeps it only once it passes the full
     * integrity check: written under a temporary name beside the target, synced and checked, then renamed.
     *
     * @throws IOException when the copy cannot be written or fails its check (nothing is left behind), or when
     *                     {@code target} already exists
     */
    public static Backup copyVerified(Database database, Path target) throws IOException {
        Path into = target.toAbsolutePath();
        if (Files.exists(into)) {
            throw new IOException(into + " already exists.");
        }
        Files.createDirectories(into.getParent());
        // an empty file is a valid target for the copy; the name does not match NAME, so rotation never sees it
        Path partial = Files.createTempFile(into.getParent(), "." + into.getFileName() + "-", ".partial");
        boolean done = false;
        try {
            try {
                database.copyInto(partial);
            } catch (StoreException e) {
                throw new IOException("Copying " + database.file() + " failed: " + e.getMessage(), e);
            }
            // the disk writes the copy while it is checked: both must be done before it is renamed
            Future<Void> synced = SideThread.start("backup sync", () -> {
                SafeWrite.force(partial);
                return null;
            });
            Backup checked;
            try {
                checked = read(partial, true);
            } finally {
                SideThread.await(synced, IOException.class);
            }
            if (checked.damaged()) {
                throw new IOException("The copy of " + database.file() + " failed its check (" + checked.problem()
                        + "); it was deleted.");
            }
            move(partial, into);
            SafeWrite.syncFolder(into.getParent());
            done = true;
            return new Backup(into, null, Files.size(into), checked.contacts(), checked.schemaVersion(), null);
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** Keeps the newest {@code keep} backups and deletes the older ones; returns the deleted files. */
    public List<Path> rotate(int keep) throws IOException {
        List<Named> files = backupFiles();
        List<Path> removed = new ArrayList<>();
        for (Named old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(old.file);
            removed.add(old.file);
        }
        return removed;
    }

    /**
     * The backups in the folder, newest first, each with its contact count read from the file. A file that cannot
     * be read is listed as {@link Backup#damaged() damaged}. (This reads each file but does not run the full
     * integrity check; {@link #verify} does.)
     */
    public List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        for (Named named : backupFiles()) {
            Backup read = read(named.file, false);
            backups.add(new Backup(read.file(), named.taken, read.size(), read.contacts(), read.schemaVersion(),
                    read.problem()));
        }
        return backups;
    }

    /** The newest backup that can be read, if any. */
    public Optional<Backup> latest() throws IOException {
        return list().stream().filter(b -> !b.damaged()).findFirst();
    }

    /** Whether a new backup is due: there is none that can be read, or the newest is older than {@code maxAge}. */
    public boolean due(Duration maxAge) throws IOException {
        return latest().map(b -> b.taken().isBefore(clock.instant().minus(maxAge))).orElse(true);
    }

    // ------------------------------------------------------------------------------------------------- restoring

    /**
     * Checks that {@code file} is a healthy Rapport database this version can read: Rapport's own checks on opening,
     * then the full integrity check ({@link IntegrityCheck}). Nothing is written.
     *
     * @throws DatabaseProblem saying what is wrong with it
     */
    public static Backup verify(Path file) throws DatabaseProblem {
        Path absolute = file.toAbsolutePath();
        Database.checkBeforeFullCheck(absolute); // the full check below includes the quick one
        Backup read = read(absolute, true);
        if (read.damaged()) {
            boolean notRapport = read.problem().startsWith("not a Rapport");
            throw new DatabaseProblem(notRapport ? Kind.NOT_RAPPORT : Kind.CORRUPT, absolute,
                    absolute.getFileName() + " is " + (notRapport ? "" : "damaged: ") + read.problem() + ".", null);
        }
        Instant taken = takenFromName(absolute.getFileName().toString());
        return new Backup(absolute, taken, read.size(), read.contacts(), read.schemaVersion(), null);
    }

    /** {@link #restore(Path, Path, Clock)} with the system clock. */
    public static Restored restore(Path backup, Path target) throws DatabaseProblem, IOException {
        return restore(backup, target, Clock.systemUTC());
    }

    /**
     * Replaces the database file {@code target}, which must not be open, with the backup {@code backup}. The backup is
     * verified first; when it is refused, nothing changes. The current file, with its {@code -wal} and {@code -shm},
     * is kept as {@code <name>.before-restore-YYYYMMDD-HHMMSS} (never deleted).
     *
     * @throws DatabaseProblem when the backup is not a healthy Rapport database this version can read
     * @throws IOException     when the files cannot be moved or copied (what was moved aside is moved back)
     */
    public static Restored restore(Path backup, Path target, Clock clock) throws DatabaseProblem, IOException {
        Backup verified = verify(backup);
        Path into = target.toAbsolutePath();
        if (Files.isDirectory(into)) {
            throw new IOException(into + " is a folder, not a database file.");
        }
        if (Files.exists(into) && Files.isSameFile(verified.file(), into)) {
            throw new IOException(verified.file() + " is the database itself; pick a backup to restore.");
        }
        Path parent = into.getParent();
        Files.createDirectories(parent);
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));

        Path partial = Files.createTempFile(parent, "." + into.getFileName() + ".restoring-", ".partial");
        try {
            Files.copy(verified.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            SafeWrite.force(partial);

            Path aside = null;
            List<Path[]> moved = new ArrayList<>();
            if (Files.exists(into) || sideFilesExist(into)) {
                aside = freeAsideName(into, stamp);
                try {
                    moveIfExists(into, aside, moved);
                    for (String suffix : Database.COMPANION_SUFFIXES) {
                        moveIfExists(sibling(into, suffix), sibling(aside, suffix), moved);
                    }
                } catch (IOException e) {
                    moveBack(moved, e);
                    throw new IOException("Cannot move " + into + " aside: " + e.getMessage(), e);
                }
            }
            try {
                move(partial, into);
            } catch (IOException e) {
                moveBack(moved, e);
                throw new IOException("Cannot put the backup in place of " + into + ": " + e.getMessage(), e);
            }
            SafeWrite.syncFolder(parent);
            return new Restored(verified, into,
                    Optional.ofNullable(aside).filter(Files::exists));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A file size for people: 212 KB, 3.4 MB. */
    public static String readableSize(long bytes) {
        if (bytes < 1024L * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private record Named(Path file, Instant taken, int sequence) {
    }

    /** The files in the folder named like a backup, newest first. */
    private List<Named> backupFiles() throws IOException {
        List<Named> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Instant taken = takenFromName(name);
                if (taken != null && Files.isRegularFile(entry)) {
                    Matcher m = NAME.matcher(name);
                    m.matches();
                    files.add(new Named(entry, taken, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                }
            }
        }
        files.sort(Comparator.comparing(Named::taken).thenComparingInt(Named::sequence).reversed());
        return files;
    }

    private static Instant takenFromName(String name) {
        Matcher m = NAME.matcher(name);
        if (m.matches()) {
            try {
                return LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** rapport-backup-STAMP.db, or -2, -3 ... when backups are taken within the same second. */
    private Path freeName(String stamp) {
        Path candidate = folder.resolve(PREFIX + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(PREFIX + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    private static Path freeAsideName(Path target, String stamp) {
        Path candidate = sibling(target, ".before-restore-" + stamp);
        for (int n = 2; Files.exists(candidate) || sideFilesExist(candidate); n++) {
            candidate = sibling(target, ".before-restore-" + stamp + "-" + n);
        }
        return candidate;
    }

    private static boolean sideFilesExist(Path file) {
        for (String suffix : Database.COMPANION_SUFFIXES) {
            if (Files.exists(sibling(file, suffix))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code file} read-only: its application id, schema version and contact count and, when {@code full},
     * the verdict of the full integrity check ({@link IntegrityCheck}). A file that cannot be read comes back with its
     * problem.
     */
    static Backup read(Path file, boolean full) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return new Backup(file, null, 0, 0, 0, "cannot be read: " + e.getMessage());
        }
        if (size == 0) {
            return new Backup(file, null, 0, 0, 0, "not a Rapport database (the file is empty)");
        }
        try (Connection c = Database.openReadOnly(file); Statement s = c.createStatement()) {
            int applicationId = intQuery(s, "PRAGMA application_id");
            int version = intQuery(s, "PRAGMA user_version");
            if (applicationId != Database.APPLICATION_ID || version < 1) {
                return new Backup(file, null, size, 0, 0, "not a Rapport database");
            }
            if (full) {
                List<String> findings = IntegrityCheck.of(file);
                if (!findings.isEmpty()) {
                    return new Backup(file, null, size, 0, version, "integrity check: "
                            + String.join("; ", findings));
                }
            }
            int contacts = intQuery(s, "SELECT count(*) FROM contact");
            return new Backup(file, null, size, contacts, version, null);
        } catch (SQLException e) {
            return new Backup(file, null, size, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static int intQuery(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void moveIfExists(Path from, Path to, List<Path[]> moved) throws IOException {
        if (Files.exists(from)) {
            move(from, to);
            moved.add(new Path[] {from, to});
        }
    }

    private static void moveBack(List<Path[]> moved, IOException failure) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            try {
                Files.move(moved.get(i)[1], moved.get(i)[0], StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
