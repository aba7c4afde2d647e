package app.rapport.service.exports;

/**
 * Told how far an export or a restore has come, so a screen can show a bar and the command line a count. Called on
 * the thread doing the work, after each item (a contact, a timeline entry, an introduction, a meeting); a screen
 * passes it on to the FX thread (a {@code Task}'s {@code updateProgress} does, coalescing the calls).
 */
@FunctionalInterface
public interface ExportProgress {

    /** Tells nobody. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} items of {@code total} written (or read back). */
    void update(long done, long total);
}
