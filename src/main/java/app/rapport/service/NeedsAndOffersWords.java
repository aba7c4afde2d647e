package app.rapport.service;

import app.rapport.store.SearchText;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * How introduction suggestions read needs and offers: the words they match on, and the phrases they quote.
 *
 * <p>A text is split into words exactly as the full-text index splits it ({@link SearchText#indexedWords}). Each
 * word is cut to its <em>stem</em> by a light English stemmer that only takes endings off, so that simple forms
 * meet: bookkeeper and bookkeeping (bookkeep), designer and design, photographer and photography, accountant,
 * accounts and accountancy (account). Two words match when their stems are equal, so matching is the same in both
 * directions. A stem is always the start of the word it came from, which lets the index be asked for every word
 * with a given stem. Stop words (in {@code suggestions.properties}: the, for, looking, business...), stems of stop
 * words, single letters and bare numbers are never matched on.
 */
final class NeedsAndOffersWords {

    /**
     * Endings taken off once a plural ending is off, the first that fits; at most two in turn, and only while four
     * letters are left.
     */
    private static final List<String> ENDINGS = List.of(
            "ation", "ator", "ment", "ing", "ancy", "ance", "ship", "ant", "ist", "ity", "ial", "ate", "er", "or",
            "ed");
    private static final int SHORTEST_STEM = 4;
    /** Quoted phrases longer than this many words are cut to the words around what matched. */
    private static final int PHRASE_WORDS = 6;
    /** Words either side of the matched word that a cut phrase keeps, at most. */
    private static final int WORDS_AROUND = 3;

    private final Set<String> stopWords;
    private final Set<String> stopStems = new HashSet<>();
    private final Set<String> articles;
    private final Set<String> leadIns;

    NeedsAndOffersWords(ResourceBundle words) {
        stopWords = Set.copyOf(Arrays.asList(words.getString("words.stop").trim().split("\\s+")));
        articles = Set.copyOf(Arrays.asList(words.getString("words.articles").trim().split("\\s+")));
        leadIns = Set.copyOf(Arrays.asList(words.getString("words.leadIn").trim().split("\\s+")));
        for (String word : stopWords) {
            stopStems.add(stem(word));
        }
    }

    /** The distinct stems of the texts worth matching on, in the order they first appear. */
    Set<String> stems(String... texts) {
        Set<String> stems = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : SearchText.indexedWords(text)) {
                String stem = stem(word);
                if (matchable(word, stem)) {
                    stems.add(stem);
                }
            }
        }
        return stems;
    }

    /** The stems of a contact's tags, with their role and offers: what they offer, or are. */
    Set<String> offerStems(String offers, String role, List<String> tags) {
        Set<String> stems = stems(offers, role);
        for (String tag : tags) {
            stems.addAll(stems(tag));
        }
        return stems;
    }

    private boolean matchable(String word, String stem) {
        return word.length() > 1 && !word.chars().allMatch(Character::isDigit) && !stopWords.contains(word)
                && !stopStems.contains(stem);
    }

    /**
     * The stem of a word of the index (lower case, no accents): a plural ending off (agencies, coaches, designs),
     * then up to two of {@link #ENDINGS} (partnerships: partner, then partn), then a final e or y (website, agency).
     * Words of three letters or fewer are their own stem (hr, seo, vat, web).
     */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (endsWithAny(w, "sses", "shes", "ches", "xes", "zzes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !endsWithAny(w, "ss", "us", "is")) {
            w = w.substring(0, w.length() - 1);
        }
        for (int taken = 0; taken < 2; taken++) {
            String shorter = withoutEnding(w);
            if (shorter.equals(w)) {
                break;
            }
            w = shorter;
        }
        if ((w.endsWith("e") && w.length() > SHORTEST_STEM) || (w.endsWith("y") && w.length() > SHORTEST_STEM - 1)) {
            w = w.substring(0, w.length() - 1);
        }
        // "ies" became "y" and the y stayed: keep the part the two share, so the stem still starts the word.
        int shared = 0;
        while (shared < w.length() && shared < word.length() && w.charAt(shared) == word.charAt(shared)) {
            shared++;
        }
        return w.substring(0, shared);
    }

    private static String withoutEnding(String w) {
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= SHORTEST_STEM) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String ending : endings) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of {@code text} has this stem. */
    boolean mentions(String text, String stem) {
        for (String word : SearchText.indexedWords(text)) {
            if (stem(word).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code text} that mention {@code stem}, as the user wrote them, for a reason to quote: the clause
     * (between commas, semicolons, full stops, line breaks...) holding the first word with that stem, without the
     * words that open it only to say "needs" ("Looking for") or stop words at its end. A clause longer than
     * {@value #PHRASE_WORDS} words is cut to the matched word and the words next to it up to a stop word, with an
     * article before them ("Looking for a reliable bookkeeper for her studio" gives "a reliable bookkeeper"). Null
     * when no word has the stem.
     */
    String phrase(String text, String stem) {
        for (String clause : text.split("[,;:.!?\\n\\r\\u2022\\u00b7|()\\[\\]]")) {
            List<String> words = List.of(clause.trim().split("\\s+"));
            int matched = -1;
            for (int i = 0; i < words.size() && matched < 0; i++) {
                for (String token : SearchText.indexedWords(words.get(i))) {
                    if (stem(token).equals(stem)) {
                        matched = i;
                        break;
                    }
                }
            }
            if (matched < 0) {
                continue;
            }
            int first = 0;
            while (first < matched && isLeadIn(words.get(first))) {
                first++;
            }
            int last = words.size() - 1;
            while (last > matched && isStop(words.get(last))) {
                last--;
            }
            if (last - first + 1 > PHRASE_WORDS) {
                first = matched;
                while (first > 0 && matched - first < WORDS_AROUND && !isStop(words.get(first - 1))) {
                    first--;
                }
                last = matched;
                while (last < words.size() - 1 && last - matched < WORDS_AROUND && !isStop(words.get(last + 1))) {
                    last++;
                }
                if (first > 0 && isArticle(words.get(first - 1))) {
                    first--;
                }
            }
            String phrase = trimmed(String.join(" ", words.subList(first, last + 1)));
            return text.trim().startsWith(phrase) ? inRunningText(phrase) : phrase;
        }
        return null;
    }

    /** The first tag with a word of this stem, or null. */
    String tag(List<String> tags, String stem) {
        for (String tag : tags) {
            if (mentions(tag, stem)) {
                return tag;
            }
        }
        return null;
    }

    /**
     * A phrase that opened its field, as it reads inside a sentence: "Bookkeeping and VAT" as "bookkeeping and VAT".
     * A capital that looks like a name's is kept: "VAT returns", "Cyber Essentials certification".
     */
    static String inRunningText(String phrase) {
        String[] words = phrase.split("\\s+", 3);
        String first = words[0];
        // "A printer" too: a one-letter word is the article
        boolean capitalisedWord = !first.isEmpty() && Character.isUpperCase(first.charAt(0))
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        boolean nameFollows = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        return capitalisedWord && !nameFollows ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1)
                : phrase;
    }

    private boolean isStop(String written) {
        List<String> tokens = SearchText.indexedWords(written);
        return tokens.stream().allMatch(token -> stopWords.contains(token) || stopStems.contains(stem(token)));
    }

    private boolean isLeadIn(String written) {
        List<String> tokens = SearchText.indexedWords(written);
        return tokens.stream().allMatch(leadIns::contains);
    }

    private boolean isArticle(String written) {
        List<String> tokens = SearchText.indexedWords(written);
        return tokens.size() == 1 && articles.contains(tokens.get(0));
    }

    /** Without punctuation at either end ("bookkeeping." or "(VAT"), keeping what closes inside ("R&D", "C++"). */
    private static String trimmed(String phrase) {
        int start = 0;
        int end = phrase.length();
        while (start < end && !Character.isLetterOrDigit(phrase.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(phrase.charAt(end - 1)) && phrase.charAt(end - 1) != '+') {
            end--;
        }
        return phrase.substring(start, end);
    }
}
