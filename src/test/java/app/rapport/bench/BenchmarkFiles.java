package app.rapport.bench;

import app.rapport.store.Database;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** What the benchmarks share: the key of a cached generated database, the machine line, and percentiles. */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /**
     * A key for a generated file: changes when the schema (its version, or the first script) or the generator's
     * own data change, so a cached file is never read by code it was not made for.
     */
    static String key(String generator) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Integer.toString(Database.latestSchemaVersion()).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Database.class.getResourceAsStream(
                "migrations/V1__contacts_impressions_interactions.sql")) {
            if (in != null) {
                digest.update(in.readAllBytes());
            }
        }
        digest.update(generator.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    }

    /** "Java 17.0.15 (OpenJDK 64-Bit Server VM), 2 cores": what every benchmark says it ran on. */
    static String machine() {
        return String.format("Java %s (%s), %d cores", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
    }

    /** Nearest-rank percentile; NaN for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
