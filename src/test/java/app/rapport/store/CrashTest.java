package app.rapport.store;

import app.rapport.AnyText;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.StageChange;
import app.rapport.store.CrashWriter.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves the promise of DESIGN.md, "nothing acknowledged may be lost": a Rapport process killed without warning
 * (SIGKILL, as by a power cut of the process, the OOM killer or {@code kill -9}; no shutdown hook, no close) loses
 * no write it had reported as saved, leaves no write half done, and leaves a file that opens again and passes
 * SQLite's integrity and foreign-key checks.
 *
 * <p>How: each round starts a child JVM ({@link CrashWriter}, same java binary and class path) that opens the
 * database with {@link Database#open} and writes through {@code ContactBook} in a loop, each write its own
 * transaction: new contacts with emails, tags and notes, impressions, interactions linked to one to three
 * contacts, stage moves with a reason, and updates of a contact's emails, tags, city and notes. After each commit
 * it prints what was committed. The test kills it with {@link ProcessHandle#destroyForcibly()} (SIGKILL on Linux and
 * macOS: the child's exit status must be 137 = 128 + 9; not {@link Process#destroyForcibly()}, which also closes the
 * pipe and loses acknowledgements not yet read) after a random number of acknowledged writes plus a random
 * fraction of a millisecond or two, or at a random moment after it starts (during JVM start, opening, migrating a new
 * file, or writing). Then it opens the file as the app does ({@link Database#open}, which recovers the WAL) and
 * reads everything back through the DAOs. The database must hold exactly what the acknowledged writes add up to
 * (each contact's details, stage history, impressions and timeline, compared in full), plus possibly the one write
 * that was under way at the kill, but then all of it; {@code PRAGMA integrity_check} must say ok and
 * {@code PRAGMA foreign_key_check} must find nothing. Every round continues the same file, so later rounds also
 * prove that earlier rounds' data survives further crashes.
 *
 * <p>Reproduce a run with {@code -Drapport.crash.seed=SEED} (printed at the start, and in every failure message);
 * {@code -Drapport.crash.rounds=N} changes the number of rounds (default 32). The kill moments depend on timing, so
 * a seed reproduces the writes and the kill plan, not the exact instant of the kill.
 */
class CrashTest {

    private static final int ROUNDS = Integer.getInteger("rapport.crash.rounds", 32);
    private static final int SIGKILL_EXIT_STATUS = 128 + 9;

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedWriteIsLostWhenTheProcessIsKilled() throws Exception {
        long seed = Long.getLong("rapport.crash.seed", System.nanoTime());
        System.out.println("CrashTest seed: " + seed + " (rerun with -Drapport.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path file = dir.resolve("rapport.db");
        Map<Long, ContactState> before = new TreeMap<>();
        int acknowledged = 0;
        int pendingFound = 0;
        int killedMidWrite = 0;
        long childNanos = 0;
        long checkNanos = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String context = "seed " + seed + ", round " + round;
            long started = System.nanoTime();
            Child child = Child.start(file, random.nextLong(), round, dir.resolve("child-" + round + ".err"));
            List<String> lines = child.killAt(random);
            assertEquals(SIGKILL_EXIT_STATUS, child.process.exitValue(),
                    () -> context + ": the child should end by SIGKILL; its stderr:\n" + child.errors());

            List<Line> writes = lines.stream().map(Line::parse).filter(java.util.Objects::nonNull).toList();
            Map<Long, ContactState> expected = copy(before);
            Line pending = null;
            for (Line write : writes) {
                if (write.acknowledged()) {
                    apply(expected, write, write.id());
                    acknowledged++;
                    pending = null;
                } else {
                    pending = write;
                }
            }

            killedMidWrite += pending != null ? 1 : 0;
            long killed = System.nanoTime();
            childNanos += killed - started;
            try (Database db = Database.open(file)) {
                Map<Long, ContactState> found = read(db);
                boolean matches = render(found).equals(render(expected));
                if (!matches && pending != null) {
                    Map<Long, ContactState> withPending = copy(expected);
                    Long newId = found.keySet().stream().filter(id -> !expected.containsKey(id)).findFirst()
                            .orElse(null);
                    if (!pending.what().equals("contact") || newId != null) {
                        apply(withPending, pending, pending.what().equals("contact") ? String.valueOf(newId)
                                : pending.id());
                        matches = render(found).equals(render(withPending));
                        pendingFound += matches ? 1 : 0;
                    }
                }
                if (!matches) {
                    fail(context + ": the database does not hold what was acknowledged"
                            + (pending == null ? "" : " (with or without the write under way: " + pending + ")")
                            + "\n" + difference(render(expected), render(found)) + "\nlast lines: "
                            + lines.subList(Math.max(0, lines.size() - 3), lines.size()));
                }
                assertEquals("ok", db.integrityCheck(), context);
                assertEquals(List.of(), foreignKeyProblems(db), context);
                before = found;
            }
            checkNanos += System.nanoTime() - killed;
        }
        System.out.println("CrashTest: " + ROUNDS + " kills, " + acknowledged + " acknowledged writes all kept, "
                + before.size() + " contacts; " + killedMidWrite + " kills during a write, of which " + pendingFound
                + " found complete and the rest absent; children ran " + childNanos / 1_000_000 + " ms, reopening and"
                + " checking took " + checkNanos / 1_000_000 + " ms");
        assertTrue(acknowledged > ROUNDS, "the children should have written something: " + acknowledged);
    }

    // ---- the child process -----------------------------------------------------------------------------------------

    private record Child(Process process, BlockingQueue<String> lines, Path errorFile) {
        private static final String END = "\u0000end";

        static Child start(Path file, long seed, int round, Path errorFile) throws IOException {
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), file.toString(), String.valueOf(seed), String.valueOf(round));
            builder.redirectError(errorFile.toFile());
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("reader failed: " + e);
                } finally {
                    lines.add(END);
                }
            }, "crash-child-reader");
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines, errorFile);
        }

        /**
         * Kills the child, at a random moment (one time in six) or after a random number of acknowledged writes plus
         * a moment, and returns every line it printed.
         */
        List<String> killAt(Random random) throws Exception {
            List<String> seen = new ArrayList<>();
            if (random.nextInt(6) == 0) {
                Thread.sleep(random.nextInt(900));
            } else {
                int acks = 1 + random.nextInt(30);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (acks > 0 && System.nanoTime() < deadline) {
                    String line = lines.poll(100, TimeUnit.MILLISECONDS);
                    if (line == null) {
                        continue;
                    }
                    if (line.equals(END)) {
                        break; // the child ended by itself: the exit status tells
                    }
                    seen.add(line);
                    acks -= line.startsWith("ack ") ? 1 : 0;
                }
                long spin = System.nanoTime() + random.nextInt(2_000_000);
                while (System.nanoTime() < spin) {
                    Thread.onSpinWait();
                }
            }
            // SIGKILL through the process handle: Process.destroyForcibly() would also close our end of the child's
            // stdout, losing acknowledgements still in the pipe.
            process.toHandle().destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            for (String line = lines.poll(30, TimeUnit.SECONDS); line != null && !line.equals(END);
                 line = lines.poll(30, TimeUnit.SECONDS)) {
                seen.add(line);
            }
            return seen;
        }

        String errors() {
            try {
                return Files.readString(errorFile);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        }
    }

    // ---- what the database should hold -----------------------------------------------------------------------------

    /** Everything stored about one contact, in a form that compares in full. */
    private static final class ContactState {
        String stage;
        String name;
        String city;
        String notes;
        List<String> emails = List.of();
        List<String> tags = List.of();
        final List<String> history = new ArrayList<>();
        final List<String> impressions = new ArrayList<>();
        final List<String> timeline = new ArrayList<>();

        ContactState copy() {
            ContactState c = new ContactState();
            c.stage = stage;
            c.name = name;
            c.city = city;
            c.notes = notes;
            c.emails = emails;
            c.tags = tags;
            c.history.addAll(history);
            c.impressions.addAll(impressions);
            c.timeline.addAll(timeline);
            return c;
        }

        String render() {
            return "stage=" + stage + " name=" + AnyText.escaped(name) + " city=" + AnyText.escaped(city)
                    + " notes=" + AnyText.escaped(notes)
                    + " emails=" + emails.stream().map(AnyText::escaped).toList()
                    + " tags=" + tags.stream().map(AnyText::escaped).toList()
                    + " history=" + history + " impressions=" + impressions.stream().sorted().toList()
                    + " timeline=" + timeline.stream().sorted().toList();
        }
    }

    private static Map<Long, ContactState> copy(Map<Long, ContactState> contacts) {
        Map<Long, ContactState> copy = new TreeMap<>();
        contacts.forEach((id, c) -> copy.put(id, c.copy()));
        return copy;
    }

    private static Map<Long, String> render(Map<Long, ContactState> contacts) {
        Map<Long, String> rendered = new TreeMap<>();
        contacts.forEach((id, c) -> rendered.put(id, c.render()));
        return rendered;
    }

    /** Adds one write, as the child reported it, to what the database should hold. */
    private static void apply(Map<Long, ContactState> contacts, Line write, String id) {
        switch (write.what()) {
            case "contact" -> {
                ContactState c = new ContactState();
                details(c, write);
                c.history.add(history(null, c.stage, ""));
                contacts.put(Long.parseLong(id), c);
            }
            case "update" -> details(contacts.get(Long.parseLong(id)), write);
            case "stage" -> {
                ContactState c = contacts.get(write.number("contact"));
                c.stage = write.fields().get("to");
                c.history.add(history(write.fields().get("from"), c.stage, write.text("reason")));
            }
            case "impression" -> contacts.get(write.number("contact")).impressions.add(impression(
                    write.fields().get("kind"), Boolean.parseBoolean(write.fields().get("confidential")),
                    write.text("text")));
            case "interaction" -> {
                List<Long> with = java.util.Arrays.stream(write.fields().get("contacts").split(","))
                        .map(Long::parseLong).toList();
                String entry = interaction(write.fields().get("kind"), write.fields().get("on"), write.text("summary"),
                        with);
                for (long contact : with) {
                    contacts.get(contact).timeline.add(entry);
                }
            }
            default -> throw new IllegalArgumentException("Unknown write: " + write);
        }
    }

    private static void details(ContactState c, Line write) {
        c.stage = write.fields().get("stage");
        c.name = write.text("name");
        c.city = write.text("city");
        c.notes = write.text("notes");
        c.emails = CrashWriter.decodeAll(write.fields().get("emails"));
        c.tags = CrashWriter.decodeAll(write.fields().get("tags"));
    }

    private static String history(Object from, Object to, String reason) {
        return from + ">" + to + ":" + AnyText.escaped(reason);
    }

    private static String impression(Object kind, boolean confidential, String text) {
        return kind + (confidential ? " confidential " : " ") + AnyText.escaped(text);
    }

    private static String interaction(Object kind, Object on, String summary, List<Long> with) {
        return kind + " " + on + " with " + with + " " + AnyText.escaped(summary);
    }

    /** What the database holds, read through the DAOs as the app reads it. */
    private static Map<Long, ContactState> read(Database db) {
        Map<Long, ContactState> contacts = new TreeMap<>();
        int count = db.contacts().count(ContactQuery.all());
        for (ContactSummary summary : db.contacts().search(ContactQuery.all(), 0, count + 1)) {
            Contact contact = db.contacts().find(summary.id()).orElseThrow();
            ContactState c = new ContactState();
            c.stage = contact.stage().name();
            c.name = contact.name();
            c.city = contact.city();
            c.notes = contact.notes();
            c.emails = contact.emails();
            c.tags = contact.tags();
            for (StageChange change : db.stageHistory().forContact(contact.id())) {
                c.history.add(history(change.from(), change.to(), change.reason()));
            }
            for (Impression impression : db.impressions().forContact(contact.id())) {
                c.impressions.add(impression(impression.kind(), impression.confidential(), impression.text()));
            }
            for (Interaction interaction : db.interactions().forContact(contact.id())) {
                c.timeline.add(interaction(interaction.kind(), interaction.happenedOn(), interaction.summary(),
                        interaction.contactIds()));
            }
            contacts.put(contact.id(), c);
        }
        return contacts;
    }

    private static List<String> foreignKeyProblems(Database db) {
        return db.transaction(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add(rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
                }
            }
            return problems;
        });
    }

    private static String difference(Map<Long, String> expected, Map<Long, String> found) {
        return java.util.stream.Stream.concat(expected.keySet().stream(), found.keySet().stream()).distinct().sorted()
                .filter(id -> !java.util.Objects.equals(expected.get(id), found.get(id)))
                .limit(5)
                .map(id -> "contact " + id + "\n  expected: " + expected.get(id) + "\n  found:    " + found.get(id))
                .collect(Collectors.joining("\n"));
    }
}
