package app.rapport.service.imports;

/**
 * A record of the file that is not imported, and why, in words a user understands: "line 14: no name". The line is
 * the physical line in the file where the record (or the vCard's BEGIN) starts; 0 means the file as a whole
 * ("the file is empty").
 */
public record SkippedRecord(int line, String reason) {

    @Override
    public String toString() {
        return line == 0 ? reason : "line " + line + ": " + reason;
    }
}
