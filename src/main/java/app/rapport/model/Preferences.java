package app.rapport.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The user's settings, kept apart from the contacts database so a broken database never hides them.
 *
 * @param stayInTouch   how often to keep in touch, per stage
 * @param theme         light or dark
 * @param databaseFile  the contacts database the app opens; null means the default file in the data folder
 * @param backupFolder  where automatic and manual backups go; null means the "backups" folder beside the database
 * @param backupsToKeep how many backups to keep (the oldest beyond that are removed), at least 1
 */
public record Preferences(StayInTouchCadence stayInTouch, Theme theme, Path databaseFile, Path backupFolder,
                          int backupsToKeep) {

    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;
    public static final int MOST_BACKUPS_TO_KEEP = 1000;

    public Preferences {
        Objects.requireNonNull(stayInTouch, "stayInTouch");
        Objects.requireNonNull(theme, "theme");
        if (backupsToKeep < 1 || backupsToKeep > MOST_BACKUPS_TO_KEEP) {
            throw new IllegalArgumentException("Keep between 1 and " + MOST_BACKUPS_TO_KEEP + " backups");
        }
    }

    public static Preferences defaults() {
        return new Preferences(StayInTouchCadence.defaults(), Theme.LIGHT, null, null, DEFAULT_BACKUPS_TO_KEEP);
    }

    public Preferences withStayInTouch(StayInTouchCadence cadence) {
        return new Preferences(cadence, theme, databaseFile, backupFolder, backupsToKeep);
    }

    public Preferences withTheme(Theme newTheme) {
        return new Preferences(stayInTouch, newTheme, databaseFile, backupFolder, backupsToKeep);
    }

    public Preferences withDatabaseFile(Path file) {
        return new Preferences(stayInTouch, theme, file, backupFolder, backupsToKeep);
    }

    public Preferences withBackups(Path folder, int keep) {
        return new Preferences(stayInTouch, theme, databaseFile, folder, keep);
    }
}
