package app.rapport.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Work on a thread of its own beside the caller's, which the caller must see finished before it goes on: it reads
 * or writes a file the caller then uses, closes or renames.
 */
final class SideThread {

    private SideThread() {
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> Future<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * The result of {@code work}, once it is done. An interrupt does not stop the wait (the work would go on with
     * the file); it is kept for the caller. A failure of the work is thrown as itself.
     *
     * @throws E when the work failed with an {@code E}
     */
    static <T, E extends Exception> T await(Future<T> work, Class<E> failure) throws E {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (failure.isInstance(cause)) {
                        throw failure.cast(cause);
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
