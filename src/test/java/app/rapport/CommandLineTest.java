package app.rapport;

import app.rapport.model.Preferences;
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

    private Places places(CommandLine line) {
        return Places.of(line, data, Preferences.defaults());
    }

    @Test
    void preferencesChooseTheDatabaseAndBackupsUnlessTheCommandLineSaysOtherwise() {
        Preferences mine = Preferences.defaults().withDatabaseFile(Path.of("/srv/ana/network.db"))
                .withBackups(Path.of("/mnt/usb/rapport"), 4);
        Places preferred = Places.of(CommandLine.parse(List.of()), data, mine);
        assertEquals(Path.of("/srv/ana/network.db"), preferred.databaseFile());
        assertEquals(Path.of("/mnt/usb/rapport"), preferred.backupFolder());
        assertEquals(4, preferred.backupsToKeep());
        assertTrue(preferred.automaticBackups());

        Places given = Places.of(CommandLine.parse(List.of("--db", "/tmp/x.db", "backup", "--to", "/tmp/b", "--keep",
                "2")), data, mine);
        assertEquals(Path.of("/tmp/x.db"), given.databaseFile());
        assertEquals(Path.of("/tmp/b"), given.backupFolder());
        assertEquals(2, given.backupsToKeep());

        Places demo = Places.of(CommandLine.parse(List.of("--demo")), data, mine);
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport-demo.db"), demo.databaseFile());
        assertFalse(demo.automaticBackups(), "the demo is made anew at every start: nothing to back up");
    }

    @Test
    void noArgumentsOpenTheUsersDatabaseInTheDataFolder() {
        CommandLine line = CommandLine.parse(List.of());
        assertFalse(line.demo());
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport.db"), places(line).databaseFile());
    }

    @Test
    void dbPicksAnotherFileInEitherSpelling() {
        assertEquals(Path.of("/tmp/x.db"), places(CommandLine.parse(List.of("--db", "/tmp/x.db"))).databaseFile());
        assertEquals(Path.of("/tmp/y.db"), places(CommandLine.parse(List.of("--db=/tmp/y.db"))).databaseFile());
    }

    @Test
    void demoUsesItsOwnFileAndNeverTheUsersDatabase() {
        CommandLine line = CommandLine.parse(List.of("--demo"));
        assertTrue(line.demo());
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport-demo.db"), places(line).databaseFile());
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
        assertEquals(Path.of("/home/ana/.local/share/rapport/backups"), places(plain).backupFolder());
        assertEquals(Path.of("/home/ana/.local/share/rapport/rapport.db"), places(plain).databaseFile());
        assertEquals(10, places(plain).backupsToKeep());

        CommandLine given = CommandLine.parse(List.of("--db", "/tmp/x.db", "backup", "--to", "/mnt/usb", "--keep", "3"));
        assertEquals(Path.of("/tmp/x.db"), places(given).databaseFile());
        assertEquals(Path.of("/mnt/usb"), places(given).backupFolder());
        assertEquals(3, places(given).backupsToKeep());
        CommandLine equals = CommandLine.parse(List.of("backup", "--to=/mnt/usb", "--keep=5"));
        assertEquals(Path.of("/mnt/usb"), places(equals).backupFolder());
        assertEquals(5, places(equals).backupsToKeep());
    }

    @Test
    void restoreTakesTheBackupFileAndCheckTakesNothingElse() {
        CommandLine restore = CommandLine.parse(List.of("restore", "/mnt/usb/rapport-backup-20261123-101500.db",
                "--db", "/tmp/x.db"));
        assertEquals(CommandLine.Command.RESTORE, restore.command());
        assertEquals(Path.of("/mnt/usb/rapport-backup-20261123-101500.db"), restore.file());
        assertEquals(Path.of("/tmp/x.db"), places(restore).databaseFile());
        assertEquals(CommandLine.Command.CHECK, CommandLine.parse(List.of("check")).command());
    }

    @Test
    void commandMistakesAreExplained() {
        assertEquals("Unknown command: bakup (the commands are import, export, backup, restore and check)",
                problem("bakup"));
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

    @Test
    void importTakesAFileAndExportAFormatAndAFile() {
        CommandLine importing = CommandLine.parse(List.of("import", "/home/ana/contacts.vcf", "--db", "/tmp/x.db"));
        assertEquals(CommandLine.Command.IMPORT, importing.command());
        assertEquals(Path.of("/home/ana/contacts.vcf"), importing.file());

        CommandLine exporting = CommandLine.parse(List.of("export", "--format", "JSON", "/tmp/all.json",
                "--include-confidential"));
        assertEquals(CommandLine.Command.EXPORT, exporting.command());
        assertEquals("json", exporting.format());
        assertEquals(Path.of("/tmp/all.json"), exporting.file());
        assertTrue(exporting.includeConfidential());
        assertFalse(exporting.includeArchived());
        assertTrue(CommandLine.parse(List.of("export", "--format=csv", "--include-archived", "/tmp/a.csv"))
                .includeArchived());
    }

    @Test
    void importAndExportMistakesAreExplained() {
        assertEquals("import needs the file to import, e.g. rapport import ~/contacts.vcf", problem("import"));
        assertEquals("export needs a format and a file, e.g. rapport export --format vcard ~/contacts.vcf",
                problem("export", "/tmp/a.vcf"));
        assertEquals("--format needs vcard, csv or json, e.g. --format vcard (not xml)",
                problem("export", "--format", "xml", "/tmp/a.xml"));
        assertEquals("--include-confidential goes with --format json: vCard and CSV never carry confidential notes",
                problem("export", "--format", "csv", "--include-confidential", "/tmp/a.csv"));
        assertEquals("--format, --include-archived and --include-confidential go with export",
                problem("import", "a.vcf", "--format", "csv"));
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
