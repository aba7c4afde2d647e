package app.rapport.service;

import app.rapport.model.Introduction;
import app.rapport.model.NeedsAndOffers;
import app.rapport.model.RelationshipStage;
import app.rapport.store.Database;
import app.rapport.store.SearchText;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The reference for introduction suggestions: every contact read into memory, and every pair compared, the slow and
 * obvious way; the weight of a stem counted from the contacts' own words rather than the full-text index. Against
 * it, {@link IntroductionSuggestions} is checked by the unit tests and by the suggestion benchmark.
 */
public final class PlainSuggestions {

    /** A pair as the reference scores it; A is the contact asked about, or the lower id. */
    public record Scored(long contactA, long contactB, boolean bothWays, double score) {
    }

    private record Person(NeedsAndOffers profile, Set<String> needs, Set<String> offers) {
    }

    private final Map<Long, Person> people = new HashMap<>();
    private final Map<String, Integer> offering = new HashMap<>();
    private final Set<String> introduced = new HashSet<>();

    public PlainSuggestions(Database database) {
        NeedsAndOffersWords words = new NeedsAndOffersWords(ResourceBundle.getBundle("app.rapport.service.suggestions"));
        List<Long> ids = database.transaction(c -> {
            List<Long> all = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM contact")) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                }
            }
            return all;
        });
        for (NeedsAndOffers profile : database.suggestions().profiles(ids)) {
            Person person = new Person(profile, words.stems(profile.needs()),
                    words.offerStems(profile.offers(), profile.role(), profile.tags()));
            people.put(profile.contactId(), person);
            // Times offered: each of the contact's offers, role and tags apart, and each form of a word apart.
            for (String field : List.of(profile.offers(), profile.role(), String.join(" ", profile.tags()))) {
                for (String word : new HashSet<>(SearchText.indexedWords(field))) {
                    offering.merge(NeedsAndOffersWords.stem(word), 1, Integer::sum);
                }
            }
        }
        for (Introduction introduction : database.introductions().all()) {
            introduced.add(key(introduction.contactA(), introduction.contactB()));
        }
    }

    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }

    /** The best suggestions for one contact, best first, with {@code contactId} as A. */
    public List<Scored> forContact(long contactId, int limit) {
        Person me = people.get(contactId);
        List<Scored> found = new ArrayList<>();
        if (me == null || !me.profile.introducible()) {
            return found;
        }
        for (Person other : people.values()) {
            Scored scored = pair(me, other);
            if (scored != null) {
                found.add(scored);
            }
        }
        found.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::contactB));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Every pair that matches, each once, best first. Fine for small networks only. */
    public List<Scored> everyPair() {
        List<Scored> found = new ArrayList<>();
        for (Person a : people.values()) {
            for (Person b : people.values()) {
                Scored scored = a.profile.contactId() < b.profile.contactId() && a.profile.introducible()
                        ? pair(a, b) : null;
                if (scored != null) {
                    found.add(scored);
                }
            }
        }
        found.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::contactA)
                .thenComparingLong(Scored::contactB));
        return found;
    }

    /** The pair's score, or null when they do not match or may not be suggested. */
    public Scored pair(long a, long b) {
        Person one = people.get(a);
        Person other = people.get(b);
        return one == null || other == null || !one.profile.introducible() ? null : pair(one, other);
    }

    private Scored pair(Person a, Person b) {
        long idA = a.profile.contactId();
        long idB = b.profile.contactId();
        if (idA == idB || !b.profile.introducible() || introduced.contains(key(idA, idB))) {
            return null;
        }
        List<String> aNeeds = new ArrayList<>(a.needs);
        aNeeds.retainAll(b.offers);
        List<String> bNeeds = new ArrayList<>(b.needs);
        bNeeds.retainAll(a.offers);
        if (aNeeds.isEmpty() && bNeeds.isEmpty()) {
            return null;
        }
        List<String> stems = new ArrayList<>(aNeeds);
        stems.addAll(bNeeds);
        long strength = 0;
        for (String stem : stems) {
            strength += IntroductionSuggestions.weight(people.size(), offering.getOrDefault(stem, 0));
        }
        boolean bothWays = !aNeeds.isEmpty() && !bNeeds.isEmpty();
        RelationshipStage stageA = a.profile.stage();
        RelationshipStage stageB = b.profile.stage();
        return new Scored(idA, idB, bothWays, IntroductionSuggestions.score(bothWays, stageA, stageB,
                strength / IntroductionSuggestions.WEIGHT_UNIT));
    }

    /** How many contacts the reference holds, and how many of them could be introduced now. */
    public String census() {
        long introducible = people.values().stream().filter(p -> p.profile.introducible()).count();
        return String.format("%,d contacts, %,d of them introducible; %,d distinct stems offered", people.size(),
                introducible, offering.size());
    }
}
