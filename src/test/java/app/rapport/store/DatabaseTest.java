package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.store.DatabaseProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @TempDir
    Path dir;

    // ---- creating and opening ------------------------------------------------------------------------------------

    @Test
    void aNewFileGetsTheLatestSchemaAndIsMarkedAsRapports() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals(file.toAbsolutePath(), db.file());
        }
        assertTrue(Database.latestSchemaVersion() >= 1);
        assertEquals(Database.latestSchemaVersion(), plainIntPragma(file, "user_version"));
        assertEquals(Database.APPLICATION_ID, plainIntPragma(file, "application_id"));
    }

    @Test
    void aNewFileInAFolderThatDoesNotExistYetCreatesTheFolder() throws Exception {
        Path file = dir.resolve("data").resolve("rapport").resolve("rapport.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aPathWithSpacesAccentsAndUrlCharactersOpensAndReopens() throws Exception {
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        Path folder = dir.resolve(windows ? "Zoë's files #1 & 100%" : "Zoë's files #1 ?x=1 & 100% back\\slash");
        Path file = folder.resolve("rapport 2024.db");
        try (Database db = Database.open(file)) {
            db.contacts().insert(Contact.named("Ana"));
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, db.contacts().count(ContactQuery.all()));
        }
        assertTrue(Files.isRegularFile(file));
        assertEquals(Set.of(folder.getFileName().toString()), names(dir), "nothing was created anywhere else");
    }

    @Test
    void anEmptyExistingFileIsTreatedAsANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            db.contacts().insert(Contact.named("Ana"));
            assertEquals(1, db.contacts().count(ContactQuery.all()));
        }
        assertEquals(Database.APPLICATION_ID, plainIntPragma(file, "application_id"));
    }

    @Test
    void theConnectionRunsWithForeignKeysWalFullSyncAndABusyTimeout() throws Exception {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("wal", pragma(db, "journal_mode").toLowerCase());
            assertEquals("2", pragma(db, "synchronous"), "synchronous=FULL");
            assertTrue(Integer.parseInt(pragma(db, "busy_timeout")) > 0, "busy_timeout");
        }
    }

    @Test
    void thePragmasAreAlsoInForceWhenAnExistingFileIsReopened() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("wal", pragma(db, "journal_mode").toLowerCase());
            assertEquals("2", pragma(db, "synchronous"));
            assertTrue(Integer.parseInt(pragma(db, "busy_timeout")) > 0);
        }
    }

    @Test
    void foreignKeysAreEnforced() throws Exception {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            Contact orphan = new Contact(0, "Ana", "", "", List.of(), List.of(), "", "", "", "", null, 999L, "", "",
                    List.of(), "", null, null, false, null, null);
            assertThrows(StoreException.class, () -> db.contacts().insert(orphan));
            assertEquals(0, db.contacts().count(ContactQuery.all()));
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotRunTheMigrationsAgain() throws Exception {
        Path file = dir.resolve("rapport.db");
        Contact ana;
        List<String> schemaBefore;
        try (Database db = Database.open(file)) {
            ana = db.contacts().insert(Contact.named("Ana Silva").withOrganisation("Silva & Co", "bookkeeper"));
            schemaBefore = schema(db);
        }
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals(ana, db.contacts().find(ana.id()).orElseThrow());
            assertEquals(1, db.contacts().count(ContactQuery.text("silva")), "the search index survived too");
            // Running V1 again would fail on CREATE TABLE or duplicate objects; the schema is exactly as it was.
            assertEquals(schemaBefore, schema(db));
        }
    }

    @Test
    void aDatabaseLeftWithItsWriteAheadLogAfterACrashOpensWithEverythingInIt() throws Exception {
        Path file = dir.resolve("rapport.db");
        Path crashed = dir.resolve("crashed.db");
        try (Database db = Database.open(file)) {
            db.contacts().insert(Contact.named("Ana"));
            Path wal = file.resolveSibling("rapport.db-wal");
            assertTrue(Files.size(wal) > 0, "the write is still in the log");
            // What a crash leaves: the file and its log, as they are while the app runs.
            Files.copy(file, crashed);
            Files.copy(wal, dir.resolve("crashed.db-wal"));
        }
        try (Database db = Database.open(crashed)) {
            assertEquals(List.of("Ana"),
                    db.contacts().search(ContactQuery.all(), 0, 10).stream().map(s -> s.name()).toList());
            assertEquals("ok", db.integrityCheck());
        }
    }

    // ---- files that are refused, untouched ------------------------------------------------------------------------

    @Test
    void aTextFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "hello, not a database\n", StandardCharsets.UTF_8);
        assertRefusedUntouched(file, Kind.NOT_A_DATABASE);
    }

    @Test
    void randomBytesAreRefusedAndLeftAsTheyWere() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);
        assertRefusedUntouched(file, Kind.NOT_A_DATABASE);
    }

    @Test
    void aFileShorterThanTheSqliteHeaderIsRefused() throws Exception {
        Path file = dir.resolve("tiny.db");
        Files.write(file, "SQLite".getBytes(StandardCharsets.US_ASCII));
        assertRefusedUntouched(file, Kind.NOT_A_DATABASE);
    }

    @Test
    void aPictureIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("photo.png");
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        Files.write(file, png);
        assertRefusedUntouched(file, Kind.NOT_A_DATABASE);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT NOT NULL)");
            s.executeUpdate("INSERT INTO recipe (title) VALUES ('Pancakes'), ('Soup')");
        }
        assertRefusedUntouched(file, Kind.NOT_RAPPORT);
    }

    @Test
    void anotherProgramsDatabaseWithItsOwnApplicationIdIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA application_id = 12345");
            s.executeUpdate("PRAGMA user_version = 1");
        }
        assertRefusedUntouched(file, Kind.NOT_RAPPORT);
    }

    @Test
    void aDatabaseFromANewerRapportIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.contacts().insert(Contact.named("Ana"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        DatabaseProblem problem = assertRefusedUntouched(file, Kind.NEWER_VERSION);
        assertTrue(problem.getMessage().contains("newer"), problem.getMessage());
        assertEquals(99, plainIntPragma(file, "user_version"));
    }

    @Test
    void aDamagedRapportDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.transaction(c -> {
                for (int i = 0; i < 400; i++) {
                    Contact contact = new Contact(0, "Person " + i, "Organisation " + i, "Role " + i,
                            List.of("person" + i + "@example.com"), List.of("+44 20 7946 " + i), "", "Leeds", "",
                            "", null, null, "needs " + "x".repeat(200), "offers " + "y".repeat(200),
                            List.of("tag" + (i % 7)), "notes " + i + " " + "z".repeat(300), null, null, false,
                            null, null);
                    db.contacts().insert(contact);
                }
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = pageSize(bytes);
        assertTrue(bytes.length >= 10 * pageSize, "the database should span many pages");
        // Garbage in the middle of every page after the first; page 1 (with the 100-byte header) stays intact.
        Random random = new Random(1234);
        for (int page = 1; page < bytes.length / pageSize; page++) {
            int from = page * pageSize + pageSize / 4;
            byte[] garbage = new byte[pageSize / 2];
            random.nextBytes(garbage);
            System.arraycopy(garbage, 0, bytes, from, garbage.length);
        }
        Files.write(file, bytes);
        assertRefusedUntouched(file, Kind.CORRUPT);
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("a-folder.db"));
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Database.open(folder));
        assertEquals(Kind.CANNOT_OPEN, problem.kind());
        assertTrue(Files.isDirectory(folder));
        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(0, inside.count(), "nothing was written into the folder");
        }
        assertEquals(Set.of("a-folder.db"), names(dir), "nothing was written beside it");
    }

    @Test
    void aFileWhoseFolderIsAFileCannotBeOpened() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "text");
        DatabaseProblem problem = assertThrows(DatabaseProblem.class,
                () -> Database.open(notAFolder.resolve("rapport.db")));
        assertEquals(Kind.CANNOT_OPEN, problem.kind());
        assertEquals("text", Files.readString(notAFolder));
    }

    // ---- transactions and checks ------------------------------------------------------------------------------------

    @Test
    void aTransactionWhoseWorkThrowsLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                db.contacts().insert(Contact.named("Ana"));
                db.contacts().insert(Contact.named("Ben"));
                throw new IllegalStateException("the work failed");
            }));
            assertEquals("the work failed", thrown.getMessage());
            assertEquals(0, db.contacts().count(ContactQuery.all()));
            assertEquals(0, db.contacts().count(ContactQuery.text("ana")), "nor in the search index");

            // The connection is usable again, and a later transaction does not commit the abandoned work.
            db.contacts().insert(Contact.named("Carla"));
        }
        try (Database db = Database.open(file)) {
            assertEquals(List.of("Carla"),
                    db.contacts().search(ContactQuery.all(), 0, 10).stream().map(s -> s.name()).toList());
        }
    }

    @Test
    void aSqlFailureInsideATransactionIsAStoreExceptionAndRollsBack() throws Exception {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            StoreException thrown = assertThrows(StoreException.class, () -> db.transaction(c -> {
                db.contacts().insert(Contact.named("Ana"));
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }));
            assertTrue(thrown.getCause() instanceof SQLException);
            assertEquals(0, db.contacts().count(ContactQuery.all()));
        }
    }

    @Test
    void anErrorThrownInsideATransactionAlsoRollsBack() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            assertThrows(AssertionError.class, () -> db.transaction(c -> {
                db.contacts().insert(Contact.named("Ana"));
                throw new AssertionError("not an exception");
            }));
            assertEquals(0, db.contacts().count(ContactQuery.all()));
            db.contacts().insert(Contact.named("Ben"));
        }
        try (Database db = Database.open(file)) {
            assertEquals(List.of("Ben"),
                    db.contacts().search(ContactQuery.all(), 0, 10).stream().map(s -> s.name()).toList());
        }
    }

    @Test
    void theIntegrityCheckOfAHealthyDatabaseSaysOk() throws Exception {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            db.contacts().insert(Contact.named("Ana"));
            assertEquals("ok", db.integrityCheck());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /** Opens {@code file}, expects a refusal of {@code kind}, and checks that not a byte changed nor a file appeared. */
    private DatabaseProblem assertRefusedUntouched(Path file, Kind kind) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Set<String> filesBefore = names(dir);
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Database.open(file).close());
        assertEquals(kind, problem.kind(), problem.getMessage());
        assertEquals(file.toAbsolutePath(), problem.file());
        assertFalse(problem.getMessage() == null || problem.getMessage().isBlank());
        assertArrayEquals(before, Files.readAllBytes(file), "the file's bytes must be left untouched");
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            assertEquals(filesBefore.contains(side.getFileName().toString()), Files.exists(side),
                    side.getFileName() + " must not be created");
        }
        assertEquals(filesBefore, names(dir), "no file was created or removed beside it");
        return problem;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static int pageSize(byte[] header) {
        int size = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        return size == 1 ? 65536 : size;
    }

    private static String pragma(Database db, String name) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                assertTrue(rs.next(), "PRAGMA " + name + " answered nothing");
                return rs.getString(1);
            }
        });
    }

    private static List<String> schema(Database db) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        });
    }

    private static int plainIntPragma(Path file, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }
}
