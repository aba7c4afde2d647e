package app.rapport.bench;

import app.rapport.service.exports.ExportFormat;
import app.rapport.service.exports.ExportOptions;
import app.rapport.service.exports.ExportProgress;
import app.rapport.service.exports.ExportResult;
import app.rapport.service.exports.Exporter;
import app.rapport.service.exports.JsonArchive;
import app.rapport.store.Database;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Measures export (issue 6) of the 100,000-contact database: each format's time and peak heap, and the time and peak
 * heap of restoring the complete JSON archive into an empty database. The point of the peak heap: every format
 * streams, a page of contacts at a time, so it stays far below what the whole network would take in memory.
 *
 * <p>It reuses the database {@link TodayBenchmark} generates and caches (only read here); the files and the restored
 * database go to a scratch folder, removed at the end. Each measurement runs once (an export is a one-off action,
 * and the first run is what the user sees), after a full GC; the peak is the sum of the heap pools' peak usage
 * since then, an upper bound of the live heap, including garbage not yet collected. Beside the wall-clock time it
 * prints the CPU time of the thread doing the work (SQLite runs on it too), which says more on a shared machine.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.rapport.bench.ExportBenchmark -Dexec.args="100000"} (add
 * {@code -Drapport.build=/some/folder} to build outside {@code target/}). Arguments: {@code [contacts] [folder]}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");

        System.out.printf("Rapport export benchmark: %,d contacts%n", size);
        System.out.println(BenchmarkFiles.machine());
        System.out.printf("Max heap: %,.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        Path cached = TodayBenchmark.database(folder, size);
        System.out.println("Database: " + cached + " (read only)");
        System.out.printf("Database file: %,.1f MB%n", Files.size(cached) / 1e6);

        Path scratch = Files.createTempDirectory("rapport-export-bench");
        try (Database database = Database.open(cached)) {
            Exporter exporter = new Exporter(database, Clock.systemUTC());
            System.out.printf("%n%-44s %10s %10s %8s %12s %14s%n", "What", "items", "time (s)", "CPU (s)",
                    "file (MB)", "peak heap (MB)");
            System.out.println("-".repeat(103));
            Path archive = null;
            for (ExportFormat format : ExportFormat.values()) {
                ExportOptions options = new ExportOptions(false, true);
                Path file = scratch.resolve("export." + format.extension());
                Measured<ExportResult> run = measure(() -> exporter.export(format, file, options,
                        ExportProgress.NONE, () -> false));
                row(format.name() + (format == ExportFormat.JSON ? " (everything, confidential included)"
                                : " (active contacts)"), run.value().written(), run, Files.size(file) / 1e6);
                if (format == ExportFormat.JSON) {
                    archive = file;
                }
            }
            Path restoredFile = scratch.resolve("restored.db");
            try (Database restored = Database.open(restoredFile)) {
                Path from = archive;
                Measured<JsonArchive.Restored> run = measure(() -> JsonArchive.restoreInto(restored, from,
                        ExportProgress.NONE, () -> false));
                JsonArchive.Restored counts = run.value();
                row("JSON restore into an empty database", counts.contacts() + counts.interactions()
                        + counts.introductions() + counts.meetings(), run, Files.size(restoredFile) / 1e6);
                System.out.printf("%nRestored: %,d contacts, %,d timeline entries, %,d introductions, %,d meetings,"
                                + " %,d tags; integrity check: %s%n", counts.contacts(), counts.interactions(),
                        counts.introductions(), counts.meetings(), counts.tags(), restored.integrityCheck());
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** What a run gave, its wall-clock time, the CPU time of the thread that ran it, and the heap's peak. */
    private record Measured<T>(T value, double seconds, double cpuSeconds, double peakHeapMb) {
    }

    private static <T> Measured<T> measure(Callable<T> work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = work.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, seconds, cpuSeconds, peak / 1e6);
    }

    private static void row(String what, long items, Measured<?> run, double fileMb) {
        System.out.printf("%-44s %,10d %10.1f %8.1f %12.1f %14.0f%n", what, items, run.seconds(), run.cpuSeconds(),
                fileMb, run.peakHeapMb());
    }
}
