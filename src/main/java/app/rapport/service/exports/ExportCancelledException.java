package app.rapport.service.exports;

/**
 * The user cancelled an export or a restore. Nothing was left behind: no file (not even a temporary one) and no
 * change to the database; a file that was at the target before is still there as it was.
 */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException(String message) {
        super(message);
    }
}
