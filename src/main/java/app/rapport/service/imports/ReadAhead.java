package app.rapport.service.imports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The records of a file, read and checked on a thread of their own up to {@value #AHEAD} records ahead of the
 * import that takes them. Reading and checking the cards of a large vCard file is a fifth of an import's work; on a
 * second core it runs while SQLite writes the records before. Memory stays bounded: at most {@value #AHEAD} records
 * wait. A failure of the reading thread comes out of {@link #next} in its place, as it would have without it.
 */
final class ReadAhead implements IncomingRecords {

    static final int AHEAD = 256;

    /** A record, or the end of the file ({@code record} null), or what went wrong; with the bytes read so far. */
    private record Item(IncomingRecord record, long bytesRead, Throwable failure) {
    }

    private final IncomingRecords source;
    private final UnaryOperator<IncomingRecord> check;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private long bytesRead;
    private boolean ended;

    /**
     * Starts reading {@code source} at once, passing each record through {@code check} (which may turn it into a
     * record that cannot be imported, with its reason). Closing this closes {@code source}.
     */
    ReadAhead(IncomingRecords source, UnaryOperator<IncomingRecord> check) {
        this.source = source;
        this.check = check;
        reader = new Thread(this::read, "import reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            IncomingRecord record;
            while (!stopped && (record = source.next()) != null) {
                hand(new Item(check.apply(record), source.bytesRead(), null));
            }
            hand(new Item(null, source.bytesRead(), null));
        } catch (IOException | RuntimeException | Error e) {
            hand(new Item(null, 0, e));
        }
    }

    /** Puts {@code item} in the queue once there is room, unless the import has stopped taking records. */
    private void hand(Item item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public IncomingRecord next() throws IOException {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading the file");
        }
        if (item.failure() != null) {
            ended = true;
            if (item.failure() instanceof IOException io) {
                throw io;
            }
            if (item.failure() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) item.failure();
        }
        bytesRead = item.bytesRead();
        ended = item.record() == null;
        return item.record();
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public long totalBytes() {
        return source.totalBytes();
    }

    /** The source's notes, once the reading thread is done: it is once {@link #next} has said so, else it stops. */
    @Override
    public List<String> notes() {
        if (!ended) {
            stopped = true;
        }
        waitForReader();
        return source.notes();
    }

    /** Stops the reading thread, waits for it and closes the file. */
    @Override
    public void close() throws IOException {
        stopped = true;
        waitForReader();
        source.close();
    }

    private void waitForReader() {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
