package app.rapport.service.exports;

/**
 * An archive that cannot be restored, and why, naming the place where that is known
 * ({@code "contacts[12].name: missing"}); or a database that is not empty. Nothing was changed.
 */
public final class ArchiveRefusedException extends RuntimeException {
    public ArchiveRefusedException(String message) {
        super(message);
    }

    public ArchiveRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
