package app.rapport.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Runs database and file work off the JavaFX thread, on the one executor the app owns, and hands results back
 * on the JavaFX thread. Work runs in submission order, so a save submitted before a load is done before it.
 */
public final class Background {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService executor;
    private Consumer<Throwable> onFailure = error -> { };

    public Background(ExecutorService executor) {
        this.executor = executor;
    }

    /** Work that returns nothing and may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** The app's executor: one daemon thread, so work is serialised and never keeps the app alive. */
    public static Background singleThread() {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rapport-store");
            thread.setDaemon(true);
            return thread;
        });
        return new Background(executor);
    }

    /** Where failures of work without its own handler are shown (the main window puts up an error dialog). */
    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** Shows a failure as failures without their own handler are shown (for a handler that does more first). */
    public void report(Throwable error) {
        onFailure.accept(error);
    }

    /** Runs {@code work} in the background, then {@code onSuccess} on the JavaFX thread. */
    public Task<Void> run(Work work, Runnable onSuccess) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run());
    }

    /** Runs {@code work} in the background, then {@code onSuccess} with its result on the JavaFX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, error -> onFailure.accept(error));
    }

    /** As {@link #run(Callable, Consumer)}, with a failure handler of its own (called on the JavaFX thread). */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> failure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            LOG.log(System.Logger.Level.ERROR, "Background work failed", task.getException());
            failure.accept(task.getException());
        });
        executor.execute(task);
        return task;
    }

    /**
     * Lets the work already handed over finish (a save the user asked for is not cut off when the window
     * closes), waiting at most {@code seconds}, and takes no more.
     */
    public void finish(long seconds) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "Background work still running after " + seconds + " s");
        }
    }

    /** Runs {@code work} on the executor and waits for it. For callers already off the JavaFX thread. */
    public <T> T await(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Waiting for the store on the JavaFX thread would freeze the window");
        }
        FutureTask<T> future = new FutureTask<>(work);
        executor.execute(future);
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
