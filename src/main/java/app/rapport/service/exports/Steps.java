package app.rapport.service.exports;

import java.util.function.BooleanSupplier;

/** Counts the items of one export or restore, reports them, and stops the work when the user cancels. */
final class Steps {

    private final long total;
    private final ExportProgress progress;
    private final BooleanSupplier cancelled;
    private long done;

    Steps(long total, ExportProgress progress, BooleanSupplier cancelled) {
        this.total = total;
        this.progress = progress == null ? ExportProgress.NONE : progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
        this.progress.update(0, total);
    }

    /** Stops with {@link ExportCancelledException} if the user has cancelled. */
    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException("Cancelled after " + done + " of " + total + ".");
        }
    }

    /** One more item done. */
    void done() {
        done++;
        progress.update(done, Math.max(total, done));
    }

    long count() {
        return done;
    }
}
