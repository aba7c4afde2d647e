package app.rapport.bench;

import app.rapport.model.Briefing;
import app.rapport.model.Meeting;
import app.rapport.model.StayInTouchCadence;
import app.rapport.service.IntroductionSuggestions;
import app.rapport.service.MeetingBriefing;
import app.rapport.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Measures meeting briefings (issue 5): a briefing for a 40-attendee meeting in a 100,000-contact database must
 * be built in under 500 ms.
 *
 * <p>Not a unit test (its name keeps it out of Surefire's includes). Run it with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.rapport.bench.BriefingBenchmark -Dexec.args="100000"
 * </pre>
 * Arguments: {@code [contacts] [folder]}. The database is {@link TodayBenchmark}'s (generated first if need be;
 * its 400 meetings have 5 to 40 expected attendees each, drawn from all contacts). It times
 * {@link MeetingBriefing#briefing} for every meeting with 40 attendees, after a warm-up pass, several runs each,
 * and apart from it the two suggestion calls the briefing makes, so the share of each is visible.
 */
public final class BriefingBenchmark {

    private static final int ATTENDEES = 40;
    private static final int RUNS = 5;
    private static final double TARGET_MS = 500.0;

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        Path file = TodayBenchmark.database(folder, size);
        System.out.printf("Rapport briefing benchmark: %,d contacts%n", size);
        System.out.println(BenchmarkFiles.machine());
        System.out.printf("Database: %s (%,.1f MB)%n", file, Files.size(file) / 1e6);

        try (Database database = Database.open(file)) {
            Clock clock = Clock.fixed(TodayBenchmark.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            IntroductionSuggestions suggestions = new IntroductionSuggestions(database, clock);
            MeetingBriefing briefings = new MeetingBriefing(database, clock, suggestions);
            StayInTouchCadence cadence = StayInTouchCadence.defaults();

            List<Meeting> all = new ArrayList<>(database.meetings().upcoming(LocalDateTime.of(2000, 1, 1, 0, 0),
                    100_000));
            List<Meeting> meetings = all.stream().filter(m -> m.attendeeIds().size() == ATTENDEES).toList();
            if (meetings.isEmpty()) {
                meetings = all.stream().sorted(Comparator.comparingInt((Meeting m) -> m.attendeeIds().size())
                        .reversed()).limit(10).toList();
            }
            System.out.printf("%d meetings, %d of them with %d attendees; timing those%n", all.size(),
                    meetings.size(), ATTENDEES);

            long start = System.nanoTime();
            Briefing first = briefings.briefing(meetings.get(0).id(), cadence, false);
            double firstMs = (System.nanoTime() - start) / 1e6;
            for (Meeting meeting : meetings) { // warm-up
                briefings.briefing(meeting.id(), cadence, false);
            }

            List<Double> whole = new ArrayList<>();
            List<Double> among = new ArrayList<>();
            List<Double> network = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                boolean confidential = run % 2 == 1; // both ways: the tick changes what is read, not how
                for (Meeting meeting : meetings) {
                    whole.add(time(() -> briefings.briefing(meeting.id(), cadence, confidential)));
                    among.add(time(() -> suggestions.among(meeting.attendeeIds(), MeetingBriefing.PAIRS_HERE)));
                    network.add(time(() -> suggestions.withRestOfNetwork(meeting.attendeeIds(),
                            MeetingBriefing.PAIRS_WITH_NETWORK_EACH)));
                }
            }

            System.out.println();
            System.out.printf("%-58s %5s %8s %8s %8s%n", "What (times in ms)", "runs", "p50", "p95", "max");
            System.out.println("-".repeat(92));
            System.out.printf("%-58s %5d %8.1f%n", "briefing, first call in the JVM", 1, firstMs);
            row("MeetingBriefing.briefing (40 attendees)", whole);
            row("  of which: pairs among the attendees (among)", among);
            row("  of which: pairs with the network (withRestOfNetwork)", network);
            double p95 = BenchmarkFiles.percentile(whole, 95);
            System.out.println();
            System.out.printf("Target: a 40-attendee briefing with 100,000 contacts under %.0f ms -> %s (p95 = %.1f ms)"
                    + "%s%n", TARGET_MS, p95 < TARGET_MS ? "MET" : "MISSED", p95,
                    size == 100_000 ? "" : "; the target is for 100,000 contacts, this size is for information");
            System.out.printf("First briefing: %d attendees, %d pairs here, %d with the network, %d talking points%n",
                    first.attendees().size(), first.amongAttendees().size(), first.withNetwork().size(),
                    first.attendees().stream().mapToInt(a -> a.talkingPoints().size()).sum());
        }
    }

    private interface Work {
        Object run();
    }

    private static double time(Work work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void row(String label, List<Double> values) {
        System.out.printf("%-58s %5d %8.1f %8.1f %8.1f%n", label, values.size(), BenchmarkFiles.percentile(values, 50),
                BenchmarkFiles.percentile(values, 95), values.stream().mapToDouble(d -> d).max().orElse(0));
    }
}
