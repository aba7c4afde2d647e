package app.rapport.store;

import app.rapport.AnyText;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.service.StageMove;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The child process of {@link CrashTest}: writes to a Rapport database through {@link ContactBook} as fast as it
 * can, each write its own transaction, until it is killed.
 *
 * <p>Before each write it prints {@code begin <write>} and after the commit {@code ack <write>}, flushed, so the
 * test knows which writes were acknowledged (they must survive the kill) and which one may have been under way
 * (it may be there or not, but never in part). A line ends with {@code " ."}: a line cut short by the kill lacks
 * it. Lines are short (well under the 4 KiB a pipe writes at once).
 *
 * <p>Usage: {@code CrashWriter DATABASE SEED ROUND}.
 */
public final class CrashWriter {

    /** Tags from a fixed list, so that no write renames a tag another contact already uses ("designer"/"Designer"). */
    static final List<String> TAGS = List.of("designer", "北京", "émigré 🌍", "عربي", "VIP", "tax, \"VAT\"");
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "exämple.co.uk", "例え.jp");

    private final ContactBook book;
    private final Random random;
    private final AnyText any;
    private final PrintStream out;
    private final int round;
    private final List<Long> contacts = new ArrayList<>();
    private int created;

    private CrashWriter(ContactBook book, Random random, PrintStream out, int round) {
        this.book = book;
        this.random = random;
        this.any = new AnyText(random);
        this.out = out;
        this.round = round;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        int round = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Database database = Database.open(file);
        CrashWriter writer = new CrashWriter(new ContactBook(database, Clock.systemUTC()), random, out, round);
        writer.contacts.addAll(writer.book.search(ContactQuery.all(), 0, 100_000).stream()
                .map(ContactSummary::id).toList());
        writer.say("open");
        for (int i = 0; i < 20_000; i++) {
            writer.writeOne();
        }
        Thread.sleep(Long.MAX_VALUE); // waiting to be killed
    }

    private void writeOne() {
        int roll = random.nextInt(100);
        if (contacts.size() < 2 || roll < 25) {
            newContact();
        } else if (roll < 45) {
            impression();
        } else if (roll < 65) {
            interaction();
        } else if (roll < 80) {
            stageMove();
        } else {
            update();
        }
    }

    private void newContact() {
        created++;
        String name = ("R" + round + "-C" + created + " " + AnyText.cut(any.nonBlank(40), 40)).strip();
        Contact draft = new Contact(0, name, "", "", emails(), List.of(), "", text(30), "", "", null, null, "", "",
                tags(), text(200), RelationshipStage.JUST_MET, null, false, null, null);
        say("begin contact - " + details(draft));
        Contact stored = book.save(draft);
        contacts.add(stored.id());
        say("ack contact " + stored.id() + " " + details(stored));
    }

    private void update() {
        Contact before = book.contact(pick());
        Contact changed = new Contact(before.id(), before.name(), before.organisation(), before.role(), emails(),
                before.phones(), before.link(), text(30), before.howWeMet(), before.whereWeMet(), before.metOn(),
                before.introducedById(), before.needs(), before.offers(), tags(), text(200), before.stage(),
                before.stayInTouchDays(), before.archived(), before.createdAt(), before.updatedAt());
        say("begin update " + changed.id() + " " + details(changed));
        Contact stored = book.save(changed);
        say("ack update " + stored.id() + " " + details(stored));
    }

    private void stageMove() {
        long contact = pick();
        RelationshipStage from = book.contact(contact).stage();
        List<RelationshipStage> others = new ArrayList<>(Arrays.asList(RelationshipStage.values()));
        others.remove(from);
        RelationshipStage to = any.pick(others);
        String reason = text(60);
        String move = "contact=" + contact + " from=" + from + " to=" + to + " reason=" + encode(reason);
        say("begin stage - " + move);
        StageMove done = book.moveStage(contact, to, reason, true);
        say("ack stage " + done.change().id() + " " + move);
    }

    private void impression() {
        long contact = pick();
        ImpressionKind kind = any.pick(List.of(ImpressionKind.values()));
        boolean confidential = random.nextBoolean();
        String text = AnyText.cut(any.nonBlank(100), 100).strip();
        String what = "contact=" + contact + " kind=" + kind + " confidential=" + confidential + " text="
                + encode(text);
        say("begin impression - " + what);
        Impression stored = book.noteImpression(contact, kind, text, confidential);
        say("ack impression " + stored.id() + " " + what);
    }

    private void interaction() {
        List<Long> with = new ArrayList<>();
        int count = 1 + random.nextInt(Math.min(3, contacts.size()));
        while (with.size() < count) {
            long contact = pick();
            if (!with.contains(contact)) {
                with.add(contact);
            }
        }
        with.sort(null);
        InteractionKind kind = any.pick(List.of(InteractionKind.values()));
        LocalDate on = book.today().minusDays(random.nextInt(400));
        String summary = any.upTo(80);
        String what = "kind=" + kind + " on=" + on + " contacts=" + with.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + " summary=" + encode(summary);
        say("begin interaction - " + what);
        Interaction stored = book.logInteraction(Interaction.draft(kind, on, summary, null, with));
        say("ack interaction " + stored.id() + " " + what);
    }

    private long pick() {
        return contacts.get(random.nextInt(contacts.size()));
    }

    /** Text as saving keeps it (trimmed), up to {@code most} characters. */
    private String text(int most) {
        return any.upTo(most).strip();
    }

    private List<String> emails() {
        List<String> emails = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            emails.add(any.pick(List.of("ana", "zoë.n+crm", "o'brien", "x_y")) + round + "." + created + "." + i + "@"
                    + any.pick(EMAIL_DOMAINS));
        }
        return emails;
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>(TAGS);
        java.util.Collections.shuffle(tags, random);
        return List.copyOf(tags.subList(0, random.nextInt(4)));
    }

    private void say(String line) {
        out.print(line + " .\n");
        out.flush();
    }

    // ---- the line format, shared with CrashTest ------------------------------------------------------------------

    /** A contact's details as a line carries them: stage, name, city, notes, emails, tags. */
    static String details(Contact c) {
        return "stage=" + c.stage() + " name=" + encode(c.name()) + " city=" + encode(c.city()) + " notes="
                + encode(c.notes()) + " emails=" + encodeAll(c.emails()) + " tags=" + encodeAll(c.tags());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String encodeAll(List<String> texts) {
        return texts.stream().map(CrashWriter::encode).collect(Collectors.joining(","));
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static List<String> decodeAll(String texts) {
        return texts.isEmpty() ? List.of() : Arrays.stream(texts.split(",", -1)).map(CrashWriter::decode).toList();
    }

    /**
     * One line read back: {@code begin} or {@code ack}, what was written, the new row's id ({@code -} in a begin
     * line, and for updates the contact's id), and its fields.
     */
    record Line(String state, String what, String id, Map<String, String> fields) {
        /** The line, or null when it is cut short or not a write. */
        static Line parse(String line) {
            if (!line.endsWith(" .")) {
                return null;
            }
            String[] parts = line.substring(0, line.length() - 2).split(" ");
            if (parts.length < 3 || !(parts[0].equals("begin") || parts[0].equals("ack"))) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 3; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return new Line(parts[0], parts[1], parts[2], fields);
        }

        boolean acknowledged() {
            return state.equals("ack");
        }

        String text(String field) {
            return decode(fields.get(field));
        }

        long number(String field) {
            return Long.parseLong(fields.get(field));
        }
    }
}
