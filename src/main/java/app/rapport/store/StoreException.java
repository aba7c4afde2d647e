package app.rapport.store;

/** A database operation failed after the database was opened (disk full, I/O error, constraint broken). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
