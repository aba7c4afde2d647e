package app.rapport.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondWindowOnTheSameDatabaseIsToldPlainly() throws Exception {
        Path db = folder.resolve("rapport.db");
        try (DatabaseLock first = DatabaseLock.acquire(db)) {
            DatabaseProblem second = assertThrows(DatabaseProblem.class, () -> DatabaseLock.acquire(db));
            assertEquals(DatabaseProblem.Kind.IN_USE, second.kind());
            assertEquals("rapport.db is already open in another Rapport window. Switch to that window, or close it "
                    + "and try again.", second.getMessage());
            DatabaseLock.acquire(folder.resolve("other.db")).close(); // another database is free
        }
        DatabaseLock.acquire(db).close(); // free again once the first window let go
    }

    /** Another process, as a second Rapport started from the desktop would be. */
    @Test
    void anotherProcessHoldingTheDatabaseIsDetected() throws Exception {
        Path db = folder.resolve("rapport.db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> DatabaseLock.acquire(db));
            assertEquals(DatabaseProblem.Kind.IN_USE, problem.kind());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        DatabaseLock.acquire(db).close(); // the operating system let go when the process died
    }

    /** The child process: takes the lock, says so, and holds it until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            DatabaseLock lock = DatabaseLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
            lock.close();
        }
    }
}
