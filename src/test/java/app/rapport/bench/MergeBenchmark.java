package app.rapport.bench;

import app.rapport.service.ContactBook;
import app.rapport.service.merge.DuplicatePair;
import app.rapport.service.merge.MergeOutcome;
import app.rapport.service.merge.MergePlan;
import app.rapport.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Possible duplicates and merging with 100,000 contacts: how long "Possible duplicates…" takes to list the first 200
 * pairs, and a merge and its undo. It works on a copy of the Today benchmark's generated database (names from 163
 * first names and 151 surnames, so many people share a name; emails built from the name and a number, so some share
 * an address), and checks the pairs against a plain reading of every contact in Java.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.rapport.bench.MergeBenchmark -Dexec.args="100000"
 * </pre>
 */
public final class MergeBenchmark {

    private static final int SHOWN = 200;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final int MERGES = 20;

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        Path source = TodayBenchmark.database(folder, size);
        Path work = Files.createTempDirectory("rapport-merge-bench").resolve("merge.db");
        Files.copy(source, work, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("Rapport merge benchmark: %,d contacts%n", size);
        System.out.println(BenchmarkFiles.machine());
        System.out.println("Database: a copy of " + source);

        try (Database database = Database.open(work)) {
            Clock clock = Clock.fixed(TodayBenchmark.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            ContactBook book = new ContactBook(database, clock);
            List<DuplicatePair> found = book.possibleDuplicates(SHOWN);
            Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
            times.put("possibleDuplicates(200)", time("possibleDuplicates(200)", () -> book.possibleDuplicates(SHOWN)));
            times.put("  emails shared (200 pairs)", time("  emails shared (200 pairs)",
                    () -> database.merges().sharingAnEmail(SHOWN)));
            times.put("  names shared (200 pairs)", time("  names shared (200 pairs)",
                    () -> database.merges().sharingAName(SHOWN)));

            List<Double> plans = new ArrayList<>();
            List<Double> merges = new ArrayList<>();
            List<Double> undos = new ArrayList<>();
            for (DuplicatePair pair : found.subList(0, Math.min(MERGES, found.size()))) {
                long start = System.nanoTime();
                MergePlan plan = book.planMerge(pair.first().id(), pair.second().id());
                plans.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                MergeOutcome outcome = book.merge(pair.first().id(), pair.second().id(), plan.preselected());
                merges.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                book.undoMerge(outcome);
                undos.add((System.nanoTime() - start) / 1e6);
            }
            times.put("planMerge (both contacts, counts)", plans);
            times.put("merge (one transaction)", merges);
            times.put("undoMerge (one transaction)", undos);

            System.out.println();
            System.out.printf("%-40s %5s %8s %8s %8s %10s%n", "What (times in ms)", "runs", "p50", "p95", "max",
                    "CPU p50");
            System.out.println("-".repeat(84));
            times.forEach((label, values) -> System.out.printf("%-40s %5d %8.1f %8.1f %8.1f %10s%n", label,
                    values.size(), BenchmarkFiles.percentile(values, 50), BenchmarkFiles.percentile(values, 95),
                    values.stream().mapToDouble(d -> d).max().orElse(Double.NaN),
                    CPU.containsKey(label) ? String.format("%.1f", BenchmarkFiles.percentile(CPU.get(label), 50)) : ""));
            System.out.println("Load average while running: " + java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println();
            Map<DuplicatePair.Reason, Long> reasons = new TreeMap<>();
            found.forEach(pair -> reasons.merge(pair.reason(), 1L, Long::sum));
            System.out.println("Pairs listed: " + found.size() + " " + reasons);
            System.out.println(check(database, found));
            System.out.println("Integrity after the merges and undos: " + database.integrityCheck());
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the same calls, by label: on a shared machine the wall-clock time also holds the waiting. */
    private static final Map<String, List<Double>> CPU = new HashMap<>();

    private static List<Double> time(String label, Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Double> values = new ArrayList<>();
        List<Double> cpu = CPU.computeIfAbsent(label, k -> new ArrayList<>());
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            call.get();
            values.add((System.nanoTime() - start) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6);
        }
        return values;
    }

    /** The same pairs worked out in Java from every active contact, compared with what the service listed. */
    private static String check(Database database, List<DuplicatePair> found) {
        record Row(long id, String sortName, String organisation) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, List<Long>> byEmail = new TreeMap<>();
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, sort_name, organisation FROM contact WHERE archived = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.email, e.contact_id FROM contact_email e JOIN contact c ON c.id = e.contact_id
                    WHERE c.archived = 0""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Long> ids = byEmail.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>());
                    if (!ids.contains(rs.getLong(2))) {
                        ids.add(rs.getLong(2));
                    }
                }
            }
            return null;
        });
        Map<List<Long>, String> expected = new java.util.LinkedHashMap<>();
        List<String[]> emailPairs = new ArrayList<>();
        byEmail.forEach((email, ids) -> {
            ids.sort(Comparator.naturalOrder());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    emailPairs.add(new String[] {email, ids.get(i).toString(), ids.get(j).toString()});
                }
            }
        });
        Map<List<Long>, String> firstEmail = new HashMap<>();
        for (String[] pair : emailPairs) {
            firstEmail.putIfAbsent(List.of(Long.valueOf(pair[1]), Long.valueOf(pair[2])), pair[0]);
        }
        firstEmail.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<Long>, String> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)))
                .limit(SHOWN).forEach(e -> expected.put(e.getKey(), "email"));
        rows.sort(Comparator.comparing(Row::sortName).thenComparing(Row::id));
        outer:
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size() && rows.get(j).sortName().equals(rows.get(i).sortName()); j++) {
                if (expected.size() >= SHOWN) {
                    break outer;
                }
                String a = rows.get(i).organisation().strip();
                String b = rows.get(j).organisation().strip();
                if (a.isEmpty() || b.isEmpty() || a.equalsIgnoreCase(b)) {
                    expected.putIfAbsent(List.of(rows.get(i).id(), rows.get(j).id()), "name");
                }
            }
        }
        List<List<Long>> listed = found.stream().map(p -> List.of(p.first().id(), p.second().id())).toList();
        List<List<Long>> plain = new ArrayList<>(expected.keySet()).subList(0, Math.min(SHOWN, expected.size()));
        return listed.equals(plain) ? "Check: the " + listed.size() + " pairs equal a plain reading in Java: OK"
                : "Check: MISMATCH; listed " + listed.size() + ", plain " + plain.size() + "; first listed "
                + listed.subList(0, Math.min(5, listed.size())) + ", first plain "
                + plain.subList(0, Math.min(5, plain.size()));
    }
}
