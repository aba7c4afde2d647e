package app.rapport.service.imports;

/**
 * How far a preview or an import has read: records so far, and bytes read of the file's size, so that a progress
 * bar can show a fraction before the number of records is known.
 */
public record ImportProgress(long recordsRead, long bytesRead, long totalBytes) {

    /** From 0 to 1; 1 for an empty file. */
    public double fraction() {
        return totalBytes <= 0 ? 1.0 : Math.min(1.0, bytesRead / (double) totalBytes);
    }
}
