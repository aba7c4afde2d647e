package app.rapport.service.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The records of a file, read one at a time (never the whole file at once). */
interface IncomingRecords extends Closeable {

    /** The next record, or null at the end of the file. */
    IncomingRecord next() throws IOException;

    long bytesRead();

    long totalBytes();

    /** Remarks on the file as a whole, known once it has been read to the end. */
    List<String> notes();
}
