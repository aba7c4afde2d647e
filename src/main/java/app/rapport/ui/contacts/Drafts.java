package app.rapport.ui.contacts;

import java.util.HashMap;
import java.util.Map;

/** Text typed about one contact but not yet added, kept while the user looks at others, so none is lost. */
final class Drafts {

    private final Map<Long, String> byContact = new HashMap<>();

    /** Keeps {@code typed} as the draft for {@code leaving} and returns the draft for {@code arriving} ("" if none). */
    String swap(long leaving, String typed, long arriving) {
        if (typed == null || typed.isBlank()) {
            byContact.remove(leaving);
        } else {
            byContact.put(leaving, typed);
        }
        return byContact.getOrDefault(arriving, "");
    }
}
