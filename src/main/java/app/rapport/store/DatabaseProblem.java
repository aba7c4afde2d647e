package app.rapport.store;

import java.nio.file.Path;

/**
 * Why a file could not be opened as a Rapport database. When this is thrown, the file's bytes were left untouched.
 */
public class DatabaseProblem extends Exception {

    public enum Kind {
        /** The file is not a SQLite database at all. */
        NOT_A_DATABASE,
        /** A SQLite database, but another program's. */
        NOT_RAPPORT,
        /** A Rapport database that fails SQLite's integrity check or cannot be read. */
        CORRUPT,
        /** Written by a newer Rapport than this one. */
        NEWER_VERSION,
        /** The file or its folder cannot be opened or created. */
        CANNOT_OPEN,
        /** Another Rapport has this database open. */
        IN_USE
    }

    private final Kind kind;
    private final Path file;

    public DatabaseProblem(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
