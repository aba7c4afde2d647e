package app.rapport;

import app.rapport.store.Backups;

import java.nio.file.Path;
import java.util.List;

/**
 * What Rapport was started with: {@code --db PATH} picks the database file, {@code --demo} opens a freshly
 * generated demo network in its own file, {@code --help} prints usage. A command ({@code import FILE}, {@code export
 * --format F FILE}, {@code backup}, {@code restore FILE}, {@code check}) runs without a window; {@code backup} also
 * takes {@code --to FOLDER} and {@code --keep N}.
 *
 * @param command      what to do: open the window, or one of the commands
 * @param file         the backup file of {@code restore}, else null
 * @param backupFolder the folder given with {@code --to}, else null (then: backups in the data folder)
 * @param keep         how many backups {@code backup} keeps, given with {@code --keep}, else null
 * @param format       what {@code export} writes: vcard, csv or json
 * @param includeConfidential whether {@code export --format json} includes confidential notes
 * @param includeArchived     whether {@code export} of vCard or CSV includes archived contacts
 */
public record CommandLine(Path database, boolean demo, boolean help, Command command, Path file, Path backupFolder,
                          Integer keep, String format, boolean includeConfidential, boolean includeArchived) {

    /** What Rapport was asked to do. */
    public enum Command {
        /** Open the window (no command given). */
        WINDOW,
        IMPORT,
        EXPORT,
        BACKUP,
        RESTORE,
        CHECK
    }

    private static final List<String> FORMATS = List.of("vcard", "csv", "json");

    public static final String USAGE = """
            Usage: rapport [--db PATH] [--demo] [--help]
                   rapport import FILE [--db PATH]
                   rapport export --format vcard|csv|json FILE [--include-archived] [--include-confidential] [--db PATH]
                   rapport backup [--db PATH] [--to FOLDER] [--keep N]
                   rapport restore FILE [--db PATH]
                   rapport check [--db PATH]
              --db PATH   open (or create) the Rapport database at PATH
                          (default: rapport.db in your data folder)
              --demo      open a generated demo network of about 60 people, in its own file
                          (rapport-demo.db in your data folder, recreated at every --demo start;
                          your own database is not touched)
              --help      show this help
            Commands (no window; each prints one line, exits 0 on success, 1 on failure, 64 on wrong arguments):
              import FILE   add the people in FILE: vCard (.vcf), the CSV exports of LinkedIn, Google Contacts
                            or Outlook, or a Rapport archive (.json, into an empty database only); people
                            already in Rapport (same email, or same name and organisation) are merged, not
                            added twice; records that cannot be imported are listed on stderr with their
                            line; a backup is made first and the import is all or nothing (close Rapport first)
              export        write FILE: vcard (4.0) or csv of the active contacts (--include-archived for all),
                            or json, an archive of everything that imports back into an empty database
                            (confidential notes only with --include-confidential)
              backup        copy the database into FOLDER as rapport-backup-YYYYMMDD-HHMMSS.db (UTC),
                            verified with an integrity check, keeping the newest N backups
                            (default: the backups folder in your data folder, N = 10)
              restore FILE  replace the database with the backup FILE, after checking it; the current
                            file is kept beside it as NAME.before-restore-YYYYMMDD-HHMMSS
                            (close Rapport first)
              check         check the database's integrity and print its contact count and schema""";

    /** @throws IllegalArgumentException with a message fit for the user when the arguments are wrong */
    public static CommandLine parse(List<String> args) {
        Path database = null;
        boolean demo = false;
        boolean help = false;
        Command command = Command.WINDOW;
        Path file = null;
        Path backupFolder = null;
        Integer keep = null;
        String format = null;
        boolean confidential = false;
        boolean archived = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> database = Path.of(value(args, ++i, "--db needs a file path, e.g. --db ~/rapport.db"));
                case "--to" -> backupFolder = Path.of(value(args, ++i,
                        "--to needs a folder, e.g. --to ~/rapport-backups"));
                case "--keep" -> keep = keep(value(args, ++i, KEEP_NEEDS));
                case "--format" -> format = format(value(args, ++i, FORMAT_NEEDS));
                case "--include-confidential" -> confidential = true;
                case "--include-archived" -> archived = true;
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        database = Path.of(arg.substring("--db=".length()));
                    } else if (arg.startsWith("--to=")) {
                        backupFolder = Path.of(arg.substring("--to=".length()));
                    } else if (arg.startsWith("--keep=")) {
                        keep = keep(arg.substring("--keep=".length()));
                    } else if (arg.startsWith("--format=")) {
                        format = format(arg.substring("--format=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    } else if (command == Command.WINDOW) {
                        command = switch (arg) {
                            case "import" -> Command.IMPORT;
                            case "export" -> Command.EXPORT;
                            case "backup" -> Command.BACKUP;
                            case "restore" -> Command.RESTORE;
                            case "check" -> Command.CHECK;
                            default -> throw new IllegalArgumentException("Unknown command: " + arg
                                    + " (the commands are import, export, backup, restore and check)");
                        };
                    } else if ((command == Command.RESTORE || command == Command.IMPORT || command == Command.EXPORT)
                            && file == null) {
                        file = Path.of(arg);
                    } else {
                        throw new IllegalArgumentException("Unexpected argument: " + arg);
                    }
                }
            }
        }
        if (demo && database != null) {
            throw new IllegalArgumentException("--demo uses its own file in your data folder; leave out --db");
        }
        if (demo && command != Command.WINDOW) {
            throw new IllegalArgumentException("--demo is for the window; " + command.name().toLowerCase()
                    + " works on your database or the one given with --db");
        }
        if ((backupFolder != null || keep != null) && command != Command.BACKUP) {
            throw new IllegalArgumentException("--to and --keep go with backup, e.g. rapport backup --keep 10");
        }
        if (command == Command.RESTORE && file == null && !help) {
            throw new IllegalArgumentException(
                    "restore needs the backup file, e.g. rapport restore ~/rapport-backup-20261123-101500.db");
        }
        if (command == Command.IMPORT && file == null && !help) {
            throw new IllegalArgumentException("import needs the file to import, e.g. rapport import ~/contacts.vcf");
        }
        if (command == Command.EXPORT && !help && (file == null || format == null)) {
            throw new IllegalArgumentException(
                    "export needs a format and a file, e.g. rapport export --format vcard ~/contacts.vcf");
        }
        if ((format != null || confidential || archived) && command != Command.EXPORT) {
            throw new IllegalArgumentException(
                    "--format, --include-archived and --include-confidential go with export");
        }
        if (confidential && !"json".equals(format)) {
            throw new IllegalArgumentException("--include-confidential goes with --format json: vCard and CSV never "
                    + "carry confidential notes");
        }
        return new CommandLine(database, demo, help, command, file, backupFolder, keep, format, confidential,
                archived);
    }

    private static final String FORMAT_NEEDS = "--format needs vcard, csv or json, e.g. --format vcard";

    private static String format(String value) {
        String format = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException(FORMAT_NEEDS + " (not " + value + ")");
        }
        return format;
    }

    private static final String KEEP_NEEDS = "--keep needs how many backups to keep (1 or more), e.g. --keep 10";

    private static String value(List<String> args, int i, String problem) {
        if (i >= args.size() || args.get(i).isBlank() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(problem);
        }
        return args.get(i);
    }

    private static int keep(String value) {
        try {
            int keep = Integer.parseInt(value.trim());
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException(KEEP_NEEDS);
    }

}
