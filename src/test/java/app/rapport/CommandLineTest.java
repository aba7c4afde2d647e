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
    void noCommandOpensTheWindow() {
        assertEquals(CommandLine.Command.WINDOW, CommandLine.parse(List.of("--db", "/tmp/x.db")).command());
    }

    @Test
    void backupTakesAFolderAndHowManyToKeepWithDefaults() {
        CommandLine plain = CommandLine.parse(List.of("backup"));
        assertEquals(CommandLine.Command.BACKUP, plain.command());
        assertEquals(Path.of("/home/ana/.local/share/rapport/backups"), plain.backupFolder(data));
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport.db"), plain.databaseFile(data));
        assertEquals(10, plain.keep());

        CommandLine given = CommandLine.parse(List.of("--db", "/tmp/x.db", "backup", "--to", "/mnt/usb", "--keep", "3"));
        assertEquals(Path.of("/tmp/x.db"), given.databaseFile(data));
        assertEquals(Path.of("/mnt/usb"), given.backupFolder(data));
        assertEquals(3, given.keep());
        CommandLine equals = CommandLine.parse(List.of("backup", "--to=/mnt/usb", "--keep=5"));
        assertEquals(Path.of("/mnt/usb"), equals.backupFolder(data));
        assertEquals(5, equals.keep());
    }

    @Test
    void restoreTakesTheBackupFileAndCheckTakesNothingElse() {
        CommandLine restore = CommandLine.parse(List.of("restore", "/mnt/usb/rapport-backup-20261123-101500.db",
                "--db", "/tmp/x.db"));
        assertEquals(CommandLine.Command.RESTORE, restore.command());
        assertEquals(Path.of("/mnt/usb/rapport-backup-20261123-101500.db"), restore.file());
        assertEquals(Path.of("/tmp/x.db"), restore.databaseFile(data));
        assertEquals(CommandLine.Command.CHECK, CommandLine.parse(List.of("check")).command());
    }

    @Test
    void commandMistakesAreExplained() {
        assertEquals("Unknown command: bakup (the commands are backup, restore and check)", problem("bakup"));
        assertEquals("restore needs the backup file, e.g. rapport restore ~/rapport-backup-20261123-101500.db",
                problem("restore"));
        assertEquals("Unexpected argument: more.db", problem("restore", "a.db", "more.db"));
        assertEquals("Unexpected argument: now", problem("check", "now"));
        assertEquals("--keep needs how many backups to keep (1 or more), e.g. --keep 10",
                problem("backup", "--keep", "0"));
        assertEquals("--keep needs how many backups to keep (1 or more), e.g. --keep 10",
                problem("backup", "--keep=ten"));
        assertEquals("--keep needs how many backups to keep (1 or more), e.g. --keep 10", problem("backup", "--keep"));
        assertEquals("--to needs a folder, e.g. --to ~/rapport-backups", problem("backup", "--to"));
        assertEquals("--to and --keep go with backup, e.g. rapport backup --keep 10", problem("check", "--keep", "2"));
        assertEquals("--to and --keep go with backup, e.g. rapport backup --keep 10", problem("--to", "/x"));
        assertEquals("--demo is for the window; check works on your database or the one given with --db",
                problem("check", "--demo"));
    }

    private static String problem(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of(args))).getMessage();
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
