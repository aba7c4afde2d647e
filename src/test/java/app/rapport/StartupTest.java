package app.rapport;

import app.rapport.model.ContactQuery;
import app.rapport.service.ContactBook;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {

    @TempDir
    Path folder;

    @Test
    void firstRunCreatesTheDatabaseAndItsFolder() {
        Startup startup = Startup.open(CommandLine.parse(List.of()), new DataFolder(folder.resolve("data/rapport")));
        assertTrue(startup.opened());
        assertNull(startup.problem());
        assertTrue(Files.exists(folder.resolve("data/rapport/rapport.db")));
        startup.close();
    }

    @Test
    void demoIsAFreshLivelyNetworkInItsOwnFile() {
        DataFolder data = new DataFolder(folder);
        Startup first = Startup.open(CommandLine.parse(List.of("--demo")), data);
        ContactBook book = new ContactBook(first.database(), Clock.systemDefaultZone());
        int people = book.count(ContactQuery.all());
        assertTrue(people >= 50, "about 60 people, got " + people);
        first.close();

        Startup again = Startup.open(CommandLine.parse(List.of("--demo")), data);
        assertEquals(people, new ContactBook(again.database(), Clock.systemDefaultZone()).count(ContactQuery.all()),
                "recreated, not added to");
        again.close();
        assertFalse(Files.exists(folder.resolve("rapport.db")), "the user's own database is not touched");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "Meeting notes, not a database\n");
        byte[] before = Files.readAllBytes(notes);
        Startup startup = Startup.open(CommandLine.parse(List.of("--db", notes.toString())), new DataFolder(folder));
        assertFalse(startup.opened());
        assertEquals(DatabaseProblem.Kind.NOT_A_DATABASE, startup.problem().kind());
        assertEquals("notes.txt is not a Rapport database (it is not a SQLite file at all).",
                startup.problem().getMessage());
        assertArrayEquals(before, Files.readAllBytes(notes));
    }

    /** On the command line: a clear message on stderr before any window, and the file stays as it was. */
    @Test
    void theLauncherSaysWhyOnStderr() throws Exception {
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "Meeting notes, not a database\n");
        byte[] before = Files.readAllBytes(notes);
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "app.rapport.Launcher", "--db", notes.toString())
                .redirectErrorStream(false).start();
        try (BufferedReader stderr = new BufferedReader(
                new InputStreamReader(launcher.getErrorStream(), StandardCharsets.UTF_8))) {
            String first = stderr.readLine();
            assertEquals("rapport: notes.txt is not a Rapport database (it is not a SQLite file at all).", first);
        } finally {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertArrayEquals(before, Files.readAllBytes(notes));
    }

    @Test
    void wrongOptionsExitWithUsage() throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.rapport.Launcher", "--nonsense").start();
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
        String stderr = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(64, launcher.exitValue());
        assertTrue(stderr.startsWith("rapport: Unknown option: --nonsense"), stderr);
        assertTrue(stderr.contains("Usage: rapport"), stderr);
    }
}
