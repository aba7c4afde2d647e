package app.rapport.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what the user typed into an FTS5 match expression: every word must match the start of a word
 * ("ana boo" finds "Ana Silva, bookkeeping"). Punctuation separates words, as in the index's tokenizer,
 * and nothing the user types can be read as FTS5 syntax. Public only so that the search benchmark's reference
 * query builds the same expression; the rest of the app searches through {@code ContactDao}.
 */
public final class SearchText {

    /**
     * Letters that are not a base letter plus an accent, so Unicode cannot take the accent off: written out as
     * the letters people type for them on an English keyboard ("Łukasz" is found by "lukasz").
     */
    private static final Map<Character, String> WHOLE_LETTERS = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('ø', "o"), Map.entry('Ø', "O"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"), Map.entry('Ð', "D"),
            Map.entry('ß', "ss"), Map.entry('\u1E9E', "SS"),
            Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"), Map.entry('þ', "th"), Map.entry('Þ', "Th"), Map.entry('ı', "i"),
            Map.entry('ħ', "h"), Map.entry('Ħ', "H"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** Text as the full-text index keeps it: the letters above written out; accents the tokenizer takes off. */
    static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String whole = ch < 0x80 ? null : WHOLE_LETTERS.get(ch); // no ASCII letter is among them
            if (whole != null && folded == null) {
                folded = new StringBuilder(text.length() + 4).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(whole != null ? whole : String.valueOf(text.charAt(i)));
            }
        }
        return folded == null ? text : folded.toString();
    }

    /**
     * The key the contact list is ordered by: the name without accents or case, so that "Émile" sorts with
     * "Emma" and "ábel" next to "Ábel", not after "Zoë".
     */
    static String sortKey(String name) {
        String decomposed = Normalizer.normalize(fold(name.strip()), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The match expression, or null when the text holds no word to search for. */
    public static String matchExpression(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder expression = new StringBuilder();
        for (String word : words) {
            if (expression.length() > 0) {
                expression.append(' ');
            }
            expression.append('"').append(word).append("\"*");
        }
        return expression.toString();
    }

    /**
     * The words of {@code text} as the full-text index keeps them (the {@code unicode61} tokenizer with
     * {@code remove_diacritics 2}, over {@link #fold}ed text): lower case, without accents, split at anything that is
     * not a letter or a digit. "Łukasz's Café-Bar" gives lukasz, s, cafe, bar. Public for the introduction
     * suggestions, which match the words of needs and offers against the words of this index.
     */
    public static List<String> indexedWords(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String plain = fold(text).toLowerCase(Locale.ROOT);
        if (!plain.chars().allMatch(ch -> ch < 0x80)) {
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        }
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= plain.length(); ) {
            int cp = i < plain.length() ? plain.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(plain.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        typed = fold(typed);
        StringBuilder word = new StringBuilder();
        typed.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
