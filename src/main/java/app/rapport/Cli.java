package app.rapport;

import app.rapport.CommandLine.Command;
import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.store.Backups.NewBackup;
import app.rapport.store.Backups.Restored;
import app.rapport.store.Database;
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

/**
 * The commands that run without a window ({@code backup}, {@code restore}, {@code check}), through the same code as
 * the app ({@link Backups}, {@link Database}). Each prints one line: the summary on {@code out} with exit status 0,
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
            err.println("rapport: no command given (the commands are backup, restore and check)");
            return USAGE;
        }
        return execute(line, dataFolder, clock, out, err);
    }

    /** Runs the command of {@code line} (not {@link Command#WINDOW}); returns the exit status. */
    public static int execute(CommandLine line, DataFolder dataFolder, Clock clock, PrintStream out, PrintStream err) {
        Path database = line.databaseFile(dataFolder).toAbsolutePath();
        try {
            String summary = switch (line.command()) {
                case BACKUP -> backup(database, line.backupFolder(dataFolder), line.keep(), clock);
                case RESTORE -> restore(line.file(), database, clock);
                case CHECK -> check(database);
                case WINDOW -> throw new IllegalArgumentException("no command given");
            };
            out.println(summary);
            return 0;
        } catch (DatabaseProblem | IOException e) {
            err.println("rapport: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("rapport: " + line.command().name().toLowerCase(Locale.ROOT) + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static String backup(Path file, Path folder, int keep, Clock clock) throws DatabaseProblem, IOException {
        if (!Files.exists(file)) {
            throw new IOException("There is no database at " + file + " to back up.");
        }
        try (Database database = Database.open(file)) {
            NewBackup made = new Backups(folder, clock).backup(database, keep);
            Backup backup = made.backup();
            return String.format(Locale.ROOT, "Backed up %s to %s (%s, integrity ok); %d kept",
                    contacts(backup.contacts()), backup.file(), size(backup.size()), made.kept());
        }
    }

    private static String restore(Path backupFile, Path target, Clock clock) throws DatabaseProblem, IOException {
        Restored restored = Backups.restore(backupFile, target, clock);
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

    /** 212 KB, 3.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024L * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
