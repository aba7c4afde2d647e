package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Suggestion;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who should meet whom at a meeting: pairs among the attendees ({@link IntroductionSuggestions#among}) and, for each
 * attendee, people in the rest of the network ({@link IntroductionSuggestions#withRestOfNetwork}). Both must say
 * exactly what the whole-network list and the one-contact list say about the same people.
 */
class GroupSuggestionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;
    private IntroductionSuggestions suggestions;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON);
        book = new ContactBook(db, clock);
        suggestions = new IntroductionSuggestions(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact save(ContactBuilder builder) {
        return book.save(builder.build());
    }

    private static List<String> pairs(List<Suggestion> found) {
        return found.stream().map(s -> s.nameA() + "-" + s.nameB()).toList();
    }

    // ---- among the group -----------------------------------------------------------------------------------------

    @Test
    void amongPairsOnlyTheGroupWithTheTopListsOrientationAndReasons() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").offers("copywriting").stage(PARTNER));
        Contact ben = save(contact("Ben").needs("a copywriter").offers("bookkeeping").stage(TRUST));
        Contact cleo = save(contact("Cleo").needs("copywriting").stage(LIKE));
        Contact dev = save(contact("Dev").offers("bookkeeping").stage(PARTNER));

        List<Suggestion> among = suggestions.among(List.of(cleo.id(), ben.id(), ana.id()), 10);
        assertEquals(List.of("Ana-Ben", "Cleo-Ana"), pairs(among),
                "both ways first, A the one added first; one way, A the one who needs; Dev is not in the group");
        assertEquals(List.of("Ana needs a bookkeeper; Ben offers bookkeeping",
                "Ben needs a copywriter; Ana offers copywriting"), among.get(0).reasons());
        List<Suggestion> top = suggestions.top(10);
        assertEquals(top.stream().filter(s -> s.contactB() != dev.id() && s.contactA() != dev.id()).toList(), among,
                "the very same suggestions as the whole-network list, scores and reasons included");
        assertEquals(among.subList(0, 1), suggestions.among(List.of(ana.id(), ben.id(), cleo.id()), 1));
    }

    @Test
    void amongLeavesOutIntroducedPairsAndThoseWhoCannotBeIntroduced() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").stage(TRUST));
        Contact ben = save(contact("Ben").offers("bookkeeping").stage(LIKE));
        Contact introduced = save(contact("Introduced before").offers("bookkeeping").stage(PARTNER));
        db.introductions().add(Introduction.idea(introduced.id(), ana.id(), "books", "work", "",
                TODAY.minusDays(100), null).withOutcome(IntroductionOutcome.NOT_A_FIT, TODAY.minusDays(60)));
        Contact parked = save(contact("Parked").offers("bookkeeping").stage(PARKED));
        Contact archived = save(contact("Archived").offers("bookkeeping").stage(PARTNER));
        book.archive(archived.id());
        Contact undecided = save(contact("Undecided").offers("bookkeeping").stage(PARTNER));
        book.noteImpression(undecided.id(), ImpressionKind.DEAL_BREAKER, "Late with every invoice", false);
        Contact cleo = save(contact("Cleo").needs("a bookkeeper").stage(JUST_MET));

        List<Long> group = List.of(ana.id(), ben.id(), introduced.id(), parked.id(), archived.id(), undecided.id(),
                cleo.id(), 12345L, ana.id());
        assertEquals(List.of("Ana-Ben", "Cleo-Introduced before", "Cleo-Ben"), pairs(suggestions.among(group, 10)),
                "not Ana and the one she was introduced to, not the parked, archived or undecided; an unknown id and "
                        + "a repeated one change nothing");
        assertEquals(List.of(), suggestions.among(List.of(ana.id(), introduced.id()), 10));
        assertEquals(List.of(), suggestions.among(List.of(ana.id()), 10), "a group of one has no pair");
        assertEquals(List.of(), suggestions.among(List.of(), 10));
        assertEquals(List.of(), suggestions.among(group, 0));
    }

    /**
     * On a network of random needs and offers, for random groups, the pairs among a group are exactly those of the
     * whole-network list with both in the group, in the same order, and what comparing every pair says of them.
     */
    @Test
    void amongAgreesWithTopAndWithComparingEveryPair() {
        List<Contact> network = randomNetwork(new Random(11), 60);
        PlainSuggestions everyPair = new PlainSuggestions(db);
        List<Suggestion> top = suggestions.top(100_000);
        Random random = new Random(12);
        for (int round = 0; round < 20; round++) {
            List<Long> group = group(network, random, 2 + random.nextInt(20));
            Set<Long> members = Set.copyOf(group);
            List<Suggestion> among = suggestions.among(group, 100_000);
            assertEquals(top.stream().filter(s -> members.contains(s.contactA()) && members.contains(s.contactB()))
                    .toList(), among, "group " + group);
            assertEquals(everyPair.everyPair().stream()
                            .filter(p -> members.contains(p.contactA()) && members.contains(p.contactB()))
                            .map(p -> key(p.contactA(), p.contactB()) + " " + p.bothWays() + " " + p.score()).toList(),
                    among.stream().map(s -> key(s.contactA(), s.contactB()) + " " + s.bothWays() + " " + s.score())
                            .toList());
            assertEquals(among.subList(0, Math.min(3, among.size())), suggestions.among(group, 3));
        }
    }

    // ---- with the rest of the network ----------------------------------------------------------------------------

    @Test
    void withRestOfNetworkKeepsTheMembersOrderAndLeavesTheGroupOut() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").offers("copywriting").stage(TRUST));
        Contact ben = save(contact("Ben").needs("a copywriter").offers("bookkeeping").stage(PARTNER));
        save(contact("Cleo").offers("bookkeeping").stage(LIKE));
        save(contact("Dev").needs("a bookkeeper").stage(JUST_MET));
        Contact parked = save(contact("Eve").needs("copywriting").offers("bookkeeping").stage(PARKED));

        List<Suggestion> found = suggestions.withRestOfNetwork(List.of(ben.id(), parked.id(), ana.id()), 3);
        assertEquals(List.of("Ben-Dev", "Ana-Cleo"), pairs(found),
                "Ben first, as in the group; Ana and Ben, both in the group, are not suggested to each other; "
                        + "the parked member has none");
        assertEquals(suggestions.forContact(ana.id(), 3).stream().filter(s -> s.contactB() != ben.id()).toList(),
                found.subList(1, 2));
        assertEquals(List.of("Ben-Dev", "Ana-Cleo"),
                pairs(suggestions.withRestOfNetwork(List.of(ben.id(), ana.id(), ben.id()), 1)),
                "a repeated id is asked about once");

        assertEquals(suggestions.forContact(ana.id(), 2), suggestions.withRestOfNetwork(List.of(ana.id()), 2),
                "a group of one gets what the contact alone gets");
        assertEquals(List.of(), suggestions.withRestOfNetwork(List.of(), 3));
        assertEquals(List.of(), suggestions.withRestOfNetwork(List.of(ana.id(), ben.id()), 0));
        assertEquals(List.of(), suggestions.withRestOfNetwork(List.of(parked.id(), 12345L), 3));
    }

    /**
     * For random groups of a random network, each member's suggestions are exactly what {@code forContact} gives
     * them once the group's members are struck off its list.
     */
    @Test
    void withRestOfNetworkIsForContactWithoutTheGroup() {
        List<Contact> network = randomNetwork(new Random(21), 60);
        Random random = new Random(22);
        for (int round = 0; round < 10; round++) {
            List<Long> group = group(network, random, 1 + random.nextInt(25));
            for (int perContact : new int[] {1, 3, 100}) {
                assertEquals(oneByOne(group, perContact), suggestions.withRestOfNetwork(group, perContact),
                        "group " + group + ", " + perContact + " each");
            }
        }
    }

    /**
     * With more than a few hundred people matching, candidates are taken from each stage's list rather than looked
     * up one by one; the group gets the same answers that way too.
     */
    @Test
    void withRestOfNetworkAgreesWhenManyMatch() {
        RelationshipStage[] stages = {JUST_MET, GETTING_TO_KNOW, LIKE, TRUST, PARTNER};
        Random random = new Random(31);
        List<Contact> network = new ArrayList<>();
        db.transaction(c -> {
            for (int i = 0; i < 700; i++) {
                network.add(save(contact("Person " + i)
                        .needs(random.nextBoolean() ? "a copywriter" : "a bookkeeper, payroll")
                        .offers(random.nextInt(3) == 0 ? "copywriting" : "bookkeeping and copywriting")
                        .role(random.nextInt(4) == 0 ? "Letterpress printer" : "")
                        .stage(stages[random.nextInt(stages.length)])));
            }
            return null;
        });
        db.introductions().add(Introduction.idea(network.get(0).id(), network.get(1).id(), "a", "b", "", TODAY,
                null));
        List<Long> group = new ArrayList<>(network.stream().limit(40).map(Contact::id).toList());
        Collections.shuffle(group, random);
        for (int perContact : new int[] {1, 3, 20}) {
            assertEquals(oneByOne(group, perContact), suggestions.withRestOfNetwork(group, perContact));
        }
    }

    /** What the group's members get asked about one by one, the group struck off each list. */
    private List<Suggestion> oneByOne(List<Long> group, int perContact) {
        Set<Long> members = new LinkedHashSet<>(group);
        List<Suggestion> expected = new ArrayList<>();
        for (long member : members) {
            expected.addAll(suggestions.forContact(member, perContact + members.size()).stream()
                    .filter(s -> !members.contains(s.contactB())).limit(perContact).toList());
        }
        return expected;
    }

    // ---- a random network ----------------------------------------------------------------------------------------

    private List<Contact> randomNetwork(Random random, int size) {
        List<String> services = List.of("bookkeeping", "bookkeeper", "design", "designer", "photography",
                "photographer", "payroll", "coaching", "a coach", "letterpress", "accounts", "an accountant",
                "translation", "translator", "mortgages", "branding", "SEO", "HR policies", "cyber security");
        RelationshipStage[] stages = {JUST_MET, GETTING_TO_KNOW, LIKE, TRUST, PARTNER, PARKED};
        List<Contact> network = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            network.add(save(contact("Person " + i)
                    .needs(random.nextInt(4) == 0 ? "" : services.get(random.nextInt(services.size())) + ", "
                            + services.get(random.nextInt(services.size())))
                    .offers(services.get(random.nextInt(services.size())) + ", "
                            + services.get(random.nextInt(services.size())))
                    .tags(random.nextInt(3) == 0 ? "Photographer" : "Leeds")
                    .stage(stages[random.nextInt(stages.length)])));
        }
        book.archive(network.get(3).id());
        book.noteImpression(network.get(4).id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        for (int i = 0; i < 15; i++) {
            db.introductions().add(Introduction.idea(network.get(5 + 2 * i).id(), network.get(6 + 2 * i).id(), "a",
                    "b", "", TODAY, null));
        }
        return network;
    }

    /** Some of the network in a random order, now and then with an unknown or a repeated id. */
    private static List<Long> group(List<Contact> network, Random random, int size) {
        List<Long> ids = new ArrayList<>(network.stream().map(Contact::id).toList());
        Collections.shuffle(ids, random);
        List<Long> group = new ArrayList<>(ids.subList(0, Math.min(size, ids.size())));
        if (random.nextInt(4) == 0) {
            group.add(random.nextInt(group.size() + 1), 99_999L);
        }
        if (random.nextInt(4) == 0) {
            group.add(group.get(random.nextInt(group.size())));
        }
        assertTrue(!group.isEmpty());
        return group;
    }

    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }
}
