package app.rapport.bench;

import app.rapport.store.Backups;
import app.rapport.store.Database;
import app.rapport.store.IntegrityCheck;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures a backup (issue 6): {@link Backups#backup} of the 100,000-contact database — the copy with SQLite's online
 * backup API and its sync, the integrity check of the copy ({@link IntegrityCheck}, every check of
 * {@code PRAGMA integrity_check}, split over two connections), the rename and rotation — must take under 2 s.
 *
 * <p>It reuses the database {@link TodayBenchmark} generates and caches, copied first to a scratch folder so the cached
 * file is never touched. After one warm-up backup it times {@value #RUNS} end-to-end backups, then {@value #STEP_RUNS}
 * runs of each step alone, with for comparison SQLite's whole-file {@code PRAGMA integrity_check} and
 * {@code quick_check} on one connection, the share of the FTS5 search index's own check in them, and
 * {@code VACUUM INTO} instead of the backup API. Each timed copy starts once the disk has written what the runs
 * before it wrote ({@code sync}).
 *
 * <p>Arguments: {@code [size] [folder] [keep] [database]}. Rotation keeps {@code keep} backups (default 2): from the
 * third backup on, each deletes the oldest, as the app's rotation does every day once it keeps its ten. With a large
 * {@code keep} nothing is deleted and every copy goes to disk space not written before. {@code database} backs up
 * another file instead of the Today benchmark's (it is copied, never modified), such as the one the command line's
 * {@code import} makes of {@link ImportBenchmark}'s vCard file.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.rapport.bench.BackupBenchmark -Dexec.args="100000"}
 */
public final class BackupBenchmark {

    private static final int RUNS = 20;
    private static final int STEP_RUNS = 5;
    private static final double TARGET_MS = 2000.0;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        int keep = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        System.out.printf("Rapport backup benchmark: %,d contacts, keeping %d backups%n", size, keep);
        System.out.println(BenchmarkFiles.machine());
        Path cached = args.length > 3 ? Path.of(args[3]) : TodayBenchmark.database(folder, size);
        System.out.println("Cached database: " + cached + " (not modified; copied to a scratch folder)");

        Path scratch = Files.createTempDirectory("rapport-backup-bench");
        try {
            Path file = scratch.resolve("rapport.db");
            Files.copy(cached, file);
            System.out.printf("File size: %,.1f MB%n", Files.size(file) / 1e6);
            Path backupFolder = scratch.resolve("backups");
            Path step = scratch.resolve("step.db");
            Instant start = Instant.parse("2026-11-23T10:15:00Z");

            Map<String, List<Double>> times = new LinkedHashMap<>();
            try (Database database = Database.open(file)) {
                Backups.NewBackup warmUp = new Backups(backupFolder, Clock.fixed(start, ZoneOffset.UTC))
                        .backup(database, 2);
                System.out.printf("Backup: %,d contacts, %,.1f MB, schema %d%n", warmUp.backup().contacts(),
                        warmUp.backup().size() / 1e6, warmUp.backup().schemaVersion());
                for (int run = 1; run <= RUNS; run++) {
                    Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(run)), ZoneOffset.UTC);
                    settle();
                    long t0 = System.nanoTime();
                    new Backups(backupFolder, clock).backup(database, keep);
                    add(times, "Backups.backup, end to end", t0);
                    System.out.printf("  backup %2d: %,.0f ms%n", run, last(times, "Backups.backup, end to end"));
                }
                for (int run = 1; run <= STEP_RUNS; run++) {
                    Files.deleteIfExists(step);
                    settle();
                    long t0 = System.nanoTime();
                    database.copyInto(step);
                    add(times, "  copy, online backup API (not synced)", t0);
                    t0 = System.nanoTime();
                    fsync(step);
                    add(times, "  fsync of the copy (Backups runs it during the check)", t0);
                    t0 = System.nanoTime();
                    List<String> split = IntegrityCheck.of(step);
                    add(times, "  integrity check, split over two connections", t0);
                    t0 = System.nanoTime();
                    String integrity = pragma(step, "integrity_check");
                    add(times, "  PRAGMA integrity_check, whole file (comparison)", t0);
                    t0 = System.nanoTime();
                    String quick = pragma(step, "quick_check");
                    add(times, "  PRAGMA quick_check (comparison)", t0);
                    t0 = System.nanoTime();
                    String fts = pragma(step, "integrity_check(contact_search)");
                    add(times, "    of either, the FTS5 index (contact_search)", t0);
                    Files.deleteIfExists(step);
                    settle();
                    t0 = System.nanoTime();
                    vacuumInto(file, step);
                    add(times, "  VACUUM INTO instead of the backup API", t0);
                    if (!split.isEmpty() || !"ok".equals(integrity) || !"ok".equals(quick) || !"ok".equals(fts)) {
                        throw new IllegalStateException("the copy is not ok: " + split + " / " + integrity);
                    }
                }
            }

            System.out.println();
            System.out.printf("%-56s %5s %8s %8s %8s %8s%n", "What (times in ms)", "runs", "p50", "p95", "max",
                    "mean");
            System.out.println("-".repeat(98));
            times.forEach(BackupBenchmark::row);
            System.out.println();
            double p95 = BenchmarkFiles.percentile(times.get("Backups.backup, end to end"), 95);
            System.out.printf("Target: a backup of 100,000 contacts, verified with the full integrity check, under"
                            + " %.0f s -> %s (p95 = %.0f ms)%s%n", TARGET_MS / 1000, p95 < TARGET_MS ? "MET" : "MISSED",
                    p95, size == 100_000 ? "" : "; the target is for 100,000 contacts, this size is for information");
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double last(Map<String, List<Double>> times, String what) {
        List<Double> values = times.get(what);
        return values.get(values.size() - 1);
    }

    private static void add(Map<String, List<Double>> times, String what, long startNanos) {
        times.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - startNanos) / 1e6);
    }

    /**
     * Lets the disk finish writing what earlier runs wrote ({@code sync}), so that no run pays for the one before it:
     * a user's backup starts on a quiet disk, at start-up or before an import.
     */
    private static void settle() throws IOException, InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command (Windows): the runs then include some of the previous run's writes
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** SQLite's {@code VACUUM INTO}, which Rapport used before the backup API, from a second connection. */
    private static void vacuumInto(Path from, Path to) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + to.toAbsolutePath() + "'");
        }
    }

    /** Runs {@code PRAGMA name} on a read-only connection to {@code file}, as {@link Backups} does. */
    private static String pragma(Path file, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            StringBuilder verdict = new StringBuilder();
            while (rs.next()) {
                verdict.append(verdict.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return verdict.toString();
        }
    }

    private static void row(String label, List<Double> values) {
        System.out.printf("%-56s %5d %8.1f %8.1f %8.1f %8.1f%n", label, values.size(),
                BenchmarkFiles.percentile(values, 50), BenchmarkFiles.percentile(values, 95),
                values.stream().mapToDouble(d -> d).max().orElse(0),
                values.stream().mapToDouble(d -> d).average().orElse(0));
    }
}
