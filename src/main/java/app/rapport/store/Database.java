package app.rapport.store;

import app.rapport.store.DatabaseProblem.Kind;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * One Rapport database file: opened safely, migrated to the current schema, and the home of the DAOs.
 *
 * <p>Opening first inspects the file on a read-only connection. A file that is not SQLite, is another program's
 * database, fails the integrity check, or was written by a newer Rapport is refused with a {@link DatabaseProblem}
 * and its bytes are left untouched. Only then is it opened for writing with the pragmas of DESIGN.md
 * (foreign keys, WAL, synchronous=FULL, a busy timeout) and migrated, each script in its own transaction.
 *
 * <p>One connection serves the whole app; all access is serialised on this object, and the app runs its
 * database work on a single background executor.
 */
public final class Database implements AutoCloseable {

    /** Marks a SQLite file as Rapport's ({@code PRAGMA application_id}): "Rapp" in ASCII. */
    public static final int APPLICATION_ID = 0x52617070;
    /**
     * The files SQLite keeps beside a database file: its write-ahead log, its shared memory and (after a crash in
     * rollback mode) its journal. They belong with the file wherever it is moved, restored or deleted.
     */
    public static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5000;
    /** How long a copy waits, and how many times, when the file is busy (another process writing it). */
    private static final int BACKUP_BUSY_SLEEP_MS = 100;
    private static final int BACKUP_BUSY_TRIES = 50;

    private final Path file;
    private final Connection connection;
    private int transactionDepth;

