package app.rapport.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the user typed into an FTS5 match expression: every word must match the start of a word
 * ("ana boo" finds "Ana Silva, bookkeeping"). Punctuation separates words, as in the index's tokenizer,
 * and nothing the user types can be read as FTS5 syntax.
 */
final class SearchText {
    private SearchText() {
    }

    /** The match expression, or null when the text holds no word to search for. */
    static String matchExpression(String typed) {
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

    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
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
