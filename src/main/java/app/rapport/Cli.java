package app.rapport;

import app.rapport.CommandLine.Command;
import app.rapport.service.Safekeeping;
import app.rapport.service.Transfers;
import app.rapport.service.exports.ExportCancelledException;
import app.rapport.service.exports.ExportFormat;
import app.rapport.service.exports.ExportOptions;
import app.rapport.service.exports.ExportProgress;
import app.rapport.service.exports.ExportResult;
import app.rapport.service.exports.JsonArchive;
import app.rapport.service.imports.ImportCancelledException;
import app.rapport.service.imports.ImportReport;
import app.rapport.service.imports.ImportSource;
import app.rapport.service.imports.SkippedRecord;
import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Backups.NewBackup;
import app.rapport.store.Backups.Restored;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.store.DatabaseProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commands that run without a window ({@code import}, {@code export}, {@code backup}, {@code restore},
 * {@code check}), through the same code as the app ({@link Transfers}, {@link Safekeeping}, {@link Backups},
 * {@link Database}). Each prints one line: the summary on {@code out} with exit status 0,
 * or what went wrong on {@code err} with 1 (64 for wrong arguments). Nothing here touches JavaFX.
 */
public final class Cli {

    /** Exit status for a command that failed. */
    public static final int FAILED = 1;
    /** Exit status for wrong arguments (BSD's EX_USAGE). */
    public static final int USAGE = 64;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Cli() {
    }

    /** Parses {@code args} and runs the command they name; returns the exit status. */
    public static int run(List<String> args, DataFolder dataFolder, Clock clock, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("rapport: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return USAGE;
        }
        if (line.help()) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        if (line.command() == Command.WINDOW) {
            err.println("rapport: no command given (the commands are import, export, backup, restore and check)");
            return USAGE;
        }
        return execute(line, dataFolder, clock, out, err);
    }

    /** Runs the command of {@code line} (not {@link Command#WINDOW}); returns the exit status. */
    public static int execute(CommandLine line, DataFolder dataFolder, Clock clock, PrintStream out, PrintStream err) {
        Places places = Places.of(line, dataFolder, Startup.preferences(dataFolder).load());
        Path database = places.databaseFile();
        try {
            String summary = switch (line.command()) {
                case IMPORT -> importFile(line.file(), places, clock, err);
                case EXPORT -> export(line, places, clock);
                case BACKUP -> backup(places, clock);
                case RESTORE -> restore(line.file(), database, clock);
                case CHECK -> check(database);
                case WINDOW -> throw new IllegalArgumentException("no command given");
            };
            out.println(summary);
            return 0;
        } catch (DatabaseProblem | IOException e) {
            err.println("rapport: " + e.getMessage());
            return FAILED;
        } catch (ImportCancelledException | ExportCancelledException e) {
            err.println("rapport: cancelled; nothing was changed");
            return FAILED;
        } catch (RuntimeException e) {
            err.println("rapport: " + line.command().name().toLowerCase(Locale.ROOT) + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Imports {@code file} as the Import screen does with every suggested merge accepted: a vCard or a known CSV
     * export (another CSV needs its columns matched on the Import screen), or a JSON archive into an empty database.
     * The database must not be open in Rapport; a backup is made first; skipped records go to {@code err}.
     */
    private static String importFile(Path file, Places places, Clock clock, PrintStream err)
            throws DatabaseProblem, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no file " + file + " to import.");
        }
        try (DatabaseLock lock = DatabaseLock.acquire(places.databaseFile());
             Database database = Database.open(places.databaseFile(), Startup.backupBeforeUpgrade(places))) {
            Safekeeping safekeeping = new Safekeeping(database, places.backupFolder(), places.backupsToKeep(), clock);
            Transfers transfers = new Transfers(database, clock);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                safekeeping.backUp();
                JsonArchive.Restored restored = transfers.restoreArchive(file, ExportProgress.NONE, () -> false);
                return "Restored " + contacts((int) restored.contacts()) + ", " + restored.interactions()
                        + " timeline entries, " + restored.introductions() + " introductions and "
                        + restored.meetings() + " meetings from " + file;
            }
            ImportSource source = ImportSource.of(file);
            if (source.format().isCsv() && !source.mapping().givesNames()) {
                throw new IOException("Rapport cannot tell which column of " + file.getFileName() + " holds the names"
                        + " (columns: " + String.join(", ", source.mapping().columns())
                        + "). Import it from the Import screen, where you can match the columns.");
            }
            safekeeping.backUp();
            ImportReport report = transfers.imports().run(source, Map.of(), progress -> { }, () -> false);
            for (SkippedRecord skipped : report.skipped()) {
                err.println("rapport: skipped " + skipped);
            }
            return "Imported " + file.getFileName() + " (" + source.format().label() + "): " + report.added()
                    + " added, " + report.merged() + " merged, " + report.skipped().size() + " skipped";
        }
    }

    private static String export(CommandLine line, Places places, Clock clock) throws DatabaseProblem, IOException {
        Path file = places.databaseFile();
        if (!Files.exists(file)) {
            throw new IOException("There is no database at " + file + " to export.");
        }
        ExportFormat format = ExportFormat.valueOf(line.format().toUpperCase(Locale.ROOT));
        try (Database database = Database.open(file, Startup.backupBeforeUpgrade(places))) {
            ExportResult result = new Transfers(database, clock).exports().export(format, line.file(),
                    new ExportOptions(line.includeArchived(), line.includeConfidential()), ExportProgress.NONE,
                    () -> false);
            return switch (format) {
                case VCARD -> "Exported " + contacts((int) result.written()) + " to " + result.file() + " (vCard 4.0)";
                case CSV -> "Exported " + contacts((int) result.written()) + " to " + result.file() + " (CSV)";
                case JSON -> "Archived " + result.written() + " items to " + result.file()
                        + (line.includeConfidential() ? " (confidential notes included)"
                        : " (" + result.confidentialLeftOut() + " confidential notes left out)");
            };
        }
    }

    private static String backup(Places places, Clock clock) throws DatabaseProblem, IOException {
        Path file = places.databaseFile();
        if (!Files.exists(file)) {
            throw new IOException("There is no database at " + file + " to back up.");
        }
        try (Database database = Database.open(file, Startup.backupBeforeUpgrade(places))) {
            NewBackup made = new Backups(places.backupFolder(), clock).backup(database, places.backupsToKeep());
            Backup backup = made.backup();
            return String.format(Locale.ROOT, "Backed up %s to %s (%s, integrity ok); %d kept",
                    contacts(backup.contacts()), backup.file(), Backups.readableSize(backup.size()), made.kept());
        }
    }

    private static String restore(Path backupFile, Path target, Clock clock) throws DatabaseProblem, IOException {
        Restored restored;
        try (DatabaseLock lock = DatabaseLock.acquire(target)) {
            restored = Backups.restore(backupFile, target, clock);
        }
        Backup backup = restored.backup();
        return "Restored " + contacts(backup.contacts()) + " from " + backup.file()
                + (backup.taken() == null ? "" : " (taken " + WHEN.format(backup.taken()) + ")")
                + " into " + restored.target()
                + restored.previous().map(p -> "; the previous file is kept as " + p)
                        .orElse("; there was no previous file");
    }

    private static String check(Path file) throws DatabaseProblem {
        Backup checked = Backups.verify(file);
        return "ok: " + contacts(checked.contacts()) + ", schema " + checked.schemaVersion();
    }

    private static String contacts(int count) {
        return count + (count == 1 ? " contact" : " contacts");
    }
}
