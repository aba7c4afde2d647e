package app.rapport;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    private final DataFolder data = new DataFolder(Path.of("/home/ana/.local/share/rapport"));

    @Test
    void noArgumentsOpenTheUsersDatabaseInTheDataFolder() {
        CommandLine line = CommandLine.parse(List.of());
        assertFalse(line.demo());
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport.db"), line.databaseFile(data));
    }

    @Test
    void dbPicksAnotherFileInEitherSpelling() {
        assertEquals(Path.of("/tmp/x.db"), CommandLine.parse(List.of("--db", "/tmp/x.db")).databaseFile(data));
        assertEquals(Path.of("/tmp/y.db"), CommandLine.parse(List.of("--db=/tmp/y.db")).databaseFile(data));
    }

    @Test
    void demoUsesItsOwnFileAndNeverTheUsersDatabase() {
        CommandLine line = CommandLine.parse(List.of("--demo"));
        assertTrue(line.demo());
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport-demo.db"), line.databaseFile(data));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(List.of("--demo", "--db", "/tmp/mine.db")));
        assertTrue(both.getMessage().contains("leave out --db"));
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("--db needs a file path, e.g. --db ~/rapport.db",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--db"))).getMessage());
        assertEquals("Unknown option: --dbb",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--dbb"))).getMessage());
        assertTrue(CommandLine.parse(List.of("--help")).help());
    }

    @Test
    void dataFolderFollowsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/home/ana/.local/share/rapport"),
                DataFolder.of("Linux", "/home/ana", Map.of()).path());
        assertEquals(Path.of("/data/ana/rapport"),
                DataFolder.of("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data/ana")).path());
        assertEquals(Path.of("/Users/ana/Library/Application Support/Rapport"),
                DataFolder.of("Mac OS X", "/Users/ana", Map.of()).path());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Rapport"),
                DataFolder.of("Windows 11", "C:\\Users\\ana", Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"))
                        .path());
    }
}
