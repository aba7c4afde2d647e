package app.rapport.service.merge;

/** A merge that cannot be made (a contact with itself, one that no longer exists, notes too long together). */
public final class MergeRefusedException extends IllegalArgumentException {

    public MergeRefusedException(String message) {
        super(message);
    }
}
