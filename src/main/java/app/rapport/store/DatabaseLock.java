package app.rapport.store;

import app.rapport.store.DatabaseProblem.Kind;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this Rapport is the only one using a database file: an exclusive lock on {@code <file>.lock} beside it,
 * held while the window is open and released when it closes (or when the process ends in any way, a crash too, since
 * the operating system drops the lock with the process).
 *
 * <p>SQLite itself would keep two writers from corrupting the file, but two windows on one database would each show
 * a stale picture of the other's edits. The lock is a separate file so that it never interferes with SQLite's own
 * locks on the database file. The lock file is left in place (empty); only the lock on it matters.
 */
public final class DatabaseLock implements AutoCloseable {

    /** What the lock file's name adds to the database's. */
    public static final String SUFFIX = ".lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private DatabaseLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    /**
     * Takes the lock for the database {@code database}, creating its folder if need be.
     *
     * @throws DatabaseProblem of kind {@link Kind#IN_USE} when another Rapport holds it, or
     *                         {@link Kind#CANNOT_OPEN} when the lock file cannot be made
     */
    public static DatabaseLock acquire(Path database) throws DatabaseProblem {
        Path absolute = database.toAbsolutePath();
        Path file = fileFor(absolute);
        FileChannel channel = null;
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DatabaseLock(channel, lock, file);
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process: another window of this Rapport
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseProblem(Kind.CANNOT_OPEN, absolute,
                    "Cannot lock " + absolute.getFileName() + " for this window (" + file + ": " + e.getMessage()
                            + ").", e);
        }
        closeQuietly(channel);
        throw new DatabaseProblem(Kind.IN_USE, absolute, absolute.getFileName()
                + " is already open in another Rapport window. Switch to that window, or close it and try again.",
                null);
    }

    /** The lock file of {@code database}: {@code <name>.lock} beside it. */
    public static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** Releases the lock; another Rapport may then open the database. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
