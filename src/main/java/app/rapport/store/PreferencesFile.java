package app.rapport.store;

import app.rapport.model.Preferences;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The user's preferences in a small properties file of their own (by default beside the database in the data
 * folder, never inside it). A missing file means the defaults; a value that cannot be read falls back to its
 * default rather than stopping the app. Saving replaces the file in one step, so a crash leaves the old or the
 * new preferences, never half of each. Reads and writes the disk: call off the JavaFX thread.
 */
public final class PreferencesFile {

    private static final String STAY_IN_TOUCH = "stayInTouch.";

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
                    System.err.println("Rapport: ignoring " + STAY_IN_TOUCH + stage.name() + "=" + value + " in "
                            + file);
                }
            }
        }
        return Preferences.defaults().withStayInTouch(cadence);
    }

    public void save(Preferences preferences) {
        Properties properties = new Properties();
        for (RelationshipStage stage : RelationshipStage.values()) {
            if (stage.inFlow()) {
                properties.setProperty(STAY_IN_TOUCH + stage.name(),
                        Integer.toString(preferences.stayInTouch().daysFor(stage)));
            }
        }
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
