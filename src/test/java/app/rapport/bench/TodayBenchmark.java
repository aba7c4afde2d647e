package app.rapport.bench;

import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.Meeting;
import app.rapport.model.OptIn;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today;
import app.rapport.service.IntroductionSuggestions;
import app.rapport.service.RelationshipBoard;
import app.rapport.service.TodayAgenda;
import app.rapport.store.AgendaQueryPlan;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.SuggestionDao;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures the Today view (issue 5): {@link TodayAgenda#today} must be ready in under 300 ms with 100,000 contacts.
 *
 * <p>Not a unit test (its name keeps it out of Surefire's includes). Run it with:
 * <pre>
 * mvn -B -q -o -Drapport.build=/tmp/rb-today test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.rapport.bench.TodayBenchmark -Dexec.args="100000"
 * </pre>
 * Arguments: {@code [contacts] [folder] [planned]}; the folder defaults to {@code ${java.io.tmpdir}/rapport-bench};
 * with {@code planned} = N, one interaction in N is planned (default 500; the board benchmark's rate is 33). The
 * database is generated once per size, rate and schema (the file name carries them) and reused by later runs.
 *
 * <p>The data: contacts from {@link ContactSearchBenchmark}'s generator (2.5% archived, 0-3 impressions of which 4%
 * are deal-breakers), a fifth of the deal-breakers left undecided; 5% with their own stay-in-touch rhythm; 0-20
 * interactions each as {@link BoardBenchmark} makes them (half over the past two years, half over the last four
 * months, 12% shared), except that one in 500, not one in 33, is planned for the coming month; 2% with a follow-up a
 * week later, those due more than two weeks ago mostly done; 4% of contacts gave the user a referral or help in the
 * last six months; 4% of active contacts have a snooze; 2% have an introduction (ideas, asked, introduced, closed);
 * 400 meetings over the past year and the next three months with 5-40 attendees each. Everything goes through the
 * DAOs, as the app writes it.
 *
 * <p>It times the first {@code today} in the JVM, then, after a warm-up, 50 rounds of {@code today} and of each of
 * its reads alone, round-robin. It prints SQLite's plan for every statement, and checks the cooling list against
 * the whole board ({@link RelationshipBoard#cards}: same relationships, same order, same cards) and every total
 * against a plain count.
 */
public final class TodayBenchmark {

    private static final long SEED = 5555L;
    private static final int BATCH = 2_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;
    private static final double TARGET_MS = 300.0;
    /** The day the generated data is "today" for, and the agenda's clock. */
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        int plannedOneIn = args.length > 2 ? Integer.parseInt(args[2]) : PLANNED_ONE_IN;
        Path file = folder.resolve("today-" + size + (plannedOneIn == PLANNED_ONE_IN ? "" : "-planned" + plannedOneIn)
                + "-" + schemaKey(plannedOneIn) + ".db");

        System.out.printf("Rapport Today benchmark: %,d contacts%n", size);
        System.out.printf("Java %s (%s), %d cores%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        System.out.println("Database: " + file);
        if (Files.exists(file)) {
            System.out.println("Reusing the database generated earlier for this size and schema.");
        } else {
            build(file, size, plannedOneIn);
        }
        System.out.printf("File size: %,.1f MB%n", Files.size(file) / 1e6);

        try (Database database = Database.open(file)) {
            System.out.println(census(database));
            Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            TodayAgenda agenda = new TodayAgenda(database, clock);
            StayInTouchCadence cadence = StayInTouchCadence.defaults();

            long start = System.nanoTime();
            Today first = agenda.today(cadence);
            double firstMs = (System.nanoTime() - start) / 1e6;

            LocalDate from = TODAY.minusDays(IntroductionSuggestions.RECENT_HELP_DAYS);
            Map<String, Supplier<?>> scenarios = new LinkedHashMap<>();
            scenarios.put("TodayAgenda.today(defaults)", () -> agenda.today(cadence));
            scenarios.put("  follow-ups due (8 + count)",
                    () -> database.agenda().followUpsDue(TODAY, TodayAgenda.FOLLOW_UPS_SHOWN));
            scenarios.put("  cooling: which (8 + count)",
                    () -> database.agenda().cooling(cadence, TODAY, TodayAgenda.COOLING_SHOWN));
            List<Long> coolingIds = first.cooling().items().stream().map(BoardCard::contactId).toList();
            scenarios.put("  cooling: their activity (activityOf 8)",
                    () -> database.relationships().activityOf(coolingIds, TODAY));
            scenarios.put("  waiting for a reply (8 + count)",
                    () -> database.agenda().waitingForReply(TodayAgenda.WAITING_SHOWN));
            scenarios.put("  people to thank (5 + count)",
                    () -> database.agenda().peopleToThank(from, TODAY, TodayAgenda.THANKS_SHOWN));
            scenarios.put("  undecided deal-breakers (5 + count)",
                    () -> database.agenda().undecidedDealBreakers(TodayAgenda.DEAL_BREAKERS_SHOWN));
            scenarios.put("  next meetings (3 + count)", () -> List.of(
                    database.meetings().upcoming(TODAY.atStartOfDay(), TodayAgenda.MEETINGS_SHOWN),
                    database.agenda().upcomingMeetingCount(TODAY.atStartOfDay())));
            Map<String, List<Double>> times = measure(scenarios);

            System.out.println();
            System.out.printf("%-44s %5s %8s %8s %8s %8s%n", "What (times in ms)", "runs", "p50", "p95", "max",
                    "mean");
            System.out.println("-".repeat(86));
            System.out.printf("%-44s %5d %8.1f %8s %8s %8s%n", "TodayAgenda.today, first call in the JVM", 1, firstMs,
                    "", "", "");
            times.forEach(TodayBenchmark::row);
            System.out.println();
            double p95 = BenchmarkFiles.percentile(times.get("TodayAgenda.today(defaults)"), 95);
            System.out.printf("Target: Today with 100,000 contacts under %.0f ms -> %s (p95 = %.1f ms)%s%n", TARGET_MS,
                    p95 < TARGET_MS ? "MET" : "MISSED", p95,
                    size == 100_000 ? "" : "; the target is for 100,000 contacts, this size is for information");

            System.out.println();
            System.out.println(shown(first));

            System.out.println();
            for (Map.Entry<String, List<String>> plan
                    : AgendaQueryPlan.explain(database, cadence, TODAY, TodayAgenda.COOLING_SHOWN).entrySet()) {
                System.out.println("EXPLAIN QUERY PLAN, " + plan.getKey() + ":");
                plan.getValue().forEach(line -> System.out.println("  " + line));
            }

            System.out.println();
            System.out.println(check(database, clock, cadence, first));
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring

    /** Warms every scenario up, then times them round-robin, so that a busy moment on the machine is shared out. */
    private static Map<String, List<Double>> measure(Map<String, Supplier<?>> scenarios) {
        for (int i = 0; i < WARM_UP; i++) {
            scenarios.values().forEach(Supplier::get);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, Supplier<?>> scenario : scenarios.entrySet()) {
                long start = System.nanoTime();
                scenario.getValue().get();
                times.computeIfAbsent(scenario.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
            }
        }
        return times;
    }

    private static void row(String label, List<Double> values) {
        System.out.printf("%-44s %5d %8.1f %8.1f %8.1f %8.1f%n", label, values.size(),
                BenchmarkFiles.percentile(values, 50), BenchmarkFiles.percentile(values, 95),
                values.stream().mapToDouble(d -> d).max().orElse(0),
                values.stream().mapToDouble(d -> d).average().orElse(0));
    }

    // ------------------------------------------------------------------------------------------------ reporting

    private static String census(Database database) {
        String from = TODAY.minusDays(IntroductionSuggestions.RECENT_HELP_DAYS).toString();
        return database.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT (SELECT count(*) FROM contact WHERE archived = 0),
                           (SELECT count(*) FROM contact WHERE archived = 1),
                           (SELECT count(*) FROM interaction),
                           (SELECT count(*) FROM interaction_contact),
                           (SELECT count(*) FROM interaction WHERE follow_up_on IS NOT NULL),
                           (SELECT count(*) FROM interaction WHERE follow_up_on <= '%1$s'),
                           (SELECT count(*) FROM contact WHERE last_interaction_on > '%1$s'),
                           (SELECT count(*) FROM introduction),
                           (SELECT count(*) FROM introduction WHERE outcome IS NULL),
                           (SELECT count(*) FROM interaction
                            WHERE kind IN ('HELP_RECEIVED', 'REFERRAL_RECEIVED') AND happened_on >= '%2$s'),
                           (SELECT count(*) FROM impression WHERE decision = 'OPEN'),
                           (SELECT count(*) FROM stay_in_touch_snooze),
                           (SELECT count(*) FROM meeting),
                           (SELECT count(*) FROM meeting_attendee)""".formatted(TODAY, from))) {
                rs.next();
                return String.format("Data: %,d active and %,d archived contacts; %,d interactions "
                                + "(%,d contact links), %,d with a follow-up (%,d due), %,d contacts with a planned "
                                + "interaction;%n"
                                + "  %,d introductions (%,d open); %,d referrals or help received in the last %d days;"
                                + " %,d undecided deal-breakers; %,d snoozes; %,d meetings (%,d attendees)",
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        IntroductionSuggestions.RECENT_HELP_DAYS, rs.getInt(11), rs.getInt(12), rs.getInt(13),
                        rs.getInt(14));
            }
        });
    }

    private static String shown(Today today) {
        StringBuilder out = new StringBuilder("What Today shows (shown / in all):");
        out.append(String.format("%n  follow-ups due %d / %,d; cooling %d / %,d; waiting for a reply %d / %,d;",
                today.followUps().items().size(), today.followUps().total(), today.cooling().items().size(),
                today.cooling().total(), today.waitingForReply().items().size(), today.waitingForReply().total()));
        out.append(String.format("%n  people to thank %d / %,d; undecided deal-breakers %d / %,d; meetings %d / %,d",
                today.thanks().items().size(), today.thanks().total(), today.dealBreakers().items().size(),
                today.dealBreakers().total(), today.meetings().items().size(), today.meetings().total()));
        out.append(String.format("%n  most overdue:"));
        for (BoardCard card : today.cooling().items()) {
            out.append(String.format("%n    %-28s %-16s %-8s last contact %-9s rhythm %3d days, due %s, warmth %d",
                    card.name(), card.stage(), card.stayInTouch(), card.daysSinceLastInteraction() == null ? "never,"
                            : card.daysSinceLastInteraction() + " days,", card.rhythmDays(), card.dueOn(),
                    card.warmth().score()));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------ checking

    /**
     * The cooling list must be the whole board's cooling cards, most overdue first (days since the clock started
     * over the rhythm; ties in the board's name order), and every total must equal a plain count.
     */
    private static String check(Database database, Clock clock, StayInTouchCadence cadence, Today today) {
        long start = System.nanoTime();
        List<BoardCard> board = new RelationshipBoard(database, clock).cards(ContactQuery.all(), cadence);
        double boardMs = (System.nanoTime() - start) / 1e6;
        List<BoardCard> cooling = board.stream().filter(card -> card.stayInTouch().cooling())
                .sorted(Comparator.comparingDouble(TodayBenchmark::overdue).reversed()).toList();
        if (cooling.size() != today.cooling().total()) {
            throw new IllegalStateException("The board has " + cooling.size() + " cooling, Today says "
                    + today.cooling().total());
        }
        List<BoardCard> top = cooling.subList(0, today.cooling().items().size());
        if (!top.equals(today.cooling().items())) {
            throw new IllegalStateException("Today's cooling list differs from the board's:\n  today " + today.cooling()
                    .items() + "\n  board " + top);
        }
        String day = TODAY.toString();
        String from = TODAY.minusDays(IntroductionSuggestions.RECENT_HELP_DAYS).toString();
        int followUps = plainCount(database, """
                SELECT count(*) FROM interaction i WHERE i.follow_up_on <= '%s' AND i.id IN
                    (SELECT ic.interaction_id FROM interaction_contact ic JOIN contact c ON c.id = ic.contact_id
                     WHERE c.archived = 0)""".formatted(day));
        int waiting = (int) database.introductions().all().stream()
                .filter(n -> n.open() && (n.sideA() == OptIn.ASKED || n.sideB() == OptIn.ASKED))
                .filter(n -> !database.contacts().find(n.contactA()).orElseThrow().archived()
                        && !database.contacts().find(n.contactB()).orElseThrow().archived())
                .count();
        List<SuggestionDao.Helped> helped = database.suggestions().helpedBetween(LocalDate.parse(from), TODAY,
                Integer.MAX_VALUE);
        int thanks = helped.size();
        List<Long> thanked = today.thanks().items().stream().map(Today.PersonToThank::contactId).toList();
        if (!thanked.equals(helped.stream().limit(thanked.size()).map(SuggestionDao.Helped::contactId).toList())) {
            throw new IllegalStateException("The people to thank differ from the gratitude list's");
        }
        int dealBreakers = plainCount(database, """
                SELECT count(*) FROM impression WHERE decision = 'OPEN'
                AND contact_id IN (SELECT id FROM contact WHERE archived = 0)""");
        int meetings = database.meetings().upcoming(TODAY.atStartOfDay(), Integer.MAX_VALUE).size();
        List<String> wrong = new ArrayList<>();
        compare(wrong, "follow-ups", followUps, today.followUps().total());
        compare(wrong, "waiting for a reply", waiting, today.waitingForReply().total());
        compare(wrong, "people to thank", thanks, today.thanks().total());
        compare(wrong, "deal-breakers", dealBreakers, today.dealBreakers().total());
        compare(wrong, "meetings", meetings, today.meetings().total());
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Totals differ: " + wrong);
        }
        return String.format("Checked: the cooling list equals the whole board's %,d cooling cards, most overdue first "
                + "(the board took %.0f ms), and all five other totals equal a plain count.", cooling.size(), boardMs);
    }

    /** Days since the clock started, over the rhythm: how many rhythms have lapsed. */
    private static double overdue(BoardCard card) {
        long days = ChronoUnit.DAYS.between(card.dueOn(), TODAY) + card.rhythmDays();
        return (double) days / card.rhythmDays();
    }

    private static void compare(List<String> wrong, String what, int plain, int total) {
        if (plain != total) {
            wrong.add(what + ": plain " + plain + ", Today " + total);
        }
    }

    private static int plainCount(Database database, String sql) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    // ---------------------------------------------------------------------------------------------- generating

    private static void build(Path file, int size, int plannedOneIn) throws Exception {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(partial + suffix));
        }
        System.out.printf("Generating %,d contacts with their interactions (%,d per transaction)...%n", size, BATCH);
        long start = System.nanoTime();
        Random random = new Random(SEED);
        try (Database database = Database.open(partial)) {
            List<Long> ids = new ArrayList<>();
            for (int done = 0; done < size; done += BATCH) {
                int batch = Math.min(BATCH, size - done);
                int first = done;
                database.transaction(c -> {
                    for (int i = 0; i < batch; i++) {
                        Contact generated = ContactSearchBenchmark.contact(random, first + i, TODAY);
                        if (random.nextInt(20) == 0) {
                            generated = ContactBuilder.from(generated)
                                    .stayInTouchDays(OWN_DAYS[random.nextInt(OWN_DAYS.length)]).build();
                        }
                        Contact stored = database.contacts().insert(generated);
                        ids.add(stored.id());
                        ContactSearchBenchmark.impressions(database, random, stored.id(), TODAY);
                        interactions(database, random, stored.id(), ids, plannedOneIn);
                        if (!stored.archived() && random.nextInt(25) == 0) {
                            database.relationships().snooze(stored.id(), TODAY.plusDays(random.nextInt(60) - 20));
                        }
                    }
                    return null;
                });
                if ((done + batch) % 20_000 == 0 || done + batch == size) {
                    System.out.printf("  %,d contacts, %.0f s%n", done + batch, (System.nanoTime() - start) / 1e9);
                }
            }
            database.transaction(c -> {
                decideMostDealBreakers(database, random);
                helpReceived(database, random, ids, size / 25);
                introductions(database, random, ids, size / 50);
                meetings(database, random, ids, 400);
                return null;
            });
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
        Files.move(partial, file);
        System.out.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * 0-20 interactions (10 on average) as the board benchmark makes them, some shared with one or two contacts added
     * earlier; 2% with a follow-up a week later. Follow-ups due more than two weeks ago have mostly been done.
     */
    private static void interactions(Database database, Random random, long contactId, List<Long> ids,
                                     int plannedOneIn) {
        int count = random.nextInt(21);
        for (int i = 0; i < count; i++) {
            InteractionKind kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate on = random.nextInt(plannedOneIn) == 0 ? TODAY.plusDays(1 + random.nextInt(30))
                    : TODAY.minusDays(random.nextBoolean() ? random.nextInt(730) : random.nextInt(120));
            List<Long> with = new ArrayList<>(List.of(contactId));
            if (random.nextInt(100) < 12 && ids.size() > 2) {
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    with.add(ids.get(random.nextInt(ids.size() - 1)));
                }
            }
            LocalDate followUp = random.nextInt(50) == 0 ? on.plusDays(7) : null;
            if (followUp != null && followUp.isBefore(TODAY.minusDays(14)) && random.nextInt(30) != 0) {
                followUp = null;
            }
            database.interactions().add(Interaction.draft(kind, on, SUMMARIES[random.nextInt(SUMMARIES.length)],
                    followUp, with));
        }
    }

    /** The user has decided four in five deal-breakers (tolerate or walk away); the rest are still open. */
    private static void decideMostDealBreakers(Database database, Random random) {
        List<Long> open = new ArrayList<>();
        database.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM impression WHERE decision = 'OPEN' ORDER BY id")) {
                while (rs.next()) {
                    open.add(rs.getLong(1));
                }
            }
            return null;
        });
        for (long id : open) {
            if (random.nextInt(5) != 0) {
                database.impressions().decide(id, random.nextInt(4) == 0 ? DealBreakerDecision.WALK_AWAY
                        : DealBreakerDecision.TOLERATE, TODAY.minusDays(random.nextInt(30)));
            }
        }
    }

    /** Referrals and help the user received, spread over the last six months. */
    private static void helpReceived(Database database, Random random, List<Long> ids, int count) {
        for (int i = 0; i < count; i++) {
            InteractionKind kind = random.nextBoolean() ? InteractionKind.HELP_RECEIVED
                    : InteractionKind.REFERRAL_RECEIVED;
            database.interactions().add(Interaction.draft(kind, TODAY.minusDays(random.nextInt(180)),
                    kind == InteractionKind.HELP_RECEIVED ? "Helped with a proposal" : "Referred a client", null,
                    List.of(ids.get(random.nextInt(ids.size())))));
        }
    }

    /** Ideas, asks waiting for an answer (one side or both), introductions made, and closed ones. */
    private static void introductions(Database database, Random random, List<Long> ids, int count) {
        IntroductionOutcome[] outcomes = IntroductionOutcome.values();
        for (int i = 0; i < count; i++) {
            long a = ids.get(random.nextInt(ids.size()));
            long b = ids.get(random.nextInt(ids.size()));
            if (a == b) {
                continue;
            }
            LocalDate planned = TODAY.minusDays(random.nextInt(400));
            Introduction intro = Introduction.idea(a, b, "Both gain", "Both gain", "", planned, null);
            int step = random.nextInt(20);
            if (step >= 4) {
                LocalDate asked = planned.plusDays(random.nextInt(5));
                intro = intro.withOptIn(Introduction.Side.A, OptIn.ASKED, asked);
                if (step >= 7) {
                    intro = intro.withOptIn(Introduction.Side.B, OptIn.ASKED, asked.plusDays(random.nextInt(3)));
                }
                if (step >= 9) {
                    LocalDate answered = asked.plusDays(3);
                    intro = intro.withOptIn(Introduction.Side.A, OptIn.AGREED, answered)
                            .withOptIn(Introduction.Side.B, OptIn.AGREED, answered);
                    if (step >= 11) {
                        intro = intro.withIntroducedOn(answered.plusDays(1));
                    }
                    if (step >= 13) {
                        intro = intro.withOutcome(outcomes[random.nextInt(outcomes.length)], answered.plusDays(20));
                    }
                }
            }
            database.introductions().add(intro);
        }
    }

    /** Meetings over the past year and the next three months, 5-40 expected at each. */
    private static void meetings(Database database, Random random, List<Long> ids, int count) {
        for (int i = 0; i < count; i++) {
            LocalDateTime at = TODAY.minusDays(365).plusDays(random.nextInt(455)).atTime(7 + random.nextInt(12),
                    random.nextBoolean() ? 0 : 30);
            List<Long> attendees = new ArrayList<>();
            for (int k = 5 + random.nextInt(36); k > 0; k--) {
                long id = ids.get(random.nextInt(ids.size()));
                if (!attendees.contains(id)) {
                    attendees.add(id);
                }
            }
            database.meetings().add(Meeting.planned(MEETING_TITLES[random.nextInt(MEETING_TITLES.length)], at,
                    "Leeds", "").withAttendees(attendees));
        }
    }

    private static String schemaKey(int plannedOneIn) throws Exception {
        // The shared key covers the schema's version and first script; the Today reads depend on V6's as well.
        String lastInteraction;
        try (var in = Database.class.getResourceAsStream("migrations/V6__last_interaction.sql")) {
            lastInteraction = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return BenchmarkFiles.key("today-generator-2/" + SEED + "/" + TODAY + "/" + plannedOneIn + "/"
                + lastInteraction);
    }

    private static final int[] OWN_DAYS = {7, 21, 45, 90, 180};

    /**
     * One interaction in this many is planned for the coming month (the board benchmark plans one in 33, which
     * would mean a planned meeting with three in ten of 100,000 contacts).
     */
    private static final int PLANNED_ONE_IN = 500;

    /** Talk is most of it; some help either way (what the user received is added apart, at a realistic rate). */
    private static final InteractionKind[] KINDS = {
            InteractionKind.MET, InteractionKind.CALL, InteractionKind.CALL, InteractionKind.EMAIL,
            InteractionKind.EMAIL, InteractionKind.EMAIL, InteractionKind.MESSAGE, InteractionKind.MESSAGE,
            InteractionKind.MEETING, InteractionKind.MEETING, InteractionKind.MEETING, InteractionKind.CALL,
            InteractionKind.REFERRAL_GIVEN, InteractionKind.ADVICE_ASKED, InteractionKind.ADVICE_GIVEN,
            InteractionKind.HELP_GIVEN, InteractionKind.INTRODUCTION, InteractionKind.MESSAGE};

    private static final String[] SUMMARIES = {
            "Coffee at the station", "Catch-up call", "Sent the proposal", "Breakfast meeting", "Quick message",
            "Introduced to a client", "Asked about pricing", "Lunch after the workshop", "Referral for a website",
            "Advice on hiring", "Shared an article", "Thank-you note"};

    private static final String[] MEETING_TITLES = {
            "Chamber breakfast", "BNI chapter meeting", "Founders' drinks", "Women in Business lunch",
            "Tech meetup", "Trade fair", "Referral partners' coffee", "Annual dinner"};

    private TodayBenchmark() {
    }
}
