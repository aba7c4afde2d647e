package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Backups.NewBackup;
import app.rapport.store.Backups.Restored;
import app.rapport.store.DatabaseProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:15:00Z"));

    // ---- backing up ----------------------------------------------------------------------------------------------

    @Test
    void aBackupHoldsWhatTheDatabaseHeldAndPassesTheIntegrityCheck() throws Exception {
        Path folder = dir.resolve("backups");
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            List<Contact> stored = people(db, "Ana Silva", "Bo \"the\" Larsen, Jr.", "Zoë 🎉 Ng\nsecond line");
            NewBackup made = new Backups(folder, clock).backup(db, 10);
            db.contacts().insert(Contact.named("After the backup"));

            Backup backup = made.backup();
            assertEquals(folder.resolve("rapport-backup-20261123-101500.db"), backup.file());
            assertEquals(Instant.parse("2026-11-23T10:15:00Z"), backup.taken());
            assertEquals(3, backup.contacts());
            assertEquals(Database.latestSchemaVersion(), backup.schemaVersion());
            assertEquals(Files.size(backup.file()), backup.size());
            assertFalse(backup.damaged());
            assertEquals(1, made.kept());
            assertEquals(List.of(), made.removed());
            assertEquals(Set.of("rapport-backup-20261123-101500.db"), names(folder), "no temporary file left");
            byte[] header = Arrays.copyOf(Files.readAllBytes(backup.file()), 20);
            assertArrayEquals(new byte[] {1, 1}, Arrays.copyOfRange(header, 18, 20),
                    "a single file in rollback-journal mode, which no reader adds -wal and -shm files to");

            try (Database copy = Database.open(backup.file())) {
                assertEquals("ok", copy.integrityCheck());
                assertEquals(3, copy.contacts().count(ContactQuery.all()));
                for (Contact contact : stored) {
                    assertEquals(contact, copy.contacts().find(contact.id()).orElseThrow());
                }
            }
        }
    }

    @Test
    void aCopyIsRefusedInsideATransactionAndTheDatabaseGoesOn() throws Exception {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            Path target = dir.resolve("copy.db");
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                db.copyInto(target);
                return null;
            }));
            assertFalse(Files.exists(target));
            db.contacts().insert(Contact.named("Ana"));
            assertEquals(1, db.contacts().count(ContactQuery.all()));
        }
    }

    @Test
    void rotationKeepsTheNewestAndLeavesEveryOtherFileAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Set<String> others = Set.of("notes.txt", "rapport-backup-old.db", "my-rapport-backup-20200101-000000.db",
                "rapport-backup-20200101-000000.db.bak", "rapport-backup-20201399-000000.db");
        for (String other : others) {
            Files.writeString(folder.resolve(other), "mine");
        }
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            people(db, "Ana");
            Backups backups = new Backups(folder, clock);
            NewBackup last = null;
            for (int i = 0; i < 5; i++) {
                last = backups.backup(db, 3);
                clock.advance(Duration.ofHours(1));
            }
            NewBackup sameSecond = backups.backup(db, 3);
            NewBackup sameSecondAgain = backups.backup(db, 3);
            assertEquals(3, last.kept());
            assertEquals(folder.resolve("rapport-backup-20261123-151500-2.db"), sameSecondAgain.backup().file());
            assertEquals(List.of(folder.resolve("rapport-backup-20261123-131500.db")), sameSecondAgain.removed());

            Set<String> expected = new TreeSet<>(others);
            expected.addAll(List.of("rapport-backup-20261123-141500.db", "rapport-backup-20261123-151500.db",
                    "rapport-backup-20261123-151500-2.db"));
            assertEquals(expected, names(folder));
            for (String other : others) {
                assertEquals("mine", Files.readString(folder.resolve(other)));
            }
            assertEquals(List.of(sameSecondAgain.backup().file(), sameSecond.backup().file(),
                            folder.resolve("rapport-backup-20261123-141500.db")),
                    backups.list().stream().map(Backup::file).toList(), "newest first");
        }
    }

    @Test
    void theListIsNewestFirstWithCountsAndADamagedFileIsListedAsDamaged() throws Exception {
        Path folder = dir.resolve("backups");
        Backups backups = new Backups(folder, clock);
        assertEquals(List.of(), backups.list(), "no folder yet: no backups");
        assertTrue(backups.due(Duration.ofDays(1)));
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            people(db, "Ana", "Bo");
            backups.backup(db, 10);
            clock.advance(Duration.ofHours(2));
            people(db, "Cy");
            backups.backup(db, 10);
        }
        Path damaged = folder.resolve("rapport-backup-20261124-000000.db");
        Files.write(damaged, garbage(8192));
        Path empty = Files.createFile(folder.resolve("rapport-backup-20200101-000000.db"));

        List<Backup> list = backups.list();
        assertEquals(List.of(damaged, folder.resolve("rapport-backup-20261123-121500.db"),
                folder.resolve("rapport-backup-20261123-101500.db"), empty), list.stream().map(Backup::file).toList());
        assertTrue(list.get(0).damaged());
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), list.get(0).taken());
        assertEquals(List.of(3, 2), List.of(list.get(1).contacts(), list.get(2).contacts()));
        assertFalse(list.get(1).damaged());
        assertTrue(list.get(3).damaged());

        assertEquals(list.get(1), backups.latest().orElseThrow(), "the newest readable one");
        assertFalse(backups.due(Duration.ofDays(1)));
        clock.advance(Duration.ofHours(25));
        assertTrue(backups.due(Duration.ofDays(1)));
    }

    // ---- restoring -----------------------------------------------------------------------------------------------

    @Test
    void restoreReplacesTheFileAndKeepsThePreviousOneAside() throws Exception {
        Path backupFile = backupOf("Ana", "Bo", "Cy");
        Path target = dir.resolve("data").resolve("rapport.db");
        try (Database db = Database.open(target)) {
            people(db, "Only me");
        }
        byte[] before = Files.readAllBytes(target);
        Files.writeString(dir.resolve("data").resolve("rapport.db-shm"), "left by a crash");

        clock.advance(Duration.ofDays(1));
        Restored restored = Backups.restore(backupFile, target, clock);

        Path aside = dir.resolve("data").resolve("rapport.db.before-restore-20261124-101500");
        assertEquals(aside, restored.previous().orElseThrow());
        assertEquals(target.toAbsolutePath(), restored.target());
        assertEquals(3, restored.backup().contacts());
        assertArrayEquals(before, Files.readAllBytes(aside));
        assertEquals("left by a crash", Files.readString(dir.resolve("data").resolve(aside.getFileName() + "-shm")));
        assertArrayEquals(Files.readAllBytes(backupFile), Files.readAllBytes(target));
        assertEquals(Set.of("rapport.db", aside.getFileName().toString(), aside.getFileName() + "-shm"),
                names(dir.resolve("data")));
        try (Database db = Database.open(target)) {
            assertEquals(3, db.contacts().count(ContactQuery.all()));
        }
        try (Database db = Database.open(aside)) {
            assertEquals(1, db.contacts().count(ContactQuery.all()), "the previous file still opens");
        }

        Restored again = Backups.restore(backupFile, target, clock);
        assertEquals(dir.resolve("data").resolve("rapport.db.before-restore-20261124-101500-2"),
                again.previous().orElseThrow(), "an earlier kept file is never overwritten");
    }

    @Test
    void restoreIntoAPlaceWithNoDatabaseYet() throws Exception {
        Path backupFile = backupOf("Ana");
        Path target = dir.resolve("new").resolve("rapport.db");
        Restored restored = Backups.restore(backupFile, target, clock);
        assertTrue(restored.previous().isEmpty());
        assertArrayEquals(Files.readAllBytes(backupFile), Files.readAllBytes(target));
    }

    @Test
    void aBadBackupIsRefusedAndNothingChanges() throws Exception {
        Path good = backupOf("Ana", "Bo");
        Path target = dir.resolve("data").resolve("rapport.db");
        try (Database db = Database.open(target)) {
            people(db, "Only me");
        }
        byte[] before = Files.readAllBytes(target);
        Set<String> filesBefore = names(dir.resolve("data"));

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "Meeting notes, not a database\n");
        assertRefused(Kind.NOT_A_DATABASE, text, target);

        Path damaged = dir.resolve("damaged.db");
        byte[] bytes = Files.readAllBytes(good);
        byte[] junk = garbage(bytes.length - 3 * 4096);
        System.arraycopy(junk, 0, bytes, 3 * 4096, junk.length);
        Files.write(damaged, bytes);
        assertRefused(Kind.CORRUPT, damaged, target);

        Path newer = dir.resolve("newer.db");
        Files.copy(good, newer);
        plainSql(newer, "PRAGMA user_version = " + (Database.latestSchemaVersion() + 1));
        DatabaseProblem newerProblem = assertRefused(Kind.NEWER_VERSION, newer, target);
        assertTrue(newerProblem.getMessage().contains("newer version of Rapport"), newerProblem.getMessage());

        Path other = dir.resolve("other.db");
        plainSql(other, "CREATE TABLE recipe (name TEXT)");
        assertRefused(Kind.NOT_RAPPORT, other, target);

        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertRefused(Kind.NOT_RAPPORT, empty, target);

        assertRefused(Kind.CANNOT_OPEN, dir.resolve("missing.db"), target);

        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(filesBefore, names(dir.resolve("data")), "nothing moved aside, no temporary file left");
    }

    @Test
    void verifyRunsTheFullIntegrityCheck() throws Exception {
        Path good = backupOf("Ana", "Bo");
        Backup verified = Backups.verify(good);
        assertEquals(2, verified.contacts());
        assertNull(verified.problem());
        assertEquals(Instant.parse("2026-11-23T10:15:00Z"), verified.taken());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private DatabaseProblem assertRefused(Kind kind, Path backup, Path target) {
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Backups.restore(backup, target, clock));
        assertEquals(kind, problem.kind(), problem.getMessage());
        assertTrue(problem.getMessage().contains(backup.getFileName().toString()), problem.getMessage());
        return problem;
    }

    private Path backupOf(String... names) throws Exception {
        Path source = dir.resolve("source-" + names.length + ".db");
        try (Database db = Database.open(source)) {
            people(db, names);
            return new Backups(dir.resolve("made"), clock).backup(db, 10).backup().file();
        }
    }

    private static List<Contact> people(Database db, String... names) {
        return Arrays.stream(names)
                .map(name -> db.contacts().insert(Contact.named(name).withOrganisation("Org of " + name, "Role")))
                .toList();
    }

    private static void plainSql(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
