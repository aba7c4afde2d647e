package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.Introduction;
import app.rapport.model.Introduction.Side;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages an introduction needs, built from the two contacts' names, needs and offers and the two reasons:
 * first the opt-in ask to each side (would you like to meet them?), then the introduction email to both.
 * The wording lives in {@code introductions.properties}; the user edits the result before sending.
 */
public final class IntroductionMessages {

    private final ResourceBundle words = ResourceBundle.getBundle("app.rapport.service.introductions");

    /** Asks {@code side} whether they would like to meet the other. */
    public IntroductionMessage optInAsk(Introduction introduction, Side side, Contact asked, Contact other) {
        String subject = format("message.ask.subject", firstName(other));
        StringBuilder body = new StringBuilder(format("message.ask.greeting", firstName(asked)));
        body.append("\n\n").append(format("message.ask.who", other.name(), describe(other)));
        body.append(' ').append(sentence(introduction.why(side)));
        String offersAndNeeds = offersAndNeeds(other);
        if (!offersAndNeeds.isEmpty()) {
            body.append("\n\n").append(offersAndNeeds);
        }
        body.append("\n\n").append(format("message.ask.question", firstName(other)));
        body.append("\n\n").append(format("message.signOff"));
        return new IntroductionMessage(firstEmail(asked), subject, body.toString());
    }

    /** Introduces the two to each other, once both have agreed. */
    public IntroductionMessage introduction(Introduction introduction, Contact a, Contact b) {
        String subject = format("message.intro.subject", a.name(), b.name());
        StringBuilder body = new StringBuilder(format("message.intro.greeting", firstName(a), firstName(b)));
        body.append("\n\n").append(format("message.intro.opening"));
        body.append("\n\n").append(format("message.intro.meet", firstName(a), b.name(), describe(b)))
                .append(' ').append(sentence(introduction.whyA()));
        body.append("\n\n").append(format("message.intro.meet", firstName(b), a.name(), describe(a)))
                .append(' ').append(sentence(introduction.whyB()));
        if (!introduction.note().isBlank()) {
            body.append("\n\n").append(sentence(introduction.note()));
        }
        body.append("\n\n").append(format("message.intro.closing"));
        body.append("\n\n").append(format("message.signOff"));
        List<String> to = new ArrayList<>(firstEmail(a));
        to.addAll(firstEmail(b));
        return new IntroductionMessage(to, subject, body.toString());
    }

    /** "Ben offers websites, and is looking for a bookkeeper.", or whichever half is known; empty if neither. */
    private String offersAndNeeds(Contact contact) {
        boolean offers = !contact.offers().isBlank();
        boolean needs = !contact.needs().isBlank();
        if (offers && needs) {
            return format("message.ask.offersAndNeeds", firstName(contact), clause(contact.offers()),
                    clause(contact.needs()));
        }
        if (offers) {
            return format("message.ask.offers", firstName(contact), clause(contact.offers()));
        }
        return needs ? format("message.ask.needs", firstName(contact), clause(contact.needs())) : "";
    }

    /** "bookkeeper at Sousa Bookkeeping", or whichever of role and organisation is known, or "a contact of mine". */
    private String describe(Contact contact) {
        if (contact.role().isBlank() && contact.organisation().isBlank()) {
            return format("message.someone");
        }
        if (contact.organisation().isBlank()) {
            return contact.role();
        }
        return contact.role().isBlank() ? contact.organisation()
                : format("message.roleAt", contact.role(), contact.organisation());
    }

    static String firstName(Contact contact) {
        String name = contact.name().strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static List<String> firstEmail(Contact contact) {
        return contact.emails().isEmpty() ? List.of() : List.of(contact.emails().get(0));
    }

    /** The text as a sentence: capitalised, ending in a full stop unless it has its own ending. */
    static String sentence(String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            return clean;
        }
        clean = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        char last = clean.charAt(clean.length() - 1);
        return last == '.' || last == '!' || last == '?' ? clean : clean + ".";
    }

    /**
     * The text inside a sentence: first line only, without its own full stop, and "Advice on…" as "advice on…"
     * (a word in capitals, like "VAT", keeps them).
     */
    static String clause(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        line = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
        if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && !Character.isUpperCase(line.charAt(1))) {
            line = Character.toLowerCase(line.charAt(0)) + line.substring(1);
        }
        return line;
    }

    /** The bundle's text for {@code key}, always through MessageFormat, so its quoting rules hold for every text. */
    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.getDefault()).format(arguments);
    }
}
