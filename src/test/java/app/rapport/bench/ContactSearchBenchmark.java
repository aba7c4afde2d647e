package app.rapport.bench;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.store.ContactDao;
import app.rapport.store.Database;
import app.rapport.store.PlainContactSearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the requirement "with 100,000 contacts in the database, search-as-you-type returns the first 50 matches
 * in under 10 ms at the 95th percentile at the DAO level, and the app opens to an interactive Contacts screen
 * without loading all contacts into memory".
 *
 * <p>Not a unit test (its name keeps it out of Surefire's includes). Run it with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.rapport.bench.ContactSearchBenchmark -Dexec.args="100000"
 * </pre>
 * Arguments: {@code [size] [folder]}; the folder defaults to {@code ${java.io.tmpdir}/rapport-bench}. The database
 * is generated once per size and schema (the file name carries both) and reused by later runs.
 *
 * <p>It builds the database through {@link ContactDao#insert} (so the full-text index is kept in step exactly as
 * the app keeps it), 5,000 contacts per transaction, from a generator with a fixed seed. Then, through
 * {@link ContactDao#search}{@code (query, 0, 50)}, it times every keystroke of several hundred queries typed one
 * character at a time, after a warm-up pass, and reports percentiles overall and by length of what was typed.
 * It also times {@code count()}, the empty query's first page (what the Contacts screen shows when it opens),
 * filtered searches, and {@link Database#open} of the big file (which runs {@code PRAGMA quick_check}).
 */
public final class ContactSearchBenchmark {

    private static final long SEED = 42L;
    private static final int BATCH = 5_000;
    private static final int PAGE = 50;
    private static final double TARGET_MS = 10.0;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "rapport-bench");
        Path file = folder.resolve("contacts-" + size + "-" + schemaKey() + ".db");

        System.out.printf("Rapport contact search benchmark: %,d contacts%n", size);
        System.out.println(BenchmarkFiles.machine() + ", SQLite " + sqliteVersion(folder));
        System.out.println("Database: " + file);
        if (Files.exists(file)) {
            System.out.println("Reusing the database generated earlier for this size and schema.");
        } else {
            build(file, size);
        }
        System.out.printf("File size: %,.1f MB%n%n", Files.size(file) / 1e6);

        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Database database = Database.open(file);
            opens.add(millis(System.nanoTime() - start));
            database.close();
        }

        try (Database database = Database.open(file)) {
            ContactDao contacts = database.contacts();
            List<String> typed = typedQueries(new Random(SEED + 1));

            // Warm-up: one full pass over every keystroke, then measure a second pass.
            for (String text : typed) {
                contacts.search(ContactQuery.text(text), 0, PAGE);
            }
            Map<String, List<Double>> byLength = new LinkedHashMap<>();
            byLength.put("1 character", new ArrayList<>());
            byLength.put("2 characters", new ArrayList<>());
            byLength.put("3+ characters", new ArrayList<>());
            List<Double> all = new ArrayList<>();
            List<Double> twoWords = new ArrayList<>();
            Map<String, Double> slowest = new LinkedHashMap<>();
            for (String text : typed) {
                long start = System.nanoTime();
                List<ContactSummary> page = contacts.search(ContactQuery.text(text), 0, PAGE);
                double ms = millis(System.nanoTime() - start);
                if (page.size() > PAGE) {
                    throw new IllegalStateException("More than a page returned for " + text);
                }
                all.add(ms);
                int length = text.strip().length();
                byLength.get(length == 1 ? "1 character" : length == 2 ? "2 characters" : "3+ characters").add(ms);
                if (text.strip().contains(" ")) {
                    twoWords.add(ms);
                }
                slowest.merge(text, ms, Math::max);
            }

            List<Double> counts = new ArrayList<>();
            for (String text : typed) {
                long start = System.nanoTime();
                contacts.count(ContactQuery.text(text));
                counts.add(millis(System.nanoTime() - start));
            }
            List<Double> countAll = repeat(200, () -> contacts.count(ContactQuery.all()));
            List<Double> firstPage = repeat(200, () -> contacts.search(ContactQuery.all(), 0, PAGE));
            List<Double> deepPage = repeat(50, () -> contacts.search(ContactQuery.all(), 50_000, PAGE));
            Random random = new Random(SEED + 2);
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                sample.add(typed.get(random.nextInt(typed.size())));
            }
            List<Double> byTag = timeEach(sample, text -> contacts.search(
                    new ContactQuery(text, "referral partner", null, false), 0, PAGE));
            List<Double> byStage = timeEach(sample, text -> contacts.search(
                    new ContactQuery(text, null, RelationshipStage.LIKE, false), 0, PAGE));
            List<Double> archived = timeEach(sample, text -> contacts.search(
                    new ContactQuery(text, null, null, true), 0, PAGE));
            List<Double> byName = timeEach(sample, text -> contacts.findByName(text, 10));
            List<Double> tags = repeat(20, contacts::tags);
            // What the Contacts screen reads in one background task per keystroke (ContactsController.requery):
            // the page and the count; the tags only on opening and after a write (ContactsController.reload).
            List<Double> keystroke = timeEach(sample, text -> List.of(
                    contacts.search(ContactQuery.text(text), 0, PAGE), contacts.count(ContactQuery.text(text))));
            List<Double> opening = repeat(20, () -> List.of(contacts.search(ContactQuery.all(), 0, PAGE),
                    contacts.count(ContactQuery.all()), contacts.tags()));

            System.out.printf("%-52s %7s %8s %8s %8s %8s%n", "What (times in ms)", "calls", "p50", "p95", "p99", "max");
            System.out.println("-".repeat(97));
            row("search as you type, all keystrokes", all);
            byLength.forEach((label, values) -> row("  typed " + label, values));
            row("  two-word queries (\"ana book\")", twoWords);
            row("search + tag filter (\"referral partner\")", byTag);
            row("search + stage filter (LIKE)", byStage);
            row("search archived contacts", archived);
            row("findByName(text, 10)", byName);
            row("count(query) for every keystroke", counts);
            row("count(all active contacts)", countAll);
            row("first page, empty query (Contacts screen opens)", firstPage);
            row("page at offset 50,000, empty query", deepPage);
            row("tags() (tag filter choices, with counts)", tags);
            row("Contacts screen, per keystroke: search+count", keystroke);
            row("Contacts screen, opening: first page+count+tags", opening);
            row("Database.open incl. quick_check (100k file)", opens);
            System.out.println();
            double p95 = percentile(all, 95);
            System.out.printf("Target: p95 of search-as-you-type under %.0f ms -> %s (p95 = %.2f ms over %,d calls)%n",
                    TARGET_MS, p95 < TARGET_MS ? "MET" : "MISSED", p95, all.size());
            System.out.println();
            System.out.println(check(database, typed, new Random(SEED + 3)));
            System.out.println();
            System.out.println("Slowest keystrokes:");
            slowest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                    .forEach(e -> System.out.printf("  %8.2f ms  \"%s\" (%,d matches)%n", e.getValue(), e.getKey(),
                            contacts.count(ContactQuery.text(e.getKey()))));
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring

    private static List<Double> repeat(int times, Supplier<?> call) {
        for (int i = 0; i < Math.min(times, 5); i++) {
            call.get();
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.get();
            values.add(millis(System.nanoTime() - start));
        }
        return values;
    }

    private interface Call {
        Object run(String text);
    }

    private static List<Double> timeEach(List<String> texts, Call call) {
        for (String text : texts) {
            call.run(text);
        }
        List<Double> values = new ArrayList<>();
        for (String text : texts) {
            long start = System.nanoTime();
            call.run(text);
            values.add(millis(System.nanoTime() - start));
        }
        return values;
    }

    private static void row(String label, List<Double> values) {
        System.out.printf("%-52s %7d %8.2f %8.2f %8.2f %8.2f%n", label, values.size(), percentile(values, 50),
                percentile(values, 95), percentile(values, 99), values.stream().mapToDouble(d -> d).max().orElse(0));
    }

    static double percentile(List<Double> values, double p) {
        return BenchmarkFiles.percentile(values, p);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    // ------------------------------------------------------------------------------------------------ checking

    /**
     * Compares pages and counts from the DAO with what the plain query gives (gather every match, sort by name,
     * then page), for a sample of typed queries with and without filters, at several depths.
     */
    private static String check(Database database, List<String> typed, Random random) {
        ContactDao contacts = database.contacts();
        List<String> mismatches = new ArrayList<>();
        int pages = 0;
        int counts = 0;
        for (int i = 0; i < 600; i++) {
            String text = typed.get(random.nextInt(typed.size()));
            ContactQuery query = switch (i % 6) {
                case 0 -> new ContactQuery(text, "referral partner", null, false);
                case 1 -> new ContactQuery(text, null, RelationshipStage.values()[random.nextInt(6)], false);
                case 2 -> new ContactQuery(text, null, null, true);
                default -> ContactQuery.text(text);
            };
            int offset = i % 5 == 4 ? 50 * (1 + random.nextInt(20)) : 0;
            List<Long> expected = plainPage(database, query, offset, PAGE);
            List<Long> actual = contacts.search(query, offset, PAGE).stream().map(ContactSummary::id).toList();
            pages++;
            if (!expected.equals(actual)) {
                mismatches.add("search " + query + " offset " + offset);
            }
            if (i % 3 == 0) {
                counts++;
                int expectedCount = plainCount(database, query);
                if (expectedCount != contacts.count(query)) {
                    mismatches.add("count " + query);
                }
            }
            if (i % 4 == 0) {
                pages++;
                List<Long> byName = contacts.findByName(text, 10).stream().map(ContactSummary::id).toList();
                if (!byName.equals(plainPage(database, new ContactQuery(text, null, null, false), 0, 10, true))) {
                    mismatches.add("findByName " + text);
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Results differ from the plain query: " + mismatches);
        }
        return String.format("Checked %,d pages and %,d counts against the plain query (every match gathered and "
                + "sorted): all identical.", pages, counts);
    }

    private static List<Long> plainPage(Database database, ContactQuery query, int offset, int limit) {
        return PlainContactSearch.page(database, query, false, offset, limit);
    }

    private static List<Long> plainPage(Database database, ContactQuery query, int offset, int limit,
                                        boolean namesOnly) {
        return PlainContactSearch.page(database, query, namesOnly, offset, limit);
    }

    private static int plainCount(Database database, ContactQuery query) {
        return PlainContactSearch.count(database, query);
    }

    // ----------------------------------------------------------------------------------------------- queries

    /**
     * What users type, keystroke by keystroke: first names, surnames, organisation words, roles, words of needs
     * and offers, cities, tags, and two-word queries such as "ana book". Each target yields one query per prefix
     * ("m", "ma", "mar", ...), as the search box sends them.
     */
    static List<String> typedQueries(Random random) {
        Set<String> targets = new LinkedHashSet<>();
        addSome(targets, random, FIRST_NAMES, 70);
        addSome(targets, random, SURNAMES, 70);
        addSome(targets, random, ORG_WORDS, 30);
        for (Role role : ROLES) {
            targets.add(role.name().split(" ")[0]);
        }
        addSome(targets, random, SERVICE_WORDS, 40);
        addSome(targets, random, CITIES, 15);
        addSome(targets, random, TAGS, 15);
        for (int i = 0; i < 50; i++) {
            targets.add(pick(random, FIRST_NAMES) + " " + pick(random, SERVICE_WORDS));
        }
        for (int i = 0; i < 15; i++) {
            targets.add(pick(random, CITIES) + " " + pick(random, ROLES).name().split(" ")[0]);
        }
        List<String> typed = new ArrayList<>();
        for (String target : targets) {
            String lower = target.toLowerCase(Locale.ROOT);
            int stop = Math.min(lower.length(), lower.indexOf(' ') < 0 ? 9 : lower.indexOf(' ') + 7);
            for (int i = 1; i <= stop; i++) {
                typed.add(lower.substring(0, i));
            }
        }
        return typed;
    }

    private static void addSome(Set<String> targets, Random random, List<String> words, int count) {
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, random);
        targets.addAll(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    // --------------------------------------------------------------------------------------------- generating

    private static void build(Path file, int size) throws Exception {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(partial + suffix));
        }
        System.out.printf("Generating %,d contacts (5,000 per transaction)...%n", size);
        long start = System.nanoTime();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.of(2025, 6, 1);
        try (Database database = Database.open(partial)) {
            ContactDao contacts = database.contacts();
            for (int done = 0; done < size; done += BATCH) {
                int batch = Math.min(BATCH, size - done);
                int first = done;
                database.transaction(c -> {
                    for (int i = 0; i < batch; i++) {
                        Contact stored = contacts.insert(contact(random, first + i, today));
                        impressions(database, random, stored.id(), today);
                    }
                    return null;
                });
                if ((done + batch) % 20_000 == 0 || done + batch == size) {
                    System.out.printf("  %,d contacts, %.0f s%n", done + batch, (System.nanoTime() - start) / 1e9);
                }
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

    /** One generated contact (also used by {@link BoardBenchmark}). */
    static Contact contact(Random random, int n, LocalDate today) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, SURNAMES);
        String name = random.nextInt(30) == 0 ? first + " " + pick(random, SURNAMES) + "-" + last : first + " " + last;
        Role role = pick(random, ROLES);
        String city = pick(random, CITIES);
        String organisation = switch (random.nextInt(4)) {
            case 0 -> last + " " + pick(random, ORG_SUFFIXES);
            case 1 -> pick(random, ORG_WORDS) + " " + pick(random, ORG_NOUNS);
            case 2 -> pick(random, ORG_WORDS) + " " + role.sector();
            default -> random.nextBoolean() ? "" : pick(random, SURNAMES) + " & " + pick(random, SURNAMES);
        };
        String local = ascii(first) + "." + ascii(last);
        List<String> emails = new ArrayList<>(List.of(local + n % 97 + "@" + pick(random, DOMAINS)));
        if (random.nextInt(6) == 0) {
            emails.add(ascii(first) + n + "@" + pick(random, DOMAINS));
        }
        List<String> phones = new ArrayList<>(List.of(String.format("+44 7700 900%03d", random.nextInt(1000))));
        if (random.nextInt(3) == 0) {
            phones.add(String.format("+44 113 496 0%03d", random.nextInt(1000)));
        }
        Set<String> tags = new LinkedHashSet<>();
        tags.add(city);
        tags.add(role.tag());
        for (int i = random.nextInt(3); i > 0; i--) {
            tags.add(pick(random, TAGS));
        }
        String needs = String.format(pick(random, NEED_PATTERNS), pick(random, ROLES).service(),
                pick(random, CLIENT_KINDS));
        String offers = role.offers().get(random.nextInt(role.offers().size()))
                + (random.nextBoolean() ? "; " + pick(random, ROLES).offers().get(0).toLowerCase(Locale.UK) : "");
        StringBuilder notes = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            notes.append(notes.length() == 0 ? "" : " ").append(String.format(pick(random, NOTES),
                    pick(random, FIRST_NAMES), pick(random, CITIES)));
        }
        RelationshipStage stage = STAGE_WEIGHTS[random.nextInt(STAGE_WEIGHTS.length)];
        LocalDate metOn = today.minusDays(random.nextInt(1500));
        return new Contact(0, name, organisation, role.name(), emails, phones,
                random.nextBoolean() ? "https://example.com/in/" + local.replace('.', '-') + n : "", city,
                pick(random, HOW_WE_MET), pick(random, CITIES), metOn, null, needs, offers, List.copyOf(tags),
                notes.toString(), stage, null, random.nextInt(40) == 0, null, null);
    }

    /** 0-3 impressions about a contact, 4% of them (open) deal-breakers (also used by {@link BoardBenchmark}). */
    static void impressions(Database database, Random random, long contactId, LocalDate today) {
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ImpressionKind kind = random.nextInt(25) == 0 ? ImpressionKind.DEAL_BREAKER
                    : random.nextInt(3) == 0 ? ImpressionKind.DISLIKE : ImpressionKind.LIKE;
            database.impressions().add(Impression.draft(contactId, kind, pick(random, IMPRESSIONS),
                    today.minusDays(random.nextInt(400)), random.nextInt(10) == 0));
        }
    }

    private static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace("ł", "l").replace("ø", "o").replace("ı", "i"),
                Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String schemaKey() throws Exception {
        return BenchmarkFiles.key(SEED + "/" + String.join(",", FIRST_NAMES));
    }

    private static String sqliteVersion(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, "probe", ".db");
            Files.delete(probe);
            try (Database database = Database.open(probe)) {
                return database.transaction(c -> {
                    try (var s = c.createStatement(); var rs = s.executeQuery("SELECT sqlite_version()")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
            } finally {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(probe + suffix));
                }
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    // ------------------------------------------------------------------------------------------------- words

    private record Role(String name, String tag, String sector, String service, List<String> offers) {
    }

    private static final RelationshipStage[] STAGE_WEIGHTS = {
            RelationshipStage.JUST_MET, RelationshipStage.JUST_MET, RelationshipStage.JUST_MET,
            RelationshipStage.GETTING_TO_KNOW, RelationshipStage.GETTING_TO_KNOW, RelationshipStage.GETTING_TO_KNOW,
            RelationshipStage.LIKE, RelationshipStage.LIKE, RelationshipStage.LIKE,
            RelationshipStage.TRUST, RelationshipStage.TRUST, RelationshipStage.PARTNER, RelationshipStage.PARKED};

    private static final List<String> FIRST_NAMES = List.of(
            "Ana", "Anna", "Hannah", "Maria", "Mark", "Martin", "Martina", "Marta", "Mohammed", "Muhammad", "Mei",
            "Priya", "Raj", "Rajesh", "Siobhán", "Seán", "Niamh", "Chloé", "Zoë", "José", "Jürgen", "Björn", "Søren",
            "Łukasz", "Małgorzata", "Tomasz", "Ewa", "Agnieszka", "Oluwaseun", "Chinedu", "Amara", "Kwame", "Kofi",
            "Ama", "Aisha", "Fatima", "Yusuf", "Omar", "Leila", "Reza", "Hiroshi", "Yuki", "Kenji", "Wei", "Xin",
            "Jun", "Ji-woo", "Arjun", "Ananya", "Dev", "Sanjay", "Deepa", "Lakshmi", "Ravi", "Gareth", "Rhiannon",
            "Dafydd", "Callum", "Isla", "Fiona", "Ewan", "Declan", "Aoife", "Ciarán", "Luca", "Giulia", "Chiara",
            "Matteo", "Francesca", "François", "Renée", "Amélie", "Léa", "Hélène", "Nuno", "João", "Inês", "Carlos",
            "Lucía", "Sofía", "Javier", "Pablo", "İlker", "Ayşe", "Mehmet", "Elif", "Ingrid", "Astrid", "Lars",
            "Nils", "Sven", "Oliver", "Olivia", "George", "Grace", "Jack", "Emily", "James", "Charlotte", "Harry",
            "Sophie", "Thomas", "Emma", "William", "Amelia", "Daniel", "Jessica", "Samuel", "Lucy", "Benjamin",
            "Rebecca", "Joseph", "Katie", "David", "Sarah", "Michael", "Laura", "Peter", "Helen", "Paul", "Claire",
            "Andrew", "Rachel", "Richard", "Nicola", "Simon", "Joanne", "Ben", "Kate", "Sam", "Alex", "Chris", "Jo",
            "Nadia", "Yasmin", "Ahmed", "Hassan", "Ibrahim", "Zainab", "Ifeoma", "Ngozi", "Thandiwe", "Sipho",
            "Tendai", "Abdi", "Hodan", "Mariana", "Beatriz", "Tiago", "Dmitri", "Olena", "Bogdan", "Ioana",
            "Eleni", "Nikos", "Mateusz", "Zofia", "Aleksander", "Marek", "Jan", "Petra", "Magnus", "Freya");

    private static final List<String> SURNAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
            "Khan", "Begum", "Hussain", "Ali", "Shah", "Sharma", "Singh", "Kaur", "Mehta", "Kapoor", "Raman", "Iyer",
            "Nair", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Lam", "Wong", "Tanaka", "Sato", "Suzuki", "Kim",
            "Park", "Lee", "Nguyen", "Tran", "O'Connor", "Murphy", "Kelly", "Byrne", "Brennan", "Doyle", "McLeod",
            "MacDonald", "Campbell", "Stewart", "Llewellyn", "Morgan", "Hughes", "Price", "Griffiths", "Adeyemi",
            "Okafor", "Okoro", "Nwosu", "Mensah", "Owusu", "Boateng", "Ogunleye", "Haddad", "Farahani", "Hosseini",
            "Demir", "Yılmaz", "Kaya", "Şahin", "Wójcik", "Kowalska", "Nowak", "Lewandowski", "Zieliński", "Müller",
            "Schmidt", "Schneider", "Fischer", "Weber", "Lindqvist", "Solberg", "Madsen", "Nielsen", "Hansen",
            "Johansson", "Álvarez", "García", "Martínez", "Rodríguez", "López", "Fernández", "Gonçalves", "Sousa",
            "Costa", "Pereira", "Ferreira", "Bianchi", "Rossi", "Esposito", "Romano", "Ricci", "Dubois", "Martin",
            "Lefèvre", "Moreau", "Laurent", "Cohen", "Levy", "Goldberg", "Friedman", "Hartley", "Whitaker",
            "Ashworth", "Thornton", "Fairbairn", "Pike", "Marsh", "Shaw", "Turner", "Bennett", "Hartmann", "Novak",
            "Horvat", "Petrov", "Ivanova", "Popescu", "Papadopoulos", "Georgiou", "Baker", "Cooper", "Ward",
            "Morris", "King", "Harrison", "Marshall", "Mitchell", "Holmes", "Atkinson", "Sutcliffe", "Barraclough");

    private static final List<String> ORG_WORDS = List.of(
            "Northern", "Pennine", "Bright", "Blue", "Red Kite", "Oak", "Harbour", "Ironbridge", "Canal", "Mill",
            "Granite", "Summit", "Lantern", "Fern", "Copper", "Aire", "Calder", "Dales", "Moorland", "Kirkgate",
            "Wharf", "Beacon", "Heron", "Thistle", "Juniper", "Cobalt", "Meridian", "Albion", "Saltaire", "Roundhay");

    private static final List<String> ORG_NOUNS = List.of(
            "Pixel", "Works", "Studio", "Labs", "Collective", "House", "Partners", "Digital", "Creative", "Advisory",
            "Ventures", "Print", "Media", "Consulting", "Group");

    private static final List<String> ORG_SUFFIXES = List.of(
            "& Co", "Consulting", "Associates", "Design", "Legal", "Accountancy", "Studio", "Partners", "Ltd",
            "Solutions", "Print", "Media", "Coaching", "Architects", "Events", "Property", "IT");

    private static final List<Role> ROLES = List.of(
            new Role("Bookkeeper", "finance", "Bookkeeping", "a reliable bookkeeper",
                    List.of("Bookkeeping and VAT returns for small firms", "Xero set-up and monthly bookkeeping")),
            new Role("Accountant", "finance", "Accountancy", "an accountant who understands contractors",
                    List.of("Year-end accounts and tax returns", "R&D tax credits and management accounts")),
            new Role("Web developer", "tech", "Digital", "a web developer",
                    List.of("WordPress and Shopify websites", "Website care plans and hosting")),
            new Role("Solicitor", "legal", "Legal", "a commercial solicitor",
                    List.of("Commercial contracts and terms of business", "Trademark registration and IP advice")),
            new Role("Photographer", "creative", "Photography", "a photographer for headshots",
                    List.of("Brand and headshot photography", "Product and food photography")),
            new Role("HR consultant", "HR", "People", "an HR consultant",
                    List.of("HR policies and staff handbooks", "Recruitment processes and first hires")),
            new Role("IT support engineer", "tech", "IT", "dependable IT support",
                    List.of("Managed IT support and backups", "Microsoft 365 migrations and Cyber Essentials")),
            new Role("Printer", "print", "Print", "a printer for packaging",
                    List.of("Short-run print and packaging", "Letterpress business cards and stationery")),
            new Role("Business coach", "coaching", "Coaching", "a business coach",
                    List.of("One-to-one coaching for founders", "Quarterly planning days")),
            new Role("Architect", "architecture", "Architects", "an architect",
                    List.of("Residential extensions", "Office and retail fit-outs")),
            new Role("Recruiter", "recruitment", "Talent", "a recruiter for sales roles",
                    List.of("Recruitment for marketing and digital roles", "Executive search")),
            new Role("Banker", "finance", "Capital", "business lending",
                    List.of("Business accounts and growth lending", "Asset finance and overdrafts")),
            new Role("Copywriter", "creative", "Words", "a copywriter",
                    List.of("Website copy and tone of voice", "Case studies and white papers")),
            new Role("Graphic designer", "design", "Design", "a graphic designer",
                    List.of("Logos and brand identity", "Packaging and brochure design")),
            new Role("Financial adviser", "finance", "Wealth", "a financial adviser",
                    List.of("Pensions and protection for the self-employed", "Exit and retirement planning")),
            new Role("Insurance broker", "insurance", "Insurance", "business insurance",
                    List.of("Professional indemnity and public liability", "Cyber and key-person insurance")),
            new Role("Commercial property agent", "property", "Property", "a commercial property agent",
                    List.of("Office searches and lease negotiations", "Industrial units and retail lettings")),
            new Role("Video producer", "creative", "Films", "a videographer",
                    List.of("Brand films and case-study videos", "Event highlights and social clips")),
            new Role("Virtual assistant", "admin", "Assist", "a virtual assistant",
                    List.of("Inbox and diary management", "Invoicing and travel booking")),
            new Role("Event planner", "events", "Events", "an event planner",
                    List.of("Corporate events and venue finding", "Conference and speaker management")),
            new Role("SEO consultant", "marketing", "Search", "help with SEO",
                    List.of("SEO audits and Google Ads", "Analytics set-up and reporting")),
            new Role("PR consultant", "PR", "Communications", "PR for a launch",
                    List.of("Press releases and media training", "Launch campaigns and crisis comms")),
            new Role("Translator", "language", "Language", "a translator",
                    List.of("Polish, German and English translation", "Website localisation")),
            new Role("Interior designer", "interiors", "Interiors", "an interior designer",
                    List.of("Interiors for offices and cafés", "Hotel and restaurant interiors")),
            new Role("Sustainability consultant", "sustainability", "Sustainability", "B Corp advice",
                    List.of("B Corp certification support", "Carbon footprints and net-zero plans")),
            new Role("Leadership coach", "coaching", "Leadership", "a leadership coach",
                    List.of("Team workshops and leadership programmes", "Coaching for new managers")),
            new Role("Grant writer", "funding", "Funding", "help with grant applications",
                    List.of("Grant applications and funding strategies", "Bid writing for charities")),
            new Role("Mortgage broker", "finance", "Mortgages", "a mortgage broker",
                    List.of("Mortgages for the self-employed", "Buy-to-let and commercial mortgages")),
            new Role("Brand consultant", "branding", "Brand", "a brand refresh",
                    List.of("Brand strategy and naming", "Brand workshops for leadership teams")),
            new Role("Social media manager", "marketing", "Social", "social media help",
                    List.of("Social media management", "Content calendars and community management")),
            new Role("Cyber security consultant", "security", "Security", "Cyber Essentials certification",
                    List.of("Cyber Essentials certification", "Phishing training and penetration tests")),
            new Role("Managing director", "client", "Engineering", "a rebrand for an anniversary",
                    List.of("Precision engineering and prototyping", "Factory tours and export advice")),
            new Role("Restaurant owner", "hospitality", "Kitchen", "food photography",
                    List.of("Private dining for client dinners", "Catering for meetings and events")),
            new Role("Founder", "start-ups", "Labs", "seed funding",
                    List.of("Advice on fundraising and pitch decks", "Beta access to a new app")),
            new Role("Chartered surveyor", "property", "Surveyors", "a building survey",
                    List.of("Building surveys and dilapidations", "Party wall advice")),
            new Role("Payroll specialist", "finance", "Payroll", "payroll and pensions",
                    List.of("Payroll and auto-enrolment", "CIS returns for contractors")));

    private static final List<String> SERVICE_WORDS = List.of(
            "bookkeeping", "accounts", "VAT", "Xero", "website", "Shopify", "WordPress", "contracts", "trademark",
            "photography", "headshots", "packaging", "print", "coaching", "recruitment", "lending", "copy",
            "branding", "logo", "pensions", "insurance", "office", "video", "events", "SEO", "press", "translation",
            "interiors", "carbon", "grants", "mortgages", "payroll", "cyber", "funding", "workshops", "referrals",
            "introductions", "clients", "founders", "marketing", "strategy", "design", "HR", "legal", "finance");

    private static final List<String> CITIES = List.of(
            "Leeds", "Manchester", "London", "Bradford", "York", "Sheffield", "Harrogate", "Huddersfield",
            "Wakefield", "Halifax", "Liverpool", "Birmingham", "Bristol", "Newcastle", "Nottingham", "Edinburgh",
            "Glasgow", "Cardiff", "Salford", "Stockport", "Bolton", "Preston", "Hull", "Oxford", "Cambridge",
            "Brighton");

    private static final List<String> TAGS = List.of(
            "BNI", "referral partner", "client", "prospect", "supplier", "connector", "Chamber", "women in business",
            "start-ups", "charity", "peer", "investor", "media", "e-commerce", "creative", "finance", "tech",
            "events", "hospitality", "speaker");

    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

    private static final List<String> NEED_PATTERNS = List.of(
            "Looking for %s for %s", "Needs %s; works mostly with %s", "Wants introductions to %s",
            "%s, and more work with %s", "Asked me about %s for %s");

    private static final List<String> CLIENT_KINDS = List.of(
            "her growing studio", "his consultancy", "their new shop", "small charities", "start-ups",
            "family businesses", "creative agencies", "manufacturers", "restaurants and cafés", "law firms",
            "contractors", "the new office in town", "a second site", "clients in the North");

    private static final List<String> NOTES = List.of(
            "Introduced by %s at the breakfast.", "Lives in %2$s; happy to meet halfway.",
            "Prefers email to calls.", "Two children; runs marathons.", "Supports Leeds United.",
            "Follow up after the summer.", "Knows %s well from the Chamber.", "Vegetarian; coffee, not tea.",
            "Moving the business to %2$s next year.", "Speaks at the spring business series.",
            "Wants to be on the podcast.", "Volunteer at the food bank on Saturdays.",
            "Invoices at the end of each month.", "Very active on LinkedIn.", "Plays five-a-side with %s.");

    private static final List<String> HOW_WE_MET = List.of(
            "BNI breakfast", "Chamber of Commerce mixer", "Client referral", "Conference", "LinkedIn",
            "Co-working space", "Business breakfast", "Workshop", "Introduced by a friend", "Podcast");

    private static final List<String> IMPRESSIONS = List.of(
            "Listens more than talks", "Follows up the same day", "Generous with introductions",
            "Talks over people", "Slow to answer email", "Sells a little too hard", "Always on time",
            "Vague about prices", "Remembers names", "Calm under pressure", "Cancels at short notice");

    private ContactSearchBenchmark() {
    }
}
