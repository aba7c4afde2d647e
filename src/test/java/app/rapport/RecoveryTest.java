package app.rapport;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.Preferences;
import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.store.DatabaseProblem;
import app.rapport.store.OlderDatabase;
import app.rapport.store.PreferencesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up when something is wrong: the upgrade backup, a damaged or newer file, a second window, a move. */
class RecoveryTest {

    @TempDir
    Path folder;

    private Places places() {
        return new Places(folder.resolve("rapport.db"), folder.resolve("backups"), 5, true, true);
    }

    private void databaseWith(Path file, int people) {
        try (Database db = Database.open(file)) {
            for (int i = 0; i < people; i++) {
                db.contacts().insert(Contact.named("Person " + i));
            }
        } catch (DatabaseProblem e) {
            throw new AssertionError(e);
        }
    }

    private Backup backupOf(Path file, Instant at) throws Exception {
        try (Database db = Database.open(file)) {
            return new Backups(places().backupFolder(), Clock.fixed(at, ZoneOffset.UTC)).backup(db, 5).backup();
        }
    }

    @Test
    void aFileFromAnOlderRapportIsBackedUpBeforeItIsUpgraded() throws Exception {
        OlderDatabase.atVersion(places().databaseFile(), 4);

        Startup startup = Startup.open(places(), false);
        try {
            assertTrue(startup.opened(), () -> String.valueOf(startup.problem()));
            assertEquals(Database.latestSchemaVersion(), startup.database().schemaVersion());
        } finally {
            startup.close();
        }
        List<Backup> backups = new Backups(places().backupFolder(), Clock.systemUTC()).list();
        assertEquals(1, backups.size());
        assertEquals(4, backups.get(0).schemaVersion(), "the backup is the file as it was before the upgrade");
        assertEquals(1, backups.get(0).contacts());
    }

