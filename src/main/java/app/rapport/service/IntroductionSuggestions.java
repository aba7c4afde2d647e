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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
 *       the contacts needing it. Counting those hits per contact gives every match, both ways, without looking at
 *       anyone who matches nothing. Then the stages: few candidates are looked up one by one; many are kept as
 *       the index on stage lists each stage's contacts, strongest stage first, until the list is full.</li>
 *   <li>{@link #top}: the best pairs are among the most trusted people, so pairs are found tier by tier (both
 *       partners, then a partner and a trusted contact, then both trusted...). A tier's people are read with their
 *       needs and offers into an inverted index in memory (stem to people), and each person's stems are looked up
 *       in it. Once the tiers so far have filled the list with both-ways pairs, no later tier can do better, and the
 *       search stops: with 100,000 contacts it reads the partners only.</li>
 * </ul>
 * Both use the same stems and weights (read from the full-text index; weights are added up in whole millionths, so
 * the order of adding changes nothing), so a pair scores exactly the same in either list.
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
            SuggestionDao index = database.suggestions();
            List<NeedsAndOffers> found = index.profiles(List.of(contactId));
            if (found.isEmpty() || !found.get(0).introducible()) {
                return List.of();
            }
            Person me = new Person(found.get(0));
            Vocabulary vocabulary = new Vocabulary();
            Map<Long, Match> matches = new HashMap<>();
            for (String stem : me.needs) {
                for (long id : index.contactsWith(Side.OFFERS, vocabulary.forms(stem))) {
                    matches.computeIfAbsent(id, k -> new Match()).aNeeds.add(stem);
                }
            }
            for (String stem : me.offers) {
                for (long id : index.contactsWith(Side.NEEDS, vocabulary.forms(stem))) {
                    matches.computeIfAbsent(id, k -> new Match()).bNeeds.add(stem);
                }
            }
            matches.remove(contactId);
            for (Introduction introduction : database.introductions().forContact(contactId)) {
                matches.remove(introduction.contactA() == contactId ? introduction.contactB()
                        : introduction.contactA());
            }

            List<Candidate> best = new ArrayList<>();
            Map<RelationshipStage, long[]> stages = new EnumMap<>(RelationshipStage.class);
            add(best, me, matches, true, stages, vocabulary, limit);
            if (best.size() < limit) {
                add(best, me, matches, false, stages, vocabulary, limit);
            }
            best = best.subList(0, Math.min(limit, best.size()));

            Map<Long, Person> others = new HashMap<>();
            for (NeedsAndOffers profile : index.profiles(best.stream().map(Candidate::id).toList())) {
                others.put(profile.contactId(), new Person(profile));
            }
            return best.stream()
                    .map(b -> suggestion(me, others.get(b.id), b.match, b.score, vocabulary)).toList();
        });
    }

    /** Someone {@link #forContact} could suggest, with how they match and the pair's score. */
    private record Candidate(long id, Match match, double score) {
    }

    /**
     * Adds, best first, the introducible candidates that match both ways (or one way only) until the list holds
     * {@code limit}. For one contact, a stronger relationship with the other always scores higher, so many
     * candidates are taken stage by stage, strongest first, from the lists of each stage's contacts.
     */
    private void add(List<Candidate> best, Person me, Map<Long, Match> matches, boolean bothWays,
                     Map<RelationshipStage, long[]> stages, Vocabulary vocabulary, int limit) {
        Comparator<Candidate> bestFirst = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingLong(Candidate::id);
        List<Long> wanted = new ArrayList<>();
        matches.forEach((id, match) -> {
            if (match.bothWays() == bothWays) {
                wanted.add(id);
            }
        });
        if (wanted.size() <= LOOKED_UP_ONE_BY_ONE) {
            List<Candidate> found = new ArrayList<>();
            database.suggestions().introducibleStages(wanted).forEach((id, stage) ->
                    found.add(candidate(me, id, stage, matches.get(id), vocabulary)));
            found.sort(bestFirst);
            best.addAll(found);
            return;
        }
        for (RelationshipStage stage : STRONGEST_FIRST) {
            List<Candidate> found = new ArrayList<>();
            for (long id : stages.computeIfAbsent(stage, database.suggestions()::introducibleAt)) {
                Match match = matches.get(id);
                if (match != null && match.bothWays() == bothWays) {
                    found.add(candidate(me, id, stage, match, vocabulary));
                }
            }
            found.sort(bestFirst);
            best.addAll(found);
            if (best.size() >= limit) {
                return;
            }
        }
    }

    private static Candidate candidate(Person me, long id, RelationshipStage stage, Match match,
                                       Vocabulary vocabulary) {
        return new Candidate(id, match, score(match.bothWays(), me.profile.stage(), stage,
                match.strength(vocabulary) / WEIGHT_UNIT));
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
            List<Gratitude> thanks = new ArrayList<>();
            for (SuggestionDao.Helped helped : database.suggestions()
                    .helpedBetween(today.minusDays(RECENT_HELP_DAYS), today, limit)) {
                Suggestion best = forContact(helped.contactId(), 1).stream().findFirst().orElse(null);
                thanks.add(new Gratitude(helped.contactId(), helped.name(), helped.on(), best));
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
