package app.rapport.ui.contacts;

import java.util.Arrays;
import java.util.List;

/** Lists typed in one field ("ana@x.com, ana@y.org") and back: commas or semicolons separate entries. */
final class ListText {
    private ListText() {
    }

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String format(List<String> values) {
        return String.join(", ", values);
    }
}
