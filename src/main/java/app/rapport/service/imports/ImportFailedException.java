package app.rapport.service.imports;

/**
 * An import could not be finished (the file became unreadable, or the database refused a write); everything it had
 * written was rolled back, so the contacts are as they were before.
 */
public final class ImportFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
