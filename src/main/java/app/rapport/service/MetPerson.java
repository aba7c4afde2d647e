package app.rapport.service;

/**
 * Someone the user met at a meeting, as jotted down right after it: a name, and one line each of what they are
 * like, what they need and what they offer. Every field but the name may be empty.
 */
public record MetPerson(String name, String organisation, String like, String dislike, String dealBreaker,
                        String needs, String offers) {

    public MetPerson {
        name = strip(name);
        organisation = strip(organisation);
        like = strip(like);
        dislike = strip(dislike);
        dealBreaker = strip(dealBreaker);
        needs = strip(needs);
        offers = strip(offers);
    }

    public static MetPerson named(String name) {
        return new MetPerson(name, "", "", "", "", "", "");
    }

    /** True when nothing at all was written for this person (a blank row of the form). */
    public boolean isBlank() {
        return (name + organisation + like + dislike + dealBreaker + needs + offers).isEmpty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
