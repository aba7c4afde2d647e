package app.rapport.service.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the vCard and CSV readers share: the file's text read once, how far it has come, and remarks on it. */
abstract class TextFileRecords implements IncomingRecords {

    protected final ImportText text;
    protected final List<String> notes = new ArrayList<>();

    TextFileRecords(Path file) throws IOException {
        this.text = new ImportText(file);
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public long totalBytes() {
        return text.totalBytes();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
