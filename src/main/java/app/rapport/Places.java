package app.rapport;

import app.rapport.model.Preferences;

import java.nio.file.Path;

/**
 * Where this Rapport keeps things: the database file, the backups folder and how many backups to keep. The command
 * line decides first ({@code --db}, {@code --demo}, {@code --to}, {@code --keep}), then the user's preferences, then
 * the defaults in the per-user data folder ({@code rapport.db}, {@code backups/}, 10).
 *
 * @param automaticBackups whether backups are made on start and before migrations and imports: not for the demo,
 *                         which is regenerated at every start
 * @param remembered       whether the database is the one Rapport opens by default (the preferences' or the
 *                         default file), not one given with {@code --db} or the demo: only that one may be moved,
 *                         is offered its backups when damaged, and must not be silently recreated when missing
 */
public record Places(Path databaseFile, Path backupFolder, int backupsToKeep, boolean automaticBackups,
                     boolean remembered) {

    public static Places of(CommandLine line, DataFolder dataFolder, Preferences preferences) {
        Path database;
        if (line.database() != null) {
            database = line.database();
        } else if (line.demo()) {
            database = dataFolder.path().resolve("rapport-demo.db");
        } else if (preferences.databaseFile() != null) {
            database = preferences.databaseFile();
        } else {
            database = defaultDatabase(dataFolder);
        }
        Path backups = line.backupFolder() != null ? line.backupFolder()
                : preferences.backupFolder() != null ? preferences.backupFolder()
                : defaultBackupFolder(dataFolder);
        int keep = line.keep() != null ? line.keep() : preferences.backupsToKeep();
        return new Places(database.toAbsolutePath(), backups.toAbsolutePath(), keep, !line.demo(),
                line.database() == null && !line.demo());
    }

    public static Path defaultDatabase(DataFolder dataFolder) {
        return dataFolder.path().resolve("rapport.db");
    }

    public static Path defaultBackupFolder(DataFolder dataFolder) {
        return dataFolder.path().resolve("backups");
    }

    /** Another database file, picked by hand (at start, after a problem): not the remembered one. */
    public Places withDatabaseFile(Path file) {
        return new Places(file.toAbsolutePath(), backupFolder, backupsToKeep, automaticBackups, false);
    }

    /** The remembered database in its new place, after a move. */
    public Places movedTo(Path file) {
        return new Places(file.toAbsolutePath(), backupFolder, backupsToKeep, automaticBackups, remembered);
    }

    /** The same database, with backups where the preferences now say. */
    public Places withBackups(Path folder, int keep) {
        return new Places(databaseFile, folder.toAbsolutePath(), keep, automaticBackups, remembered);
    }
}
