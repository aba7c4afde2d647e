package app.rapport;

import app.rapport.model.Contact;
import app.rapport.store.Backups;
import app.rapport.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a script sees them: exit status, one line on stdout or stderr. */
class CliTest {

    @TempDir
    Path folder;

    private Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(List.of(args), new DataFolder(folder.resolve("data")), clock,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path databaseWith(Path file, int people) throws Exception {
        try (Database db = Database.open(file)) {
            for (int i = 0; i < people; i++) {
                db.contacts().insert(Contact.named("Person " + i));
            }
        }
        return file;
    }

    @Test
    void wrongArgumentsExit64WithTheReasonAndUsage() {
        assertEquals(64, run("backup", "--keep", "0"));
        assertTrue(err().startsWith("rapport: --keep needs how many backups to keep (1 or more), e.g. --keep 10"),
                err());
        assertTrue(err().contains("rapport restore FILE [--db PATH]"), err());
        assertEquals("", out());

        assertEquals(64, run("restore"));
        assertTrue(err().startsWith("rapport: restore needs the backup file"), err());
        assertEquals(64, run("frobnicate"));
        assertTrue(err().startsWith("rapport: Unknown command: frobnicate"), err());
    }

    @Test
    void backupIntoTheDataFolderByDefault() throws Exception {
        databaseWith(folder.resolve("data").resolve("rapport.db"), 60);
        assertEquals(0, run("backup"), err());
        Path made = folder.resolve("data").resolve("backups").resolve("rapport-backup-20261123-101500.db");
        assertTrue(Files.isRegularFile(made));
        assertEquals("Backed up 60 contacts to " + made.toAbsolutePath() + " (" + Backups.readableSize(Files.size(made))
                + ", integrity ok); 1 kept", out().strip());
        assertTrue(Pattern.matches("Backed up 60 contacts to \\S+ \\(\\d+ KB, integrity ok\\); 1 kept\\R", out()),
                out());
        assertEquals("", err());
    }

    @Test
    void backupToAFolderKeepingTheNewest() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 2);
        Path to = folder.resolve("usb");
        for (int i = 0; i < 3; i++) {
            clock = Clock.offset(clock, java.time.Duration.ofMinutes(1));
            assertEquals(0, run("backup", "--db", db.toString(), "--to", to.toString(), "--keep", "2"), err());
        }
        assertTrue(out().startsWith("Backed up 2 contacts to " + to.toAbsolutePath()
                + File.separator + "rapport-backup-20261123-101800.db ("), out());
        assertTrue(out().strip().endsWith("integrity ok); 2 kept"), out());
        try (var files = Files.list(to)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void backupOfAMissingDatabaseFailsAndCreatesNothing() {
        Path missing = folder.resolve("missing.db");
        assertEquals(1, run("backup", "--db", missing.toString()));
        assertEquals("rapport: There is no database at " + missing.toAbsolutePath() + " to back up.",
                err().strip());
        assertFalse(Files.exists(missing));
        assertEquals("", out());
    }

    @Test
    void checkSaysOkWithCountAndSchema() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 60);
        assertEquals(0, run("check", "--db", db.toString()), err());
        assertEquals("ok: 60 contacts, schema " + Database.latestSchemaVersion(), out().strip());
    }

    @Test
    void checkOfACorruptOrForeignOrMissingFileFails() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 60);
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 3 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(db, bytes);
        assertEquals(1, run("check", "--db", db.toString()));
        assertTrue(err().startsWith("rapport: mine.db is damaged"), err());
        assertEquals(1, err().strip().lines().count(), "one line");
        assertEquals("", out());
        assertArrayEquals(bytes, Files.readAllBytes(db), "check writes nothing");

        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a database");
        assertEquals(1, run("check", "--db", notes.toString()));
        assertEquals("rapport: notes.txt is not a Rapport database (it is not a SQLite file at all).", err().strip());

        assertEquals(1, run("check", "--db", folder.resolve("nothing.db").toString()));
        assertEquals("rapport: " + folder.resolve("nothing.db").toAbsolutePath() + " does not exist.", err().strip());
    }

    @Test
    void restoreReplacesTheDatabaseAndSaysWhereThePreviousIsKept() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 3);
        assertEquals(0, run("backup", "--db", db.toString(), "--to", folder.resolve("b").toString()), err());
        Path backup = folder.resolve("b").resolve("rapport-backup-20261123-101500.db");
        try (Database open = Database.open(db)) {
            open.contacts().insert(Contact.named("Added after the backup"));
        }
        clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

        assertEquals(0, run("restore", backup.toString(), "--db", db.toString()), err());
        Path previous = folder.resolve("mine.db.before-restore-20261124-080000");
        assertEquals("Restored 3 contacts from " + backup.toAbsolutePath() + " (taken 2026-11-23 10:15:00 UTC) into "
                + db.toAbsolutePath() + "; the previous file is kept as " + previous.toAbsolutePath(), out().strip());
        assertEquals(0, run("check", "--db", db.toString()));
        assertEquals("ok: 3 contacts, schema " + Database.latestSchemaVersion(), out().strip());
        assertEquals(0, run("check", "--db", previous.toString()));
        assertEquals("ok: 4 contacts, schema " + Database.latestSchemaVersion(), out().strip());
    }

    @Test
    void restoreOfABadFileFailsAndLeavesTheDatabase() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 3);
        byte[] before = Files.readAllBytes(db);
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a database");
        assertEquals(1, run("restore", notes.toString(), "--db", db.toString()));
        assertEquals("rapport: notes.txt is not a Rapport database (it is not a SQLite file at all).", err().strip());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (var files = Files.list(folder)) {
            // the empty lock file that keeps two Rapports off one database may stay; nothing else is new
            assertEquals(List.of("mine.db", "notes.txt"), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".lock")).sorted().collect(Collectors.toList()));
        }
    }

    /** Through the real main class, with no JavaFX on the class path at all: the commands never need it. */
    @Test
    void theLauncherRunsACommandWithoutJavaFx() throws Exception {
        Path db = databaseWith(folder.resolve("mine.db"), 5);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.toLowerCase().contains("javafx") && !entry.toLowerCase().contains("openjfx"))
                .collect(Collectors.joining(File.pathSeparator));
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "app.rapport.Launcher", "check", "--db", db.toString()).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        String stdout = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(check.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.exitValue(), stderr);
        assertEquals("ok: 5 contacts, schema " + Database.latestSchemaVersion(), stdout.strip());

        Files.writeString(db, "overwritten by accident");
        Process failing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "app.rapport.Launcher", "check", "--db", db.toString()).start();
        assertTrue(failing.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, failing.exitValue());
        assertEquals("rapport: mine.db is not a Rapport database (it is not a SQLite file at all).",
                new String(failing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}
