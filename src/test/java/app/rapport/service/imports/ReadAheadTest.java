package app.rapport.service.imports;

import app.rapport.model.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading ahead on another thread gives the import what reading in place would, in the same order. */
@Timeout(20)
class ReadAheadTest {

    @Test
    void everyRecordInOrderCheckedWithTheBytesReadUpToItThenTheNotes() throws Exception {
        Numbered file = new Numbered(3 * ReadAhead.AHEAD + 7, -1);
        List<Integer> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (ReadAhead records = new ReadAhead(file, r -> r.line() % 100 == 0
                ? IncomingRecord.problem(r.line(), "checked out") : r)) {
            assertEquals(10L * file.count, records.totalBytes());
            IncomingRecord record;
            while ((record = records.next()) != null) {
                lines.add(record.line());
                assertEquals(10L * record.line(), records.bytesRead(), "progress follows the records taken");
                if (!record.readable()) {
                    problems.add(record.line() + ": " + record.problem());
                }
            }
            assertNull(records.next(), "the end stays the end");
            assertEquals(List.of("read " + file.count), records.notes());
        }
        assertEquals(file.count, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i));
        }
        assertEquals(List.of("100: checked out", "200: checked out", "300: checked out", "400: checked out",
                "500: checked out", "600: checked out", "700: checked out"), problems);
        assertEquals(1, file.closed.get());
    }

    @Test
    void aFailureWhileReadingComesOutWhereItHappened() throws Exception {
        Numbered file = new Numbered(1000, 300);
        try (ReadAhead records = new ReadAhead(file, r -> r)) {
            for (int line = 1; line < 300; line++) {
                assertEquals(line, records.next().line());
            }
            IOException failure = assertThrows(IOException.class, records::next);
            assertEquals("unreadable at line 300", failure.getMessage());
            assertNull(records.next());
        }
        assertEquals(1, file.closed.get());
    }

    @Test
    void aCheckThatFailsComesOutAsItself() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");
        try (ReadAhead records = new ReadAhead(new Numbered(10, -1), r -> {
            if (r.line() == 5) {
                throw bug;
            }
            return r;
        })) {
            for (int line = 1; line < 5; line++) {
                records.next();
            }
            assertSame(bug, assertThrows(IllegalStateException.class, records::next));
        }
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheFile() throws Exception {
        Numbered file = new Numbered(100_000, -1);
        ReadAhead records = new ReadAhead(file, r -> r);
        records.next();
        records.close();
        assertEquals(1, file.closed.get());
        assertTrue(file.read.get() < 100_000, "the reader stopped instead of reading the whole file");
        int readWhenClosed = file.read.get();
        Thread.sleep(100);
        assertEquals(readWhenClosed, file.read.get(), "nothing is read once closed");
    }

    @Test
    void notesBeforeTheEndDoNotWaitForever() throws Exception {
        Numbered file = new Numbered(100_000, -1);
        try (ReadAhead records = new ReadAhead(file, r -> r)) {
            Thread.sleep(50); // the queue is full by now: the reader waits for room
            assertFalse(records.notes().isEmpty());
        }
    }

    /** A file of {@code count} people, line n at byte 10 n; reading line {@code failAt} fails. */
    private static final class Numbered implements IncomingRecords {
        final int count;
        final int failAt;
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        Numbered(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public IncomingRecord next() throws IOException {
            if (closed.get() > 0) {
                throw new IOException("read after close");
            }
            int line = read.get() + 1;
            if (line > count) {
                return null;
            }
            if (line == failAt) {
                throw new IOException("unreadable at line " + line);
            }
            read.incrementAndGet();
            return IncomingRecord.person(line, Contact.named("Person " + line));
        }

        @Override
        public long bytesRead() {
            return 10L * read.get();
        }

        @Override
        public long totalBytes() {
            return 10L * count;
        }

        @Override
        public List<String> notes() {
            return List.of("read " + read.get());
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
