package app.rapport.service;

import app.rapport.model.Gratitude;
import app.rapport.model.Introduction;
import app.rapport.model.NeedsAndOffers;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Suggestion;
import app.rapport.store.Database;
import app.rapport.store.SuggestionDao;
import app.rapport.store.SuggestionDao.Side;
import app.rapport.store.SuggestionDao.Word;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Who should meet whom, and whom to thank. A suggestion pairs two contacts where what one needs, the other offers
 * (in their offers, their role, or one of their tags), either way; the gratitude list names people who recently
 * referred or helped the user, each with the best person to connect them with. Methods block on the database:
 * call them from a background task.
 *
 * <h2>Ranking</h2>
 * Pairs that match both ways come first. Then the more trusted pair: the weaker of the two relationships first
 * (the user vouches for both, so a pair is as strong as its weaker side), then the stronger. Then how specific the
 * matched words are: each matched stem counts {@code ln(1 + contacts / times offered)}, so "letterpress" outweighs
 * "design". Left out: archived and parked contacts, those with a deal-breaker still undecided (the planner would
 * refuse them), and pairs with any introduction between them, open or closed.
 *
 * <h2>Matching by an index, never pair by pair</h2>
 * Words match when their stems are equal ({@link NeedsAndOffersWords}: bookkeeper meets bookkeeping; stop words
 * never match). The index is the contacts' full-text index, {@code contact_search}, which already holds needs,
 * offers, role and tags word by word and is kept in step in the same transaction as every contact write. Reusing
 * it needs no new table, no backfill of existing files and no extra work on each save; a table of stems of our own
 * would have needed all three, for a few milliseconds saved per query. Since a stem is always the start of its
 * words, the index's vocabulary ({@code fts5vocab}) lists the words of a stem and how often each is offered, and one
 * query per stem finds the contacts that need or offer it.
 * <ul>
 *   <li>{@link #forContact}: for each stem the contact needs, the contacts offering it; for each stem they offer,
 *       the contacts needing it. Merging those lists (each in id order) gives every match, both ways, without
 *       looking at anyone who matches nothing. Then the stages: few candidates are looked up one by one; many are
 *       kept as the index on stage lists each stage's contacts, strongest stage first, until the list is full.</li>
 *   <li>{@link #withRestOfNetwork}, for a meeting's attendees: the same for each of them, with everything read of the
 *       index shared, so that a stem several attendees have is looked up once. {@link #among}, the pairs within a
 *       meeting, compares every pair of attendees in memory, as {@link #top} would.</li>
 *   <li>{@link #top}: the best pairs are among the most trusted people, so pairs are found tier by tier (both
 *       partners, then a partner and a trusted contact, then both trusted...). A tier's people are read with their
 *       needs and offers into an inverted index in memory (stem to people), and each person's stems are looked up
 *       in it. Once the tiers so far have filled the list with both-ways pairs, no later tier can do better, and the
 *       search stops: with 100,000 contacts it reads the partners only.</li>
 * </ul>
 * All use the same stems and weights (read from the full-text index; weights are added up in whole millionths, so
 * the order of adding changes nothing), so a pair scores exactly the same in every list.
 */
public final class IntroductionSuggestions {

    /** Help given the user this many days ago or later is recent, for the gratitude list. */
    public static final int RECENT_HELP_DAYS = 90;
    /** Reasons given for each way a pair matches, at most. */
    private static final int REASONS_EACH_WAY = 2;
    /** Up to this many candidates are looked up one by one; more are picked out of each stage's contacts. */
    private static final int LOOKED_UP_ONE_BY_ONE = 300;
    /** Weights are kept in whole millionths. */
    static final double WEIGHT_UNIT = 1_000_000;
    /** The stages a suggestion may involve, most trusted first. */
    private static final List<RelationshipStage> STRONGEST_FIRST = List.of(RelationshipStage.PARTNER,
            RelationshipStage.TRUST, RelationshipStage.LIKE, RelationshipStage.GETTING_TO_KNOW,
            RelationshipStage.JUST_MET);

    private final Database database;
    private final Clock clock;
    private final ResourceBundle texts = ResourceBundle.getBundle("app.rapport.service.suggestions");
    private final NeedsAndOffersWords words = new NeedsAndOffersWords(texts);

    public IntroductionSuggestions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------ for one contact

    /**
     * The best people to introduce {@code contactId} to, best first; each suggestion has the contact as A. Empty when
     * the contact could not be introduced now (archived, parked, or a deal-breaker undecided).
     */
    public List<Suggestion> forContact(long contactId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.transaction(c -> {
            List<Person> me = introducible(List.of(contactId));
            return me.isEmpty() ? List.<Suggestion>of() : new Lookups().bestFor(me, Set.of(), limit).get(0);
        });
    }

    // ------------------------------------------------------------------------------------------------- a group

    /**
     * Who in a group should meet whom: the best pairs among {@code contactIds} only, best first, each pair once; for
     * a meeting's briefing, the attendees who should meet each other there. A pair is scored, oriented and explained
     * exactly as in {@link #top} (which, restricted to the group, lists the same pairs in the same order), and the
     * same are left out: contacts that could not be introduced now, and pairs with any introduction between them.
     * Unknown and repeated ids are ignored.
     */
    public List<Suggestion> among(List<Long> contactIds, int limit) {
        if (limit <= 0 || contactIds.isEmpty()) {
            return List.of();
        }
        return database.transaction(c -> {
            List<Person> people = introducible(contactIds);
            Set<String> introduced = new HashSet<>();
            for (Person person : people) {
                for (Introduction introduction : database.introductions().forContact(person.id())) {
                    introduced.add(key(introduction.contactA(), introduction.contactB()));
                }
            }
            // A meeting is a few dozen people: every pair is compared, in memory. A pair scores a whole number for
            // its kind (both ways or not, the two stages) plus less than one for how strong the match is, so the
            // weights of the stems, each a read of the index, are only needed for the kinds that make the list.
            record Pair(Person a, Person b, Match match, double kind) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    Person a = people.get(i);
                    Person b = people.get(j);
                    Match match = Match.between(a, b);
                    if ((!match.aNeeds.isEmpty() || !match.bNeeds.isEmpty())
                            && !introduced.contains(key(a.id(), b.id()))) {
                        pairs.add(new Pair(a, b, match, score(match.bothWays(), a.profile.stage(), b.profile.stage(),
                                0)));
                    }
                }
            }
            if (pairs.isEmpty()) {
                return List.<Suggestion>of();
            }
            pairs.sort(Comparator.comparingDouble(Pair::kind).reversed());
            double lastKind = pairs.get(Math.min(limit, pairs.size()) - 1).kind();
            Vocabulary vocabulary = new Vocabulary();
            Best best = new Best(limit);
            for (Pair pair : pairs) {
                if (pair.kind() < lastKind) {
                    break;
                }
                double score = score(pair.match().bothWays(), pair.a().profile.stage(), pair.b().profile.stage(),
                        pair.match().strength(vocabulary) / WEIGHT_UNIT);
                if (best.admits(score, pair.a().id(), pair.b().id())) {
                    best.offer(new Found(pair.a(), pair.b(), score));
                }
            }
            return best.bestFirst().stream().map(found -> suggestion(found, vocabulary)).toList();
        });
    }

    /**
     * For each of {@code contactIds} in turn, the best people outside the group to introduce them to: for a
     * meeting's briefing, whom each attendee should meet in the rest of the network ({@link #among} gives the pairs
     * within it). A contact's suggestions are exactly those {@link #forContact} gives, the group's members left out,
     * up to {@code perContact}, best first, each with the contact as A; then the next contact's. Contacts that could
     * not be introduced now have none; unknown and repeated ids are ignored.
     *
     * <p>Several times cheaper than asking {@link #forContact} for each: in one transaction the group shares what is
     * read of the index (the words of each stem and their weights, who needs and who offers it, each stage's
     * contacts), and the people suggested are read in one query. Someone whom enough partners match both ways gets
     * those partners without anyone else being looked at: nobody else could rank above them.
     */
    public List<Suggestion> withRestOfNetwork(List<Long> contactIds, int perContact) {
        if (perContact <= 0 || contactIds.isEmpty()) {
            return List.of();
        }
        return database.transaction(c -> {
            Map<Long, Person> byId = new HashMap<>();
            introducible(contactIds).forEach(member -> byId.put(member.id(), member));
            List<Person> inOrder = new ArrayList<>();
            for (long id : new LinkedHashSet<>(contactIds)) {
                if (byId.containsKey(id)) {
                    inOrder.add(byId.get(id));
                }
            }
            List<Suggestion> suggestions = new ArrayList<>();
            if (!inOrder.isEmpty()) {
                new Lookups().bestFor(inOrder, new HashSet<>(contactIds), perContact).forEach(suggestions::addAll);
            }
            return suggestions;
        });
    }

    /** Of these contacts, those that could be introduced now, with what they need and offer, by id. */
    private List<Person> introducible(Collection<Long> contactIds) {
        return database.suggestions().profiles(new LinkedHashSet<>(contactIds)).stream()
                .filter(NeedsAndOffers::introducible).map(Person::new).toList();
    }

    /** Someone suggested for a person, whether they match both ways, and the pair's score. */
    private record Candidate(long id, boolean bothWays, double score) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingLong(Candidate::id);

    /**
     * What one call reads of the index, read once and shared by everyone it suggests for: the vocabulary, who offers
     * and who needs each stem (and which of them are partners), and each stage's introducible contacts.
     */
    private final class Lookups {
        final SuggestionDao index = database.suggestions();
        final Vocabulary vocabulary = new Vocabulary();
        private final Map<String, long[]> offering = new HashMap<>();
        private final Map<String, long[]> needing = new HashMap<>();
        private final Map<RelationshipStage, long[]> stages = new EnumMap<>(RelationshipStage.class);
        private final Hits hits = new Hits();
        /** The introducible partners (null until asked for, empty when an id is too large for a bit set). */
        private BitSet partners;
        private final Map<String, long[]> partnersOffering = new HashMap<>();
        private final Map<String, long[]> partnersNeeding = new HashMap<>();

        /** The contacts, by id, with a word of this stem in their offers, role or tags. */
        long[] offering(String stem) {
            long[] ids = offering.get(stem);
            if (ids == null) {
                ids = index.contactsWith(Side.OFFERS, vocabulary.forms(stem));
                offering.put(stem, ids);
            }
            return ids;
        }

        /** The contacts, by id, with a word of this stem in their needs. */
        long[] needing(String stem) {
            long[] ids = needing.get(stem);
            if (ids == null) {
                ids = index.contactsWith(Side.NEEDS, vocabulary.forms(stem));
                needing.put(stem, ids);
            }
            return ids;
        }

        /**
         * For each person, their best {@code limit} candidates as suggestions, best first: everyone they match, but
         * themselves, those in {@code leftOut}, those already in an introduction with them, and those who could not
         * be introduced now. The people suggested are read in one query, for all persons at once.
         */
        List<List<Suggestion>> bestFor(List<Person> people, Set<Long> leftOut, int limit) {
            List<List<Candidate>> chosen = new ArrayList<>();
            Set<Long> suggested = new HashSet<>();
            for (Person person : people) {
                Set<Long> notThem = new HashSet<>(leftOut);
                notThem.add(person.id());
                for (Introduction introduction : database.introductions().forContact(person.id())) {
                    notThem.add(introduction.contactA() == person.id() ? introduction.contactB()
                            : introduction.contactA());
                }
                // For one person, reading the partners would cost more than it saves.
                List<Candidate> best = people.size() > 1 ? partnersMatchingBothWays(person, notThem, limit) : null;
                if (best == null) {
                    best = best(person, notThem, limit);
                }
                best.forEach(candidate -> suggested.add(candidate.id()));
                chosen.add(best);
            }
            Map<Long, Person> others = new HashMap<>();
            for (NeedsAndOffers profile : index.profiles(suggested)) {
                others.put(profile.contactId(), new Person(profile));
            }
            List<List<Suggestion>> suggestions = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person me = people.get(i);
                suggestions.add(chosen.get(i).stream().map(b -> suggestion(me, others.get(b.id()),
                        matchWith(me, b.id()), b.score(), vocabulary)).toList());
            }
            return suggestions;
        }

        /**
         * The best candidates for {@code me} when at least {@code limit} partners match them both ways, else null.
         * Those come before anyone else, so when there are enough, nobody else needs to be looked at: for several
         * people at once, each stem's contacts are cut once to the partners among them (about a tenth), and only
         * those lists are merged for each person.
         */
        private List<Candidate> partnersMatchingBothWays(Person me, Set<Long> leftOut, int limit) {
            if (partners == null) {
                partners = new BitSet();
                long[] ids = stages.computeIfAbsent(RelationshipStage.PARTNER, index::introducibleAt);
                if (ids.length > 0 && ids[ids.length - 1] < Integer.MAX_VALUE) {
                    for (long id : ids) {
                        partners.set((int) id);
                    }
                }
            }
            if (partners.isEmpty()) {
                return null;
            }
            merge(me, leftOut, true);
            List<Candidate> found = new ArrayList<>();
            for (int slot = 0; slot < hits.size(); slot++) {
                if (hits.candidate(slot, true)) {
                    found.add(candidate(me, slot, RelationshipStage.PARTNER));
                }
            }
            if (found.size() < limit) {
                return null;
            }
            found.sort(BEST_FIRST);
            return found.subList(0, limit);
        }

        /**
         * Puts into {@link #hits} everyone {@code me}'s stems hit (or the introducible partners among them only), but
         * those in {@code leftOut}.
         */
        private void merge(Person me, Set<Long> leftOut, boolean partnersOnly) {
            List<long[]> lists = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            List<Byte> ways = new ArrayList<>();
            for (String stem : me.needs) {
                lists.add(partnersOnly ? partnersOffering.computeIfAbsent(stem, s -> partnersOf(offering(s)))
                        : offering(stem));
                weights.add(vocabulary.weight(stem));
                ways.add(Hits.THEY_OFFER);
            }
            for (String stem : me.offers) {
                lists.add(partnersOnly ? partnersNeeding.computeIfAbsent(stem, s -> partnersOf(needing(s)))
                        : needing(stem));
                weights.add(vocabulary.weight(stem));
                ways.add(Hits.THEY_NEED);
            }
            hits.merge(lists, weights, ways);
            for (long id : leftOut) {
                hits.leaveOut(id);
            }
        }

        /** Of these contacts (in id order), the introducible partners. */
        private long[] partnersOf(long[] contacts) {
            return Arrays.stream(contacts).filter(id -> id >= 0 && id < Integer.MAX_VALUE && partners.get((int) id))
                    .toArray();
        }

        /**
         * The best candidates for {@code me}, best first. For each stem they need, the contacts offering it; for each
         * stem they offer, the contacts needing it: merging those lists gives every match, both ways, without looking
         * at anyone who matches nothing. Those matching both ways come first, then the others.
         */
        private List<Candidate> best(Person me, Set<Long> leftOut, int limit) {
            merge(me, leftOut, false);
            List<Candidate> best = new ArrayList<>();
            add(best, me, true, limit);
            if (best.size() < limit) {
                add(best, me, false, limit);
            }
            return best.subList(0, Math.min(limit, best.size()));
        }

        /**
         * Adds, best first, the introducible candidates that match both ways (or one way only) until the list holds
         * {@code limit}. For one person, a stronger relationship with the other always scores higher, so candidates
         * are taken stage by stage, strongest first, from the lists of each stage's contacts: lists read before for
         * someone else cost nothing more. Once few candidates are left, and the next list was not read yet, the rest
         * are looked up by id instead.
         */
        private void add(List<Candidate> best, Person me, boolean bothWays, int limit) {
            int left = 0;
            for (int slot = 0; slot < hits.size(); slot++) {
                if (hits.candidate(slot, bothWays)) {
                    left++;
                }
            }
            for (RelationshipStage stage : STRONGEST_FIRST) {
                if (left == 0) {
                    return;
                }
                List<Candidate> found = new ArrayList<>();
                if (!stages.containsKey(stage) && left <= LOOKED_UP_ONE_BY_ONE) {
                    List<Long> wanted = new ArrayList<>(left);
                    for (int slot = 0; slot < hits.size(); slot++) {
                        if (hits.candidate(slot, bothWays)) {
                            wanted.add(hits.id(slot));
                        }
                    }
                    // Only those not at a stronger stage are left: all of them, whatever their stage, come next.
                    index.introducibleStages(wanted).forEach((id, at) ->
                            found.add(candidate(me, hits.find(id), at)));
                    left = 0;
                } else {
                    long[] atStage = stages.computeIfAbsent(stage, index::introducibleAt);
                    int slot = 0;
                    for (long id : atStage) { // both in id order
                        while (slot < hits.size() && hits.id(slot) < id) {
                            slot++;
                        }
                        if (slot < hits.size() && hits.id(slot) == id && hits.candidate(slot, bothWays)) {
                            found.add(candidate(me, slot, stage));
                            hits.taken(slot);
                            left--;
                        }
                    }
                }
                found.sort(BEST_FIRST);
                best.addAll(found);
                if (best.size() >= limit) {
                    return;
                }
            }
        }

        private Candidate candidate(Person me, int slot, RelationshipStage stage) {
            return new Candidate(hits.id(slot), hits.bothWays(slot), score(hits.bothWays(slot), me.profile.stage(),
                    stage, hits.strength(slot) / WEIGHT_UNIT));
        }

        /** How {@code me} and another contact match, from the index: as the merged lists found it, stem by stem. */
        private Match matchWith(Person me, long other) {
            Match match = new Match();
            for (String stem : me.needs) {
                if (Arrays.binarySearch(offering(stem), other) >= 0) {
                    match.aNeeds.add(stem);
                }
            }
            for (String stem : me.offers) {
                if (Arrays.binarySearch(needing(stem), other) >= 0) {
                    match.bNeeds.add(stem);
                }
            }
            return match;
        }
    }

    /**
     * Everyone one person's stems hit, in id order, each with the weights of the stems matched added up (in whole
     * millionths, so the order of adding changes nothing) and which ways they match. Made by merging the stems' lists
     * of contacts, each in id order: one person's stems hit some 30,000 contacts of 100,000, and a map entry for each
     * took a good part of the time. The arrays are used again for the next person.
     */
    private static final class Hits {
        static final byte THEY_OFFER = 1;
        static final byte THEY_NEED = 2;
        private static final byte LEFT_OUT = 4;
        private long[] ids = new long[0];
        private long[] strength = new long[0];
        private byte[] ways = new byte[0];
        private int size;

        /** Takes in the lists of contacts (each in id order), each with the weight and the way of its stem. */
        void merge(List<long[]> lists, List<Long> weights, List<Byte> listWays) {
            long[][] contacts = lists.toArray(long[][]::new);
            long[] weight = weights.stream().mapToLong(Long::longValue).toArray();
            byte[] way = new byte[contacts.length];
            int total = 0;
            for (int i = 0; i < contacts.length; i++) {
                way[i] = listWays.get(i);
                total += contacts[i].length;
            }
            if (ids.length < total) {
                ids = new long[total];
                strength = new long[total];
                ways = new byte[total];
            }
            size = 0;
            // A heap of the lists not yet used up, smallest next id on top.
            int[] heap = new int[contacts.length];
            int[] next = new int[contacts.length];
            int heapSize = 0;
            for (int i = 0; i < contacts.length; i++) {
                if (contacts[i].length > 0) {
                    heap[heapSize++] = i;
                }
            }
            for (int i = heapSize / 2 - 1; i >= 0; i--) {
                siftDown(heap, heapSize, i, contacts, next);
            }
            while (heapSize > 0) {
                int list = heap[0];
                long id = contacts[list][next[list]];
                if (size == 0 || ids[size - 1] != id) {
                    ids[size] = id;
                    strength[size] = 0;
                    ways[size] = 0;
                    size++;
                }
                strength[size - 1] += weight[list];
                ways[size - 1] |= way[list];
                if (++next[list] == contacts[list].length) {
                    heap[0] = heap[--heapSize];
                }
                if (heapSize > 0) {
                    siftDown(heap, heapSize, 0, contacts, next);
                }
            }
        }

        private static void siftDown(int[] heap, int heapSize, int at, long[][] lists, int[] next) {
            int list = heap[at];
            long id = lists[list][next[list]];
            while (true) {
                int child = 2 * at + 1;
                if (child >= heapSize) {
                    break;
                }
                long childId = lists[heap[child]][next[heap[child]]];
                if (child + 1 < heapSize) {
                    long rightId = lists[heap[child + 1]][next[heap[child + 1]]];
                    if (rightId < childId) {
                        child++;
                        childId = rightId;
                    }
                }
                if (childId >= id) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = list;
        }

        /** How many contacts were hit. */
        int size() {
            return size;
        }

        long id(int slot) {
            return ids[slot];
        }

        /** The slot of this contact, or -1 when they were not hit. */
        int find(long id) {
            int slot = Arrays.binarySearch(ids, 0, size, id);
            return slot >= 0 ? slot : -1;
        }

        boolean bothWays(int slot) {
            return (ways[slot] & (THEY_OFFER | THEY_NEED)) == (THEY_OFFER | THEY_NEED);
        }

        /** The weights of the matched stems, both ways, added up. */
        long strength(int slot) {
            return strength[slot];
        }

        /** Marks a contact as not to be suggested (themselves, the group, those already introduced to them...). */
        void leaveOut(long id) {
            int slot = find(id);
            if (slot >= 0) {
                ways[slot] |= LEFT_OUT;
            }
        }

        /** Marks the contact in this slot as already in the list. */
        void taken(int slot) {
            ways[slot] |= LEFT_OUT;
        }

        /** Whether the contact in this slot may still be suggested, and matches both ways (or one way only). */
        boolean candidate(int slot, boolean bothWays) {
            byte way = ways[slot];
            return bothWays ? way == (THEY_OFFER | THEY_NEED) : way == THEY_OFFER || way == THEY_NEED;
        }
    }

    // ---------------------------------------------------------------------------------------- the whole network

    /**
     * The best suggestions across the whole network, best first, each pair once. In a pair matching one way only,
     * A is the one who needs; in a pair matching both ways, A is the one added first.
     */
    public List<Suggestion> top(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.transaction(c -> {
            Vocabulary vocabulary = new Vocabulary();
            Set<String> introduced = new HashSet<>();
            for (Introduction introduction : database.introductions().all()) {
                introduced.add(key(introduction.contactA(), introduction.contactB()));
            }
            Map<RelationshipStage, Tier> tiers = new EnumMap<>(RelationshipStage.class);
            Best bothWays = new Best(limit);
            Best oneWay = new Best(limit);
            // Tiers by the weaker relationship, then the stronger: (partner, partner), (trust, partner),
            // (trust, trust), (like, partner)... Both-ways pairs of a later tier never beat those of an earlier one.
            for (int weaker = 0; weaker < STRONGEST_FIRST.size() && !bothWays.full(); weaker++) {
                Tier weak = tiers.computeIfAbsent(STRONGEST_FIRST.get(weaker), Tier::new);
                for (int stronger = 0; stronger <= weaker && !bothWays.full(); stronger++) {
                    Tier strong = tiers.computeIfAbsent(STRONGEST_FIRST.get(stronger), Tier::new);
                    pairs(weak, strong, vocabulary, introduced, bothWays, oneWay);
                }
            }
            List<Suggestion> top = new ArrayList<>();
            for (Found found : bothWays.bestFirst()) {
                top.add(suggestion(found, vocabulary));
            }
            for (Found found : oneWay.bestFirst()) {
                if (top.size() < limit) {
                    top.add(suggestion(found, vocabulary));
                }
            }
            return top;
        });
    }

    /**
     * Offers every matching pair of a person of {@code weak} and one of {@code strong} to the lists of the best.
     * For each person of the weak tier, the stems they need are looked up among what the strong tier offers, and
     * the stems they offer among what it needs; the weights of the hits add up per person hit, in arrays indexed
     * by their place in the tier (reset per person by a stamp, not cleared). Within two tiers every pair has the same
     * stages, so a pair's score only needs working out when it could make the list.
     */
    private static void pairs(Tier weak, Tier strong, Vocabulary vocabulary, Set<String> introduced, Best bothWays,
                              Best oneWay) {
        int size = strong.people.size();
        long[] theyOffer = new long[size];
        long[] theyNeed = new long[size];
        int[] offerStamp = new int[size];
        int[] needStamp = new int[size];
        int[] hit = new int[size];
        double bothWaysBase = score(true, weak.stage, strong.stage, 0);
        double oneWayBase = score(false, weak.stage, strong.stage, 0);
        for (int aSlot = 0; aSlot < weak.people.size(); aSlot++) {
            Person a = weak.people.get(aSlot);
            int stamp = aSlot + 1;
            int hits = 0;
            for (String stem : a.needs) {
                int[] offering = strong.offering.get(stem);
                if (offering == null) {
                    continue;
                }
                long weight = vocabulary.weight(stem);
                for (int slot : offering) {
                    if (offerStamp[slot] != stamp) {
                        offerStamp[slot] = stamp;
                        theyOffer[slot] = 0;
                        hit[hits++] = slot;
                    }
                    theyOffer[slot] += weight;
                }
            }
            for (String stem : a.offers) {
                int[] needing = strong.needing.get(stem);
                if (needing == null) {
                    continue;
                }
                long weight = vocabulary.weight(stem);
                for (int slot : needing) {
                    if (needStamp[slot] != stamp) {
                        needStamp[slot] = stamp;
                        theyNeed[slot] = 0;
                        if (offerStamp[slot] != stamp) {
                            hit[hits++] = slot;
                        }
                    }
                    theyNeed[slot] += weight;
                }
            }
            for (int i = 0; i < hits; i++) {
                int slot = hit[i];
                if (weak == strong && slot <= aSlot) {
                    continue; // each pair of one tier once (a tier's people are in id order)
                }
                boolean offers = offerStamp[slot] == stamp;
                boolean needs = needStamp[slot] == stamp;
                double strength = ((offers ? theyOffer[slot] : 0) + (needs ? theyNeed[slot] : 0)) / WEIGHT_UNIT;
                Best best = offers && needs ? bothWays : oneWay;
                double score = (offers && needs ? bothWaysBase : oneWayBase) + strength / (strength + 1);
                long b = strong.ids[slot];
                if (best.admits(score, a.id(), b) && !introduced.contains(key(a.id(), b))) {
                    best.offer(new Found(a, strong.people.get(slot), score));
                }
            }
        }
    }


    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }

    /** The introducible people at one stage, in id order, with an inverted index of what they need and offer. */
    private final class Tier {
        final RelationshipStage stage;
        final List<Person> people = new ArrayList<>();
        final long[] ids;
        final Map<String, int[]> offering = new HashMap<>();
        final Map<String, int[]> needing = new HashMap<>();

        Tier(RelationshipStage stage) {
            this.stage = stage;
            Map<String, List<Integer>> offeredBy = new HashMap<>();
            Map<String, List<Integer>> neededBy = new HashMap<>();
            for (NeedsAndOffers profile : database.suggestions().introducibleProfilesAt(stage)) {
                Person person = new Person(profile);
                for (String stem : person.needs) {
                    neededBy.computeIfAbsent(stem, k -> new ArrayList<>()).add(people.size());
                }
                for (String stem : person.offers) {
                    offeredBy.computeIfAbsent(stem, k -> new ArrayList<>()).add(people.size());
                }
                people.add(person);
            }
            ids = people.stream().mapToLong(Person::id).toArray();
            offeredBy.forEach((stem, slots) -> offering.put(stem, slots.stream().mapToInt(i -> i).toArray()));
            neededBy.forEach((stem, slots) -> needing.put(stem, slots.stream().mapToInt(i -> i).toArray()));
        }
    }

    /** A pair found by {@link #top}: a person of the weaker tier, one of the stronger, and their score. */
    private record Found(Person a, Person b, double score) {
    }

    /** The best pairs seen so far, at most a given number; ties go to the lower ids. */
    private static final class Best {
        private static final Comparator<Found> WORST_FIRST = Comparator.comparingDouble(Found::score)
                .thenComparing(Comparator.comparingLong((Found f) -> Math.min(f.a.id(), f.b.id())).reversed())
                .thenComparing(Comparator.comparingLong((Found f) -> Math.max(f.a.id(), f.b.id())).reversed());
        private final int size;
        private final PriorityQueue<Found> kept = new PriorityQueue<>(WORST_FIRST);

        Best(int size) {
            this.size = size;
        }

        /** Whether a pair with this score would be kept; cheap, so it is asked before anything is made. */
        boolean admits(double score, long one, long other) {
            if (kept.size() < size) {
                return true;
            }
            Found worst = kept.peek();
            if (score != worst.score) {
                return score > worst.score;
            }
            long low = Math.min(one, other);
            long worstLow = Math.min(worst.a.id(), worst.b.id());
            return low != worstLow ? low < worstLow : Math.max(one, other) < Math.max(worst.a.id(), worst.b.id());
        }

        void offer(Found found) {
            kept.add(found);
            if (kept.size() > size) {
                kept.poll();
            }
        }

        boolean full() {
            return kept.size() >= size;
        }

        List<Found> bestFirst() {
            List<Found> best = new ArrayList<>(kept);
            best.sort(WORST_FIRST.reversed());
            return best;
        }
    }

    /** The suggestion for a pair of the top: A is the one who needs (one way), or the one added first (both ways). */
    private Suggestion suggestion(Found found, Vocabulary vocabulary) {
        Match match = Match.between(found.a, found.b);
        boolean aFirst = match.bothWays() ? found.a.id() < found.b.id() : !match.aNeeds.isEmpty();
        return aFirst ? suggestion(found.a, found.b, match, found.score, vocabulary)
                : suggestion(found.b, found.a, Match.between(found.b, found.a), found.score, vocabulary);
    }

    // ---------------------------------------------------------------------------------------------- gratitude

    /**
     * The people to thank: up to {@code limit} who gave the user a referral or help in the last
     * {@value #RECENT_HELP_DAYS} days, newest help first, with the best suggestion of someone to connect them with
     * (null when there is none). Left out: archived and parked contacts, and anyone in an open introduction.
     */
    public List<Gratitude> gratitude(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return database.transaction(c -> {
            List<SuggestionDao.Helped> helped = database.suggestions()
                    .helpedBetween(today.minusDays(RECENT_HELP_DAYS), today, limit);
            // Each one's best as forContact(id, 1) finds it, with what is read of the index shared between them.
            Lookups lookups = new Lookups();
            List<Person> introducible = introducible(helped.stream().map(SuggestionDao.Helped::contactId)
                    .toList());
            Map<Long, Suggestion> best = new HashMap<>();
            List<List<Suggestion>> found = lookups.bestFor(introducible, Set.of(), 1);
            for (int i = 0; i < introducible.size(); i++) {
                found.get(i).stream().findFirst().ifPresent(s -> best.put(s.contactA(), s));
            }
            List<Gratitude> thanks = new ArrayList<>();
            for (SuggestionDao.Helped one : helped) {
                thanks.add(new Gratitude(one.contactId(), one.name(), one.on(), best.get(one.contactId())));
            }
            return thanks;
        });
    }

    // ------------------------------------------------------------------------------------------------ scoring

    /**
     * A pair's score: both ways first, then the weaker relationship, then the stronger, then how strong the match
     * is (the matched stems' weights added up); each part only breaks the ties of the one before.
     */
    static double score(boolean bothWays, RelationshipStage a, RelationshipStage b, double matchStrength) {
        int weaker = Math.min(closeness(a), closeness(b));
        int stronger = Math.max(closeness(a), closeness(b));
        return (bothWays ? 100 : 0) + 10 * weaker + stronger + matchStrength / (matchStrength + 1);
    }

    /** 1 for just met up to 5 for a partner. */
    private static int closeness(RelationshipStage stage) {
        return switch (stage) {
            case JUST_MET -> 1;
            case GETTING_TO_KNOW -> 2;
            case LIKE -> 3;
            case TRUST -> 4;
            case PARTNER -> 5;
            case PARKED -> throw new IllegalArgumentException("A parked contact is never suggested");
        };
    }

    /**
     * What a match on a stem counts, in millionths: {@code ln(1 + contacts / times offered)}, more the rarer the
     * offer. Times offered counts each contact's offers, role and tags apart, and each form of the word.
     */
    static long weight(int contacts, int timesOffered) {
        return Math.round(Math.log(1 + contacts / (double) Math.max(1, timesOffered)) * WEIGHT_UNIT);
    }

    /** What one call has learnt from the index: the words of each stem, and what a match on each stem counts. */
    private final class Vocabulary {
        private final SuggestionDao index = database.suggestions();
        private final int contacts = index.contactCount();
        private final Map<String, List<String>> forms = new HashMap<>();
        private final Map<String, Long> weights = new HashMap<>();

        /** The words of the index with this stem. */
        List<String> forms(String stem) {
            learn(stem);
            return forms.get(stem);
        }

        long weight(String stem) {
            learn(stem);
            return weights.get(stem);
        }

        private void learn(String stem) {
            if (!forms.containsKey(stem)) {
                List<String> found = new ArrayList<>();
                int timesOffered = 0;
                for (Word word : index.wordsStartingWith(stem)) {
                    if (NeedsAndOffersWords.stem(word.text()).equals(stem)) {
                        found.add(word.text());
                        timesOffered += word.timesOffered();
                    }
                }
                forms.put(stem, found);
                weights.put(stem, IntroductionSuggestions.weight(contacts, timesOffered));
            }
        }
    }

    /** A contact with the stems of what they need and of what they offer or are. */
    private final class Person {
        final NeedsAndOffers profile;
        final Set<String> needs;
        final Set<String> offers;

        Person(NeedsAndOffers profile) {
            this.profile = profile;
            this.needs = words.stems(profile.needs());
            this.offers = words.offerStems(profile.offers(), profile.role(), profile.tags());
        }

        long id() {
            return profile.contactId();
        }
    }

    /** How A and B match: the stems A needs that B offers, and the stems B needs that A offers. */
    private static final class Match {
        final List<String> aNeeds = new ArrayList<>(2);
        final List<String> bNeeds = new ArrayList<>(2);

        static Match between(Person a, Person b) {
            Match match = new Match();
            a.needs.stream().filter(b.offers::contains).forEach(match.aNeeds::add);
            b.needs.stream().filter(a.offers::contains).forEach(match.bNeeds::add);
            return match;
        }

        boolean bothWays() {
            return !aNeeds.isEmpty() && !bNeeds.isEmpty();
        }

        long strength(Vocabulary vocabulary) {
            long strength = 0;
            for (String stem : aNeeds) {
                strength += vocabulary.weight(stem);
            }
            for (String stem : bNeeds) {
                strength += vocabulary.weight(stem);
            }
            return strength;
        }
    }

    // ------------------------------------------------------------------------------------------------ reasons

    private Suggestion suggestion(Person a, Person b, Match match, double score, Vocabulary vocabulary) {
        List<String> aToB = reasons(a, b, match.aNeeds, vocabulary);
        List<String> bToA = reasons(b, a, match.bNeeds, vocabulary);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < Math.max(aToB.size(), bToA.size()); i++) {
            if (i < aToB.size()) {
                reasons.add(aToB.get(i));
            }
            if (i < bToA.size()) {
                reasons.add(bToA.get(i));
            }
        }
        return new Suggestion(a.id(), a.profile.name(), b.id(), b.profile.name(), match.bothWays(), reasons, score);
    }

    /**
     * Why {@code helper} can help {@code needer}, in words, strongest match first: one reason for each phrase of the
     * needer's needs, quoting where the helper offers it: their offers, else their role, else a tag.
     */
    private List<String> reasons(Person needer, Person helper, List<String> stems, Vocabulary vocabulary) {
        List<String> strongestFirst = new ArrayList<>(stems);
        strongestFirst.sort(Comparator.comparingLong(vocabulary::weight).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> reasons = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (String stem : strongestFirst) {
            String need = words.phrase(needer.profile.needs(), stem);
            if (need == null || !quoted.add(need)) {
                continue;
            }
            String offer = words.phrase(helper.profile.offers(), stem);
            String key = "reason.offers";
            if (offer == null && words.mentions(helper.profile.role(), stem)) {
                offer = NeedsAndOffersWords.inRunningText(helper.profile.role().strip());
                key = "reason.role";
            } else if (offer == null) {
                offer = words.tag(helper.profile.tags(), stem);
                key = "reason.tag";
            }
            if (offer != null) {
                reasons.add(MessageFormat.format(texts.getString(key), needer.profile.name(), need,
                        helper.profile.name(), offer));
            }
            if (reasons.size() == REASONS_EACH_WAY) {
                break;
            }
        }
        return reasons;
    }
}