    private final ContactDao contacts;
    private final ImpressionDao impressions;
    private final InteractionDao interactions;
    private final StageHistoryDao stageHistory;
    private final RelationshipDao relationships;
    private final IntroductionDao introductions;
    private final MeetingDao meetings;
    private final SuggestionDao suggestions;
    private final AgendaDao agenda;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.contacts = new SqliteContactDao(this);
        this.impressions = new SqliteImpressionDao(this);
        this.interactions = new SqliteInteractionDao(this);
        this.stageHistory = new SqliteStageHistoryDao(this);
        this.relationships = new SqliteRelationshipDao(this);
        this.introductions = new SqliteIntroductionDao(this);
        this.meetings = new SqliteMeetingDao(this);
        this.suggestions = new SqliteSuggestionDao(this);
        this.agenda = new SqliteAgendaDao(this);
    }

    /**
     * What to do before a file made by an older Rapport is upgraded to this version's schema: the automatic backup.
     * It gets the open, not yet upgraded database and the schema version it is at.
     */
    @FunctionalInterface
    public interface BeforeUpgrade {
        void run(Database database, int fromVersion) throws IOException;
    }

    /** Opens (creating if needed) the Rapport database at {@code file}, migrated to the current schema. */
    public static Database open(Path file) throws DatabaseProblem {
        return open(file, (database, fromVersion) -> { });
    }

    /**
     * Opens (creating if needed) the Rapport database at {@code file}, migrated to the current schema; when the file
     * is at an older schema, {@code beforeUpgrade} runs first, and if it fails nothing is upgraded.
     */
    public static Database open(Path file, BeforeUpgrade beforeUpgrade) throws DatabaseProblem {
        Path absolute = file.toAbsolutePath();
        boolean existing = Files.exists(absolute);
        if (existing) {
            inspect(absolute, true);
        } else {
            try {
                Path parent = absolute.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute,
                        "Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
            }
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(absolute, false), writableConfig().toProperties());
        } catch (SQLException e) {
            throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute, "Cannot open " + absolute + ": " + e.getMessage(), e);
        }
        Database database = new Database(absolute, connection);
        try {
            database.migrate(beforeUpgrade);
        } catch (IOException e) {
            database.close();
            throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute, "Rapport has to upgrade " + absolute.getFileName()
                    + " for this version but could not back it up first, so nothing was changed: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            database.close();
            throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute,
                    "Cannot prepare " + absolute + " for Rapport: " + rootMessage(e), e);
        }
        return database;
    }

    /**
     * Checks, without writing a byte, that the existing {@code file} is a Rapport database this app can read: the
     * checks {@link #open} makes before it writes anything, but for {@code PRAGMA quick_check}, which the caller
     * replaces with the full integrity check ({@link IntegrityCheck}).
     *
     * @throws DatabaseProblem saying why not: missing, not a database, another program's, unreadable, or newer
     */
    static void checkBeforeFullCheck(Path file) throws DatabaseProblem {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute, absolute + " does not exist.", null);
        }
        inspect(absolute, false);
    }

    /**
     * A read-only connection to {@code file} that writes nothing beside it: opened immutable when no journal lies
     * beside the file (see {@link #inspect}).
     */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        boolean nothingBeside = !Files.exists(sibling(file, "-wal")) && !Files.exists(sibling(file, "-journal"));
        return DriverManager.getConnection(url(file.toAbsolutePath(), nothingBeside), config.toProperties());
    }

    private static SQLiteConfig writableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // The driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT, whether or not
        // the id is wanted: a tenth of a 100,000-contact import. Rows.generatedId asks for it where it is.
        config.setGetGeneratedKeys(false);
        return config;
    }

    /** Refuses, without writing a byte, any existing file that is not a healthy Rapport database this app can read. */
    private static void inspect(Path file, boolean quickCheck) throws DatabaseProblem {
        if (Files.isDirectory(file)) {
            throw new DatabaseProblem(Kind.CANNOT_OPEN, file, file + " is a folder, not a database file.", null);
        }
        long size;
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new DatabaseProblem(Kind.CANNOT_OPEN, file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            return; // an empty file is a new database
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new DatabaseProblem(Kind.NOT_A_DATABASE, file,
                    file.getFileName() + " is not a Rapport database (it is not a SQLite file at all).", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        // A read-only connection to a WAL-mode file would still create -wal and -shm files beside it. With no
        // journal beside the file there is nothing but the file to read, so it is opened as immutable: SQLite then
        // creates, locks and writes nothing. A journal left by a crash must be read, so then the file is opened
        // read-only as usual (the side files already exist).
        boolean nothingBeside = !Files.exists(sibling(file, "-wal")) && !Files.exists(sibling(file, "-journal"));
        try (Connection c = DriverManager.getConnection(url(file, nothingBeside), config.toProperties());
             Statement s = c.createStatement()) {
            int applicationId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            int objects;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                objects = rs.next() ? rs.getInt(1) : 0;
            }
            if (applicationId != APPLICATION_ID && (applicationId != 0 || version != 0 || objects != 0)) {
                throw new DatabaseProblem(Kind.NOT_RAPPORT, file,
                        file.getFileName() + " is a SQLite database, but not a Rapport database.", null);
            }
            if (version > Migrations.latestVersion()) {
                throw new DatabaseProblem(Kind.NEWER_VERSION, file,
                        file.getFileName() + " was written by a newer version of Rapport (schema " + version
                                + "; this version knows up to " + Migrations.latestVersion()
                                + "). Update Rapport to open it.", null);
            }
            if (quickCheck) {
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String verdict = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equals(verdict)) {
                        throw new DatabaseProblem(Kind.CORRUPT, file,
                                file.getFileName() + " is damaged (integrity check: " + verdict + ").", null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseProblem(isCorruption(e) ? Kind.CORRUPT : Kind.CANNOT_OPEN, file,
                    file.getFileName() + (isCorruption(e) ? " is damaged and cannot be read: " : " cannot be opened: ")
                            + e.getMessage(), e);
        }
    }

    /**
     * The JDBC address of {@code file} as a SQLite URI ({@code file:///home/ana/...}, {@code file:///C:/Users/...},
     * {@code file:////server/share/...}), every character of the path but letters, digits and {@code -._~/:}
     * percent-encoded, so that none (a '?', a '#', a '%') is read as part of the address.
     */
    private static String url(Path file, boolean immutable) {
        String path = file.toString();
        if (File.separatorChar == '\\') {
            path = path.replace('\\', '/');
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        StringBuilder url = new StringBuilder("jdbc:sqlite:file://");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || "-._~/:".indexOf(ch) >= 0) {
                url.append(ch);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return url.append(immutable ? "?immutable=1" : "").toString();
    }

    /** The database file and its companions ({@link #COMPANION_SUFFIXES}), whether they exist or not. */
    public static List<Path> filesOf(Path database) {
        List<Path> files = new java.util.ArrayList<>();
        files.add(database);
        COMPANION_SUFFIXES.forEach(suffix -> files.add(sibling(database, suffix)));
        return files;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean isCorruption(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT");
        }
        return false;
    }

    private static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate(BeforeUpgrade beforeUpgrade) throws IOException {
        int current = transaction(c -> {
            try (Statement s = c.createStatement()) {
                return intPragma(s, "user_version");
            }
        });
        if (current > 0 && current < Migrations.latestVersion()) {
            beforeUpgrade.run(this, current);
        }
        for (int version = current + 1; version <= Migrations.latestVersion(); version++) {
            int target = version;
            transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.statementsFor(target)) {
                        s.executeUpdate(sql);
                    }
                    s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                    s.executeUpdate("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    /** The schema version this file is at (after opening: the latest this app knows). */
    public int schemaVersion() {
        return transaction(c -> {
            try (Statement s = c.createStatement()) {
                return intPragma(s, "user_version");
            }
        });
    }

    /** The schema version this app writes. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public Path file() {
        return file;
    }

    public ContactDao contacts() {
        return contacts;
    }

    public ImpressionDao impressions() {
        return impressions;
    }

    public InteractionDao interactions() {
        return interactions;
    }

    public StageHistoryDao stageHistory() {
        return stageHistory;
    }

    public RelationshipDao relationships() {
        return relationships;
    }

    public IntroductionDao introductions() {
        return introductions;
    }

    public MeetingDao meetings() {
        return meetings;
    }

    public SuggestionDao suggestions() {
        return suggestions;
    }

    /** Whole tables, for exports and for restoring an archive (stateless, so made on demand). */
    public ArchiveDao archive() {
        return new SqliteArchiveDao(this);
    }

    /** What the Today screen reads. */
    public AgendaDao agenda() {
        return agenda;
    }

    /** What merging two contacts (and finding possible duplicates) needs. */
    public MergeDao merges() {
        return new SqliteMergeDao(this);
    }

    /** Work done on the database connection; may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or, on any exception, none of it.
     * Nested calls join the outer transaction.
     */
    public synchronized <T> T transaction(Work<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        transactionDepth = 1;
        try {
            T result = work.run(connection);
            connection.commit();
            connection.setAutoCommit(true);
            return result;
        } catch (Throwable failure) {
            // Any failure, an Error too: otherwise the half-done work would stay pending and be committed by the
            // next transaction.
            rollbackQuietly(failure);
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new StoreException(failure.getMessage(), failure);
        } finally {
            transactionDepth = 0;
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Copies the whole database, page by page, into the file {@code target} (empty or absent) with SQLite's online
     * backup API, in one step: a consistent snapshot, taken while the app keeps the database open. It is faster than
     * {@code VACUUM INTO}, which rebuilds every table and index. Like a file written by that, the copy is in rollback
     * journal mode: a single file. It is <em>not</em> synced: the caller forces it to disk when it needs to (a backup
     * does that while it checks the copy). It must not be called from within {@link #transaction}, whose writes are
     * not yet committed.
     *
     * @throws StoreException if the copy cannot be written
     */
    public synchronized void copyInto(Path target) {
        if (transactionDepth > 0) {
            throw new IllegalStateException("A copy cannot be taken inside a transaction");
        }
        // The copy's own connection pulls the pages from this file ("restore"), so that it can be told not to sync;
        // no write can come in between, as this object is locked.
        try (Connection copy = DriverManager.getConnection(url(target.toAbsolutePath(), false));
             Statement s = copy.createStatement()) {
            s.execute("PRAGMA synchronous = OFF");
            int result = copy.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", file.toString(), null, BACKUP_BUSY_SLEEP_MS, BACKUP_BUSY_TRIES, -1);
            if (result != SQLiteErrorCode.SQLITE_OK.code) {
                throw new StoreException("Cannot copy " + file + " to " + target + ": SQLite error "
                        + SQLiteErrorCode.getErrorCode(result), null);
            }
            // the copy says WAL in its header, as this database does; a file kept apart should open without -wal
            // and -shm files appearing beside it
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new StoreException("Cannot copy " + file + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Checks the whole file with {@code PRAGMA integrity_check}; returns "ok" or SQLite's findings. */
    public String integrityCheck() {
        return transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing " + file + " failed: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
