package app.rapport;

import java.nio.file.Path;
import java.util.List;

/**
 * What Rapport was started with: {@code --db PATH} picks the database file, {@code --demo} opens a freshly
 * generated demo network in its own file, {@code --help} prints usage.
 */
public record CommandLine(Path database, boolean demo, boolean help) {

    public static final String USAGE = """
            Usage: rapport [--db PATH] [--demo] [--help]
              --db PATH   open (or create) the Rapport database at PATH
                          (default: rapport.db in your data folder)
              --demo      open a generated demo network of about 60 people, in its own file
                          (rapport-demo.db in your data folder, recreated at every --demo start;
                          your own database is not touched)
              --help      show this help""";

    /** @throws IllegalArgumentException with a message fit for the user when the arguments are wrong */
    public static CommandLine parse(List<String> args) {
        Path database = null;
        boolean demo = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        throw new IllegalArgumentException("--db needs a file path, e.g. --db ~/rapport.db");
                    }
                    database = Path.of(args.get(++i));
                }
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        database = Path.of(arg.substring("--db=".length()));
                    } else {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                }
            }
        }
        if (demo && database != null) {
            throw new IllegalArgumentException("--demo uses its own file in your data folder; leave out --db");
        }
        return new CommandLine(database, demo, help);
    }

    /** The file to open: the one given, else the demo file or the user's database in their data folder. */
    public Path databaseFile(DataFolder dataFolder) {
        if (database != null) {
            return database;
        }
        return dataFolder.path().resolve(demo ? "rapport-demo.db" : "rapport.db");
    }
}
