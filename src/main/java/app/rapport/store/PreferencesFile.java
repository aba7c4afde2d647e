package app.rapport.store;

import app.rapport.model.Preferences;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Theme;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's preferences in a small properties file of their own (by default beside the database in the data
 * folder, never inside it). A missing file means the defaults; a value that cannot be read falls back to its
 * default rather than stopping the app. Saving replaces the file in one step, so a crash leaves the old or the
 * new preferences, never half of each. Reads and writes the disk: call off the JavaFX thread.
 */
public final class PreferencesFile {

    private static final String STAY_IN_TOUCH = "stayInTouch.";
    private static final String THEME = "theme";
    private static final String DATABASE_FILE = "databaseFile";
    private static final String BACKUP_FOLDER = "backups.folder";
    private static final String BACKUPS_TO_KEEP = "backups.keep";

    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Preferences.defaults();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Rapport: cannot read preferences " + file + " (" + e.getMessage()
                    + "); using the defaults");
            return Preferences.defaults();
        }
        StayInTouchCadence cadence = StayInTouchCadence.defaults();
        for (RelationshipStage stage : RelationshipStage.values()) {
            String value = properties.getProperty(STAY_IN_TOUCH + stage.name());
            if (stage.inFlow() && value != null) {
                try {
                    cadence = cadence.with(stage, Integer.parseInt(value.strip()));
                } catch (IllegalArgumentException e) {
                    ignoring(STAY_IN_TOUCH + stage.name(), value);
                }
            }
        }
        Preferences preferences = Preferences.defaults().withStayInTouch(cadence);
        String theme = properties.getProperty(THEME);
        if (theme != null) {
            try {
                preferences = preferences.withTheme(Theme.valueOf(theme.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                ignoring(THEME, theme);
            }
        }
        preferences = preferences.withDatabaseFile(path(properties, DATABASE_FILE));
        int keep = preferences.backupsToKeep();
        String keepText = properties.getProperty(BACKUPS_TO_KEEP);
        if (keepText != null) {
            try {
                keep = Integer.parseInt(keepText.strip());
                if (keep < 1 || keep > Preferences.MOST_BACKUPS_TO_KEEP) {
                    ignoring(BACKUPS_TO_KEEP, keepText);
                    keep = preferences.backupsToKeep();
                }
            } catch (NumberFormatException e) {
                ignoring(BACKUPS_TO_KEEP, keepText);
            }
        }
        return preferences.withBackups(path(properties, BACKUP_FOLDER), keep);
    }

    private Path path(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            ignoring(key, value);
            return null;
        }
    }

    private void ignoring(String key, String value) {
        System.err.println("Rapport: ignoring " + key + "=" + value + " in " + file);
    }

    public void save(Preferences preferences) {
        Properties properties = new Properties();
        for (RelationshipStage stage : RelationshipStage.values()) {
            if (stage.inFlow()) {
                properties.setProperty(STAY_IN_TOUCH + stage.name(),
                        Integer.toString(preferences.stayInTouch().daysFor(stage)));
            }
        }
        properties.setProperty(THEME, preferences.theme().name().toLowerCase(Locale.ROOT));
        if (preferences.databaseFile() != null) {
            properties.setProperty(DATABASE_FILE, preferences.databaseFile().toString());
        }
        if (preferences.backupFolder() != null) {
            properties.setProperty(BACKUP_FOLDER, preferences.backupFolder().toString());
        }
        properties.setProperty(BACKUPS_TO_KEEP, Integer.toString(preferences.backupsToKeep()));
        try {
            SafeWrite.replace(file, temporary -> {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(out, "Rapport preferences");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save preferences to " + file + ": " + e.getMessage(), e);
        }
    }
}
