package app.rapport.store;

import app.rapport.model.Preferences;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreferencesFileTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    private String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileMeansTheDefaultsAndIsNotCreated() {
        Path file = dir.resolve("preferences.properties");
        assertEquals(Preferences.defaults(), new PreferencesFile(file).load());
        assertEquals(Map.of(JUST_MET, 14, GETTING_TO_KNOW, 30, LIKE, 60, TRUST, 45, PARTNER, 30),
                Preferences.defaults().stayInTouch().days());
        assertFalse(Files.exists(file));
        assertEquals("", errors(), "a missing file is normal: nothing to report");
    }

    @Test
    void savedPreferencesLoadBackAsTheyWere() throws IOException {
        Path file = dir.resolve("preferences.properties");
        Preferences mine = Preferences.defaults().withStayInTouch(new StayInTouchCadence(Map.of(
                JUST_MET, 7, GETTING_TO_KNOW, 21, LIKE, 365, TRUST, 1, PARTNER, 90)));

        new PreferencesFile(file).save(mine);

        assertEquals(mine, new PreferencesFile(file).load());
        Properties stored = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        }
        assertEquals(Map.of("stayInTouch.JUST_MET", "7", "stayInTouch.GETTING_TO_KNOW", "21",
                "stayInTouch.LIKE", "365", "stayInTouch.TRUST", "1", "stayInTouch.PARTNER", "90",
                "theme", "light", "backups.keep", "10"), stored);
    }

    @Test
    void themeDatabaseAndBackupsAreKept() {
        Path file = dir.resolve("preferences.properties");
        Preferences mine = Preferences.defaults().withTheme(Theme.DARK)
                .withDatabaseFile(dir.resolve("elsewhere").resolve("my network.db"))
                .withBackups(dir.resolve("safe place"), 3);

        new PreferencesFile(file).save(mine);

        assertEquals(mine, new PreferencesFile(file).load());
    }

    @Test
    void unreadableThemeOrBackupCountFallsBackToTheDefault() throws IOException {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "theme=purple\nbackups.keep=0\nstayInTouch.LIKE=20\n");

        Preferences loaded = new PreferencesFile(file).load();

        assertEquals(Theme.LIGHT, loaded.theme());
        assertEquals(Preferences.DEFAULT_BACKUPS_TO_KEEP, loaded.backupsToKeep());
        assertEquals(20, loaded.stayInTouch().daysFor(LIKE), "the readable values are still used");
        assertTrue(errors().contains("theme=purple"), errors());
    }

    @Test
    void savingAgainReplacesTheFile() {
        PreferencesFile preferences = new PreferencesFile(dir.resolve("preferences.properties"));
        preferences.save(Preferences.defaults().withStayInTouch(StayInTouchCadence.defaults().with(LIKE, 10)));
        Preferences second = Preferences.defaults().withStayInTouch(StayInTouchCadence.defaults().with(TRUST, 20));
        preferences.save(second);
        assertEquals(second, preferences.load());
        assertEquals(60, preferences.load().stayInTouch().daysFor(LIKE));
    }

    @Test
    void savingCreatesTheFolderAndLeavesNoTemporaryFilesBehind() throws IOException {
        Path folder = dir.resolve("data").resolve("rapport");
        PreferencesFile preferences = new PreferencesFile(folder.resolve("preferences.properties"));
        preferences.save(Preferences.defaults());
        preferences.save(Preferences.defaults().withStayInTouch(StayInTouchCadence.defaults().with(LIKE, 45)));
        assertEquals(Set.of("preferences.properties"), names(folder));
    }

    @Test
    void aValueThatCannotBeReadFallsBackToItsDefaultAndTheRestIsKept() throws IOException {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, """
                # edited by hand
                stayInTouch.JUST_MET = abc
                stayInTouch.GETTING_TO_KNOW = 0
                stayInTouch.LIKE = 366
                stayInTouch.TRUST =  21\s
                stayInTouch.PARTNER = -5
                stayInTouch.PARKED = 10
                something.else = 3
                """, StandardCharsets.UTF_8);

        Preferences loaded = new PreferencesFile(file).load();

        assertEquals(Map.of(JUST_MET, 14, GETTING_TO_KNOW, 30, LIKE, 60, TRUST, 21, PARTNER, 30),
                loaded.stayInTouch().days());
        String reported = errors();
        assertTrue(reported.contains("stayInTouch.JUST_MET=abc"), reported);
        assertTrue(reported.contains("stayInTouch.GETTING_TO_KNOW=0"), reported);
        assertTrue(reported.contains("stayInTouch.LIKE=366"), reported);
        assertTrue(reported.contains("stayInTouch.PARTNER=-5"), reported);
        assertFalse(reported.contains("TRUST"), reported);
        assertEquals(4, reported.lines().count(), "one line per value ignored: " + reported);
    }

    @Test
    void aFileThatIsNotPropertiesTextMeansTheDefaults() throws IOException {
        Path file = dir.resolve("preferences.properties");
        // Not UTF-8 at all: bytes no text file holds.
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80});
        assertEquals(Preferences.defaults(), new PreferencesFile(file).load());
        assertTrue(errors().contains("using the defaults"), errors());

        // A broken escape that Properties refuses outright.
        Files.writeString(file, "stayInTouch.LIKE=20\nstayInTouch.TRUST=\\uZZZZ\n", StandardCharsets.UTF_8);
        assertEquals(Preferences.defaults(), new PreferencesFile(file).load());
    }

    @Test
    void aFolderWhereTheFileShouldBeMeansTheDefaults() throws IOException {
        Path file = Files.createDirectory(dir.resolve("preferences.properties"));
        assertEquals(Preferences.defaults(), new PreferencesFile(file).load());
        assertTrue(errors().contains("using the defaults"), errors());
    }

    @Test
    void aSaveThatFailsSaysSoAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = Files.createDirectory(dir.resolve("preferences.properties"));
        Files.writeString(file.resolve("keep.txt"), "not empty");

        UncheckedIOException failed = assertThrows(UncheckedIOException.class,
                () -> new PreferencesFile(file).save(Preferences.defaults()));
        assertTrue(failed.getMessage().startsWith("Cannot save preferences to " + file), failed.getMessage());
        assertEquals(Set.of("preferences.properties"), names(dir));
        assertEquals(Set.of("keep.txt"), names(file));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
