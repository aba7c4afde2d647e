package app.rapport.service.exports;

import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import app.rapport.store.SafeWrite;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an export the safe way: streamed into a temporary file beside the target, forced to disk, and moved into
 * place only when complete ({@link SafeWrite}). A failure or a cancellation removes the temporary file and leaves
 * whatever was at the target before untouched. The database is read in one transaction, so the file shows one
 * consistent moment even while the app keeps working (other database work waits for the export).
 */
final class ExportFile {

    /** Writes the export's bytes, reading the database in the transaction it runs in. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    static void write(Database database, Path target, Body body) throws IOException {
        refuseDatabase(target);
        try {
            SafeWrite.replace(target, temporary -> {
                try (FileOutputStream file = new FileOutputStream(temporary.toFile());
                     OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                    database.transaction(connection -> {
                        try {
                            body.write(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return null;
                    });
                    out.flush();
                    file.getFD().sync();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * An export never replaces a database: not the open one (the name is easily mixed up with import's or
     * restore's), not a backup, not its journal. An existing file that starts like a SQLite file is refused.
     */
    static void refuseDatabase(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        byte[] start = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(target)) {
            read = in.readNBytes(start, 0, start.length);
        }
        String name = target.getFileName().toString();
        boolean companion = name.endsWith(DatabaseLock.SUFFIX)
                || Database.COMPANION_SUFFIXES.stream().anyMatch(name::endsWith);
        if (read == start.length && new String(start, StandardCharsets.US_ASCII).equals("SQLite format 3\0")
                || companion) {
            throw new IOException(name + " is a database file (yours, a backup or part of one); an export never "
                    + "replaces one. Choose another name.");
        }
    }
}
