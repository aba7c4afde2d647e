package app.rapport;

import app.rapport.service.Safekeeping;
import app.rapport.store.Backups.NewBackup;
import app.rapport.ui.Texts;
import app.rapport.ui.Notifications;
import javafx.application.Platform;

import java.util.Optional;

/**
 * The backup made at start when the newest is more than a day old. It runs on a thread of its own, so the window
 * is usable at once and the store's queue is not held up while the copy is checked; the window then says where the
 * backup went, or why it failed.
 */
final class DailyBackup {

    private DailyBackup() {
    }

    /** Starts the backup if one is due; returns the thread, for the app to let it finish on exit. */
    static Thread startIfDue(Safekeeping safekeeping, Texts texts, Notifications notifications) {
        Thread thread = new Thread(() -> {
            try {
                Optional<NewBackup> made = safekeeping.backUpIfDue(Safekeeping.DAILY);
                made.ifPresent(backup -> Platform.runLater(() -> notifications.show(texts.get("backups.daily.done",
                        backup.backup().contacts(), safekeeping.folder()))));
            } catch (Exception e) {
                System.err.println("Rapport: the daily backup failed: " + e.getMessage());
                Platform.runLater(() -> notifications.show(texts.get("backups.daily.failed", e.getMessage())));
            }
        }, "rapport-daily-backup");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
