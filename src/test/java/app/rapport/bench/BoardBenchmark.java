package app.rapport.bench;

import app.rapport.model.Board;
import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.StayInTouchStatus;
import app.rapport.service.RelationshipBoard;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.PlainContactSearch;
import app.rapport.store.PlainRelationshipActivity;
import app.rapport.store.RelationshipDao;
import app.rapport.store.RelationshipQueryPlan;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measures the relationship-strength board (issue 3): {@link RelationshipBoard#board} for the whole network, read
 * from the store in one query, must take under 300 ms with 10,000 active contacts.
 *
 * <p>Not a unit test (its name keeps it out of Surefire's includes). Run it with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.rapport.bench.BoardBenchmark -Dexec.args="10000"
 * </pre>
 * Arguments: {@code [active contacts] [folder]}; the folder defaults to {@code ${java.io.tmpdir}/rapport-bench}.
 * The database is generated once per size and schema (the file name carries both) and reused by later runs.
 *
 * <p>The data: contacts from {@link ContactSearchBenchmark}'s generator (names, organisations, needs, offers,
 * notes, 2-4 tags, 2.5% archived, 0-3 impressions of which 4% are open deal-breakers), generated until the wanted
 * number is active; 5% with their own stay-in-touch rhythm; 0-20 interactions each (10 on average), half of them
 * spread over the past two years and half over the last four months, 3% planned for the coming month, a fifth of
 * them help either way, 12% shared with one or two other contacts; 4% of active contacts with a snooze (some
 * already lapsed). Everything goes through the DAOs, as the app writes it.
 *
 * <p>Then, after a warm-up (10 of each), it times 30 boards of each kind, round-robin: everything, needs attention
 * only, a text filter and tag filters, and the store's read alone. It checks that each board reads the store
 * exactly once ({@link RelationshipDao#activity} is counted through a proxy), prints SQLite's plan for that one
 * statement, and compares a sample of what it read with {@link PlainRelationshipActivity} (one contact at a time,
 * counted in Java). Last, for information, it times the board again with a 32 MB page cache.
 */
public final class BoardBenchmark {

    private static final long SEED = 4242L;
    private static final int BATCH = 2_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    private static final double TARGET_MS = 300.0;
    /** The day the generated data is "today" for, and the board's clock. */
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        Path file = folder.resolve("board-" + size + "-" + schemaKey() + ".db");

        System.out.printf("Rapport board benchmark: %,d active contacts%n", size);
        System.out.println(BenchmarkFiles.machine());
        System.out.println("Database: " + file);
        if (Files.exists(file)) {
            System.out.println("Reusing the database generated earlier for this size and schema.");
        } else {
            build(file, size);
        }
        System.out.printf("File size: %,.1f MB%n", Files.size(file) / 1e6);

        try (Database database = Database.open(file)) {
            System.out.println(census(database));
            AtomicInteger reads = countActivityReads(database);
            RelationshipBoard relationships = new RelationshipBoard(database,
                    Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            StayInTouchCadence cadence = StayInTouchCadence.defaults();

            ContactQuery all = ContactQuery.all();
            ContactQuery text = ContactQuery.text("book");
            ContactQuery tag = new ContactQuery("", "referral partner", null, false);
            ContactQuery cityTag = new ContactQuery("", "Leeds", null, false);
            ContactQuery textAndTag = new ContactQuery("ana", "finance", null, false);

            Map<String, Supplier<?>> scenarios = new LinkedHashMap<>();
            scenarios.put("board, everything", () -> relationships.board(all, cadence, false));
            scenarios.put("board, needs attention only", () -> relationships.board(all, cadence, true));
            scenarios.put("board, text \"book\"", () -> relationships.board(text, cadence, false));
            scenarios.put("board, tag \"referral partner\"", () -> relationships.board(tag, cadence, false));
            scenarios.put("board, tag \"Leeds\"", () -> relationships.board(cityTag, cadence, false));
            scenarios.put("board, text \"ana\" + tag \"finance\"",
                    () -> relationships.board(textAndTag, cadence, false));
            scenarios.put("  RelationshipDao.activity alone (everything)",
                    () -> database.relationships().activity(all, TODAY));
            Map<String, Measured> rows = measure(reads, scenarios);
            System.out.println();
            System.out.printf("%-48s %5s %7s %6s %8s %8s %8s %8s%n", "What (times in ms)", "runs", "cards",
                    "reads", "p50", "p95", "max", "mean");
            System.out.println("-".repeat(105));
            rows.forEach(BoardBenchmark::row);
            System.out.println();
            double p95 = percentile(rows.get("board, everything").times, 95);
            System.out.printf("Target: the whole board of 10,000 under %.0f ms -> %s (p95 = %.1f ms, %,d cards)%s%n",
                    TARGET_MS, p95 < TARGET_MS ? "MET" : "MISSED", p95, rows.get("board, everything").cards,
                    size == 10_000 ? "" : "; the target is for 10,000 contacts, this size is for information");
            for (Map.Entry<String, Measured> row : rows.entrySet()) {
                if (!"1".equals(row.getValue().readsPerCall)) {
                    throw new IllegalStateException(row.getKey() + " read the store " + row.getValue().readsPerCall
                            + " times per board, not once");
                }
            }
            System.out.println("Every board read the store once: RelationshipDao.activity was called exactly once per "
                    + "board.");

            Board board = relationships.board(all, cadence, false);
            System.out.println();
            System.out.println(summary(board));

            System.out.println();
            System.out.println("The one statement (everything, no filter):");
            System.out.println(indent(RelationshipQueryPlan.sql(all)));
            Map<String, ContactQuery> plans = new LinkedHashMap<>();
            plans.put("everything", all);
            plans.put("text \"book\"", text);
            plans.put("tag \"referral partner\"", tag);
            for (Map.Entry<String, ContactQuery> plan : plans.entrySet()) {
                System.out.println();
                System.out.println("EXPLAIN QUERY PLAN, " + plan.getKey() + ":");
                RelationshipQueryPlan.explain(database, plan.getValue(), TODAY)
                        .forEach(line -> System.out.println("  " + line));
            }

            System.out.println();
            System.out.println(check(database, List.of(all, text, tag, cityTag, textAndTag), new Random(SEED + 9)));

            // For information only: the same with a 32 MB page cache instead of SQLite's default 2 MB (the app
            // does not set one). Last, because it changes the connection.
            database.transaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA cache_size = -32000");
                }
                return null;
            });
            Map<String, Supplier<?>> cached = new LinkedHashMap<>();
            cached.put("board, everything (32 MB page cache)", scenarios.get("board, everything"));
            cached.put("board, needs attention only (32 MB page cache)", scenarios.get("board, needs attention only"));
            System.out.println();
            measure(reads, cached).forEach(BoardBenchmark::row);
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring

    private record Measured(List<Double> times, int cards, String readsPerCall) {
    }

    /**
     * Warms every scenario up, then times them round-robin ({@value #RUNS} rounds of one run each), so that a
     * busy moment on the machine is shared out rather than landing on one scenario.
     */
    private static Map<String, Measured> measure(AtomicInteger reads, Map<String, Supplier<?>> scenarios) {
        for (int i = 0; i < WARM_UP; i++) {
            scenarios.values().forEach(Supplier::get);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, Integer> readCounts = new LinkedHashMap<>();
        Map<String, Integer> cards = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, Supplier<?>> scenario : scenarios.entrySet()) {
                int before = reads.get();
                long start = System.nanoTime();
                Object result = scenario.getValue().get();
                double ms = (System.nanoTime() - start) / 1e6;
                times.computeIfAbsent(scenario.getKey(), k -> new ArrayList<>()).add(ms);
                readCounts.merge(scenario.getKey(), reads.get() - before, Integer::sum);
                cards.put(scenario.getKey(), result instanceof Board board ? board.size()
                        : result instanceof List<?> list ? list.size() : -1);
            }
        }
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (String label : scenarios.keySet()) {
            int readsDone = readCounts.get(label);
            String perCall = readsDone % RUNS == 0 ? Integer.toString(readsDone / RUNS) : readsDone + "/" + RUNS;
            measured.put(label, new Measured(times.get(label), cards.get(label), perCall));
        }
        return measured;
    }

    /**
     * Counts calls of {@link RelationshipDao#activity}: the database's DAO is swapped for a proxy that counts and
     * passes every call on. ({@code Database} builds its DAOs itself; reflection is the benchmark's only way in.)
     */
    private static AtomicInteger countActivityReads(Database database) throws ReflectiveOperationException {
        Field field = Database.class.getDeclaredField("relationships");
        field.setAccessible(true);
        RelationshipDao real = (RelationshipDao) field.get(database);
        AtomicInteger reads = new AtomicInteger();
        RelationshipDao counting = (RelationshipDao) Proxy.newProxyInstance(RelationshipDao.class.getClassLoader(),
                new Class<?>[] {RelationshipDao.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("activity")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        field.set(database, counting);
        if (database.relationships() != counting) {
            throw new IllegalStateException("Could not count the store's reads");
        }
        return reads;
    }

    private static void row(String label, Measured m) {
        System.out.printf("%-48s %5d %7d %6s %8.1f %8.1f %8.1f %8.1f%n", label, m.times.size(), m.cards,
                m.readsPerCall, percentile(m.times, 50), percentile(m.times, 95),
                m.times.stream().mapToDouble(d -> d).max().orElse(0),
                m.times.stream().mapToDouble(d -> d).average().orElse(0));
    }

    private static double percentile(List<Double> values, double p) {
        return BenchmarkFiles.percentile(values, p);
    }

    // ------------------------------------------------------------------------------------------------ reporting

    private static String census(Database database) {
        return database.transaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("""
                    SELECT (SELECT count(*) FROM contact WHERE archived = 0),
                           (SELECT count(*) FROM contact WHERE archived = 1),
                           (SELECT count(*) FROM interaction),
                           (SELECT count(*) FROM interaction_contact),
                           (SELECT count(*) FROM impression),
                           (SELECT count(DISTINCT contact_id) FROM impression WHERE decision = 'OPEN'),
                           (SELECT count(*) FROM stay_in_touch_snooze),
                           (SELECT count(*) FROM contact_tag)""")) {
                rs.next();
                return String.format("Data: %,d active and %,d archived contacts; %,d interactions (%,d contact links);"
                                + " %,d impressions, %,d contacts with an open deal-breaker; %,d snoozes;"
                                + " %,d tag links",
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8));
            }
        });
    }

    private static String summary(Board board) {
        StringBuilder out = new StringBuilder("The board: ");
        Map<StayInTouchStatus, Integer> statuses = new EnumMap<>(StayInTouchStatus.class);
        int attention = 0;
        for (RelationshipStage stage : RelationshipStage.values()) {
            out.append(stage).append(' ').append(String.format("%,d", board.column(stage).size())).append(", ");
            for (BoardCard card : board.column(stage)) {
                statuses.merge(card.stayInTouch(), 1, Integer::sum);
                attention += card.needsAttention() ? 1 : 0;
            }
        }
        out.setLength(out.length() - 2);
        out.append(String.format("%nStay in touch: %s; %,d need attention", statuses, attention));
        return out.toString();
    }

    private static String indent(String sql) {
        return "  " + sql.replace("\n", "\n  ");
    }

    // ------------------------------------------------------------------------------------------------ checking

    /**
     * For each query: the contacts read are exactly the active matches in name order (as the plain contact search
     * gives them), and for a sample of them everything read equals the plain per-contact reference.
     */
    private static String check(Database database, List<ContactQuery> queries, Random random) {
        int compared = 0;
        for (ContactQuery query : queries) {
            List<RelationshipActivity> read = database.relationships().activity(query, TODAY);
            List<Long> ids = read.stream().map(RelationshipActivity::contactId).toList();
            List<Long> expected = PlainContactSearch.page(database, query, false, 0, Integer.MAX_VALUE);
            if (!ids.equals(expected)) {
                throw new IllegalStateException("The board's contacts for " + query + " differ from the search's");
            }
            for (int i = 0; i < Math.min(300, read.size()); i++) {
                RelationshipActivity one = read.get(random.nextInt(read.size()));
                RelationshipActivity plain = PlainRelationshipActivity.of(database, one.contactId(), TODAY);
                if (!one.equals(plain)) {
                    throw new IllegalStateException("Activity differs:\n  read  " + one + "\n  plain " + plain);
                }
                compared++;
            }
        }
        return String.format("Checked the contacts of %d queries against the plain search, and %,d contacts' activity "
                + "against the plain per-contact count: all identical.", queries.size(), compared);
    }

    // ---------------------------------------------------------------------------------------------- generating

    private static void build(Path file, int size) throws Exception {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(partial + suffix));
        }
        System.out.printf("Generating %,d active contacts with their interactions (%,d per transaction)...%n", size,
                BATCH);
        long start = System.nanoTime();
        Random random = new Random(SEED);
        try (Database database = Database.open(partial)) {
            List<Long> ids = new ArrayList<>();
            int active = 0;
            int n = 0;
            while (active < size) {
                int wanted = size - active;
                int[] added = {0};
                int first = n;
                database.transaction(c -> {
                    for (int i = 0; i < BATCH && added[0] < wanted; i++) {
                        Contact generated = ContactSearchBenchmark.contact(random, first + i, TODAY);
                        if (random.nextInt(20) == 0) {
                            generated = ContactBuilder.from(generated)
                                    .stayInTouchDays(OWN_DAYS[random.nextInt(OWN_DAYS.length)]).build();
                        }
                        Contact stored = database.contacts().insert(generated);
                        ids.add(stored.id());
                        ContactSearchBenchmark.impressions(database, random, stored.id(), TODAY);
                        interactions(database, random, stored.id(), ids);
                        if (!stored.archived()) {
                            added[0]++;
                            if (random.nextInt(25) == 0) {
                                database.relationships().snooze(stored.id(), TODAY.plusDays(random.nextInt(60) - 20));
                            }
                        }
                    }
                    return null;
                });
                n += BATCH;
                active += added[0];
                System.out.printf("  %,d active contacts, %.0f s%n", active, (System.nanoTime() - start) / 1e9);
            }
            database.transaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
        Files.move(partial, file);
        System.out.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** 0-20 interactions (10 on average), some shared with one or two contacts added earlier. */
    private static void interactions(Database database, Random random, long contactId, List<Long> ids) {
        int count = random.nextInt(21);
        for (int i = 0; i < count; i++) {
            InteractionKind kind = KINDS[random.nextInt(KINDS.length)];
            // Half over the past two years, half over the last four months; 3% planned for the coming month.
            LocalDate on = random.nextInt(33) == 0 ? TODAY.plusDays(1 + random.nextInt(30))
                    : TODAY.minusDays(random.nextBoolean() ? random.nextInt(730) : random.nextInt(120));
            List<Long> with = new ArrayList<>(List.of(contactId));
            if (random.nextInt(100) < 12 && ids.size() > 2) {
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    with.add(ids.get(random.nextInt(ids.size() - 1)));
                }
            }
            database.interactions().add(Interaction.draft(kind, on, SUMMARIES[random.nextInt(SUMMARIES.length)],
                    random.nextInt(10) == 0 ? on.plusDays(7) : null, with));
        }
    }

    private static String schemaKey() throws Exception {
        return BenchmarkFiles.key("board-generator-1/" + SEED + "/" + TODAY);
    }

    private static final int[] OWN_DAYS = {7, 21, 45, 90, 180};

    /** Talk is most of it; a fifth is help either way (referrals, advice, help, introductions). */
    private static final InteractionKind[] KINDS = {
            InteractionKind.MET, InteractionKind.CALL, InteractionKind.CALL, InteractionKind.EMAIL,
            InteractionKind.EMAIL, InteractionKind.EMAIL, InteractionKind.MESSAGE, InteractionKind.MESSAGE,
            InteractionKind.MEETING, InteractionKind.MEETING, InteractionKind.MEETING, InteractionKind.CALL,
            InteractionKind.REFERRAL_GIVEN, InteractionKind.REFERRAL_RECEIVED, InteractionKind.ADVICE_ASKED,
            InteractionKind.ADVICE_GIVEN, InteractionKind.HELP_GIVEN, InteractionKind.HELP_RECEIVED,
            InteractionKind.INTRODUCTION, InteractionKind.MESSAGE};

    private static final String[] SUMMARIES = {
            "Coffee at the station", "Catch-up call", "Sent the proposal", "Breakfast meeting", "Quick message",
            "Introduced to a client", "Asked about pricing", "Lunch after the workshop", "Referral for a website",
            "Advice on hiring", "Shared an article", "Thank-you note"};

    private BoardBenchmark() {
    }
}
