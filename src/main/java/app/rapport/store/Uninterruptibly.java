package app.rapport.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work on another thread that must end before the caller goes on (it uses a file the caller then uses). */
final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /**
     * The result of {@code work}, once it is done. An interrupt does not stop the wait; it is kept for the caller.
     *
     * @throws ExecutionException when the work failed
     */
    static <T> T get(Future<T> work) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