    @Test
    void aDamagedFileIsOfferedItsNewestGoodBackupAndNeverOverwritten() throws Exception {
        Path db = places().databaseFile();
        databaseWith(db, 3);
        Backup older = backupOf(db, Instant.parse("2026-11-20T09:00:00Z"));
        Backup newest = backupOf(db, Instant.parse("2026-11-22T09:00:00Z"));
        // the newest backup is damaged too: the offer falls back to the older good one
        Files.write(newest.file(), "SQLite format 3\0 and then garbage".getBytes());
        Files.write(db, "this is no longer a database".getBytes());
        byte[] bad = Files.readAllBytes(db);

        Startup startup = Startup.open(places(), false);
        assertFalse(startup.opened());
        assertEquals(DatabaseProblem.Kind.NOT_A_DATABASE, startup.problem().kind());
        assertEquals(older.file(), startup.backupToOffer().orElseThrow().file());
        assertEquals(3, startup.backupToOffer().get().contacts());
        assertArrayEquals(bad, Files.readAllBytes(db), "opening changed nothing");

        Startup restored = Startup.restore(places(), startup.goodBackup());
        try {
            assertTrue(restored.opened(), () -> String.valueOf(restored.problem()));
            assertEquals(3, restored.database().contacts().count(ContactQuery.all()));
        } finally {
            restored.close();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("rapport.db.before-restore-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(bad, Files.readAllBytes(kept), "the bad file is kept as it was, beside the database");
        }
    }

    @Test
    void aFileFromANewerRapportIsOfferedABackupToo() throws Exception {
        Path db = places().databaseFile();
        databaseWith(db, 2);
        backupOf(db, Instant.parse("2026-11-22T09:00:00Z"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        Startup startup = Startup.open(places(), false);
        assertEquals(DatabaseProblem.Kind.NEWER_VERSION, startup.problem().kind());
        assertTrue(startup.backupToOffer().isPresent());
    }

    @Test
    void aSecondWindowIsToldTheDatabaseIsInUseAndOfferedNoRestore() throws Exception {
        databaseWith(places().databaseFile(), 1);
        backupOf(places().databaseFile(), Instant.parse("2026-11-22T09:00:00Z"));
        Startup first = Startup.open(places(), false);
        try {
            Startup second = Startup.open(places(), false);
            assertFalse(second.opened());
            assertEquals(DatabaseProblem.Kind.IN_USE, second.problem().kind());
            assertTrue(second.backupToOffer().isEmpty(), "nothing is wrong with the file: no restore offered");
        } finally {
            first.close();
        }
    }

    @Test
    void movingTheDatabaseCopiesChecksRemembersThenDeletesTheOld() throws Exception {
        databaseWith(places().databaseFile(), 4);
        PreferencesFile preferences = new PreferencesFile(folder.resolve("preferences.properties"));
        Path target = folder.resolve("elsewhere").resolve("network.db");

        Startup moved = DatabaseMove.move(places(), target, preferences);
        try {
            assertTrue(moved.opened(), () -> String.valueOf(moved.problem()));
            assertEquals(target, moved.database().file());
            assertEquals(4, moved.database().contacts().count(ContactQuery.all()));
            assertEquals("Your database is now " + target + ".", moved.notice());
        } finally {
            moved.close();
        }
        assertEquals(target, preferences.load().databaseFile());
        assertFalse(Files.exists(places().databaseFile()));
    }

    @Test
    void aMoveOntoAnExistingFileIsRefusedAndTheOldDatabaseOpensAgain() throws Exception {
        databaseWith(places().databaseFile(), 2);
        Path taken = Files.writeString(folder.resolve("taken.db"), "mine");
        PreferencesFile preferences = new PreferencesFile(folder.resolve("preferences.properties"));

        Startup notMoved = DatabaseMove.move(places(), taken, preferences);
        try {
            assertTrue(notMoved.opened());
            assertEquals(places().databaseFile(), notMoved.database().file());
            assertTrue(notMoved.notice().startsWith("The database was not moved: "), notMoved.notice());
        } finally {
            notMoved.close();
        }
        assertEquals("mine", Files.readString(taken));
        assertEquals(Preferences.defaults(), preferences.load());
    }

    @Test
    void aDatabaseMovedToADiskThatIsNotThereIsNotRecreatedEmpty() throws Exception {
        DataFolder data = new DataFolder(folder.resolve("data"));
        Path away = folder.resolve("usb").resolve("network.db");
        Startup.preferences(data).save(Preferences.defaults().withDatabaseFile(away));

        Startup startup = Startup.open(CommandLine.parse(List.of()), data);

        assertFalse(startup.opened());
        assertEquals(DatabaseProblem.Kind.CANNOT_OPEN, startup.problem().kind());
        assertTrue(startup.problem().getMessage().contains("is not there"), startup.problem().getMessage());
        assertFalse(Files.exists(away.getParent()), "nothing was made in its place");
    }

    @Test
    void aRestoreThatCannotBeDoneReopensTheDatabaseAsItWasAndSaysWhy() throws Exception {
        databaseWith(places().databaseFile(), 2);
        Backup gone = backupOf(places().databaseFile(), Instant.parse("2026-11-22T09:00:00Z"));
        Files.delete(gone.file());

        Startup after = Startup.restore(places(), gone);
        try {
            assertTrue(after.opened());
            assertEquals(2, after.database().contacts().count(ContactQuery.all()));
            assertTrue(after.notice().startsWith("The backup was not restored: "), after.notice());
        } finally {
            after.close();
        }
    }

    @Test
    void onlyTheDatabaseRapportOpensByDefaultIsMovedOrOfferedItsBackups() throws Exception {
        Places given = Places.of(CommandLine.parse(List.of("--db", folder.resolve("other.db").toString())),
                new DataFolder(folder), Preferences.defaults());
        databaseWith(given.databaseFile(), 1);
        Startup notMoved = DatabaseMove.move(given, folder.resolve("moved.db"),
                new PreferencesFile(folder.resolve("preferences.properties")));
        try {
            assertTrue(notMoved.notice().startsWith("The database was not moved: Move is for the database"));
            assertFalse(Files.exists(folder.resolve("moved.db")));
        } finally {
            notMoved.close();
        }

        backupOf(given.databaseFile(), Instant.parse("2026-11-22T09:00:00Z"));
        Files.write(given.databaseFile(), "broken".getBytes());
        Startup broken = Startup.open(given, false);
        assertEquals(DatabaseProblem.Kind.NOT_A_DATABASE, broken.problem().kind());
        assertTrue(broken.backupToOffer().isEmpty(), "the backups folder holds another database's backups");
    }

    @Test
    void theLockIsReleasedWhenTheWindowCloses() throws IOException, DatabaseProblem {
        Startup startup = Startup.open(places(), false);
        startup.close();
        DatabaseLock.acquire(places().databaseFile()).close();
    }
}
