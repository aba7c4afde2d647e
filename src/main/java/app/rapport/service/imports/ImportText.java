package app.rapport.service.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A contacts file read one physical line at a time, streamed: the line's number in the file (as an editor shows
 * it), the bytes read so far (for a progress bar), and text decoded as UTF-8, with a leading byte order mark
 * dropped. A line that is not valid UTF-8 (an old Outlook or Windows export) is read as Windows-1252 instead of
 * being refused or garbled with replacement characters; the first such line is remembered so the report can say so.
 *
 * <p>Line ends are LF, CRLF or a lone CR. A line longer than {@value #LONGEST_LINE} bytes means the file is not a
 * contacts file (or is damaged); it stops the reading with a clear message rather than fill the memory.
 */
final class ImportText implements Closeable {

    static final int LONGEST_LINE = 16 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final long totalBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkEnd;
    private int chunkPosition;
    private long bytesRead;
    private byte[] line = new byte[1024];
    private int lineLength;
    private int lineNumber;
    private String terminator = "";
    private boolean ended;
    private int firstNonUtf8Line;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    ImportText(Path file) throws IOException {
        this.totalBytes = Files.size(file);
        this.in = Files.newInputStream(file);
    }

    /** The next line without its line end, or null at the end of the file. */
    String readLine() throws IOException {
        if (ended) {
            return null;
        }
        lineLength = 0;
        terminator = "";
        while (true) {
            if (chunkPosition == chunkEnd && !fill()) {
                ended = true;
                if (lineLength == 0) {
                    return null;
                }
                break;
            }
            byte b = chunk[chunkPosition++];
            bytesRead++;
            if (b == '\n') {
                terminator = "\n";
                break;
            }
            if (b == '\r') {
                terminator = "\r";
                if ((chunkPosition < chunkEnd || fill()) && chunk[chunkPosition] == '\n') {
                    chunkPosition++;
                    bytesRead++;
                    terminator = "\r\n";
                }
                break;
            }
            append(b);
        }
        lineNumber++;
        return decode();
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, chunk.length);
        if (n <= 0) {
            return false;
        }
        chunkEnd = n;
        chunkPosition = 0;
        return true;
    }

    private void append(byte b) throws IOException {
        if (lineLength == line.length) {
            if (line.length >= LONGEST_LINE) {
                throw new IOException("Line " + (lineNumber + 1) + " is longer than " + LONGEST_LINE / (1024 * 1024)
                        + " MB: this does not look like a contacts file.");
            }
            line = Arrays.copyOf(line, Math.min(LONGEST_LINE, line.length * 2));
        }
        line[lineLength++] = b;
    }

    private String decode() {
        int start = 0;
        if (lineNumber == 1 && lineLength >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF) {
            start = 3;
        }
        boolean ascii = true;
        for (int i = start; i < lineLength; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(line, start, lineLength - start, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(line, start, lineLength - start)).toString();
        } catch (CharacterCodingException e) {
            if (firstNonUtf8Line == 0) {
                firstNonUtf8Line = lineNumber;
            }
            return new String(line, start, lineLength - start, WINDOWS_1252);
        }
    }

    /** The number of the line {@link #readLine} last returned (1 for the first). */
    int lineNumber() {
        return lineNumber;
    }

    /** How the line last returned ended: "\n", "\r\n", "\r", or "" for a last line without a line end. */
    String terminator() {
        return terminator;
    }

    long bytesRead() {
        return bytesRead;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** The first line that was not UTF-8 and was read as Windows-1252, or 0 when every line was UTF-8. */
    int firstNonUtf8Line() {
        return firstNonUtf8Line;
    }

    /**
     * The text as a {@link Reader}, line ends kept, for a parser that wants one (Commons CSV); lines are decoded
     * one by one as above.
     */
    Reader asReader() {
        return new Reader() {
            private String pending = "";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (position == pending.length()) {
                    String next = readLine();
                    if (next == null) {
                        return -1;
                    }
                    pending = next + terminator;
                    position = 0;
                }
                int n = Math.min(length, pending.length() - position);
                pending.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                ImportText.this.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
