package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.TextLimits;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a contact's details must meet before they are stored: a name, emails and a link that look real,
 * and no text longer than {@link TextLimits} allows (refused with a message, never cut short).
 */
public final class ContactValidator {

    /** Something@something.tld, no spaces: catches typos without rejecting unusual but valid addresses. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9()./\\-\\s]*[0-9][+0-9()./\\-\\s]*(\\s*(x|ext\\.?)\\s*[0-9]+)?$",
            Pattern.CASE_INSENSITIVE);

    public ValidationProblems validate(Contact contact) {
        ValidationProblems problems = new ValidationProblems();
        if (contact.name().isBlank()) {
            problems.add(ContactField.NAME, "A name is required.");
        }
        length(problems, ContactField.NAME, "Name", contact.name(), TextLimits.NAME);
        length(problems, ContactField.ORGANISATION, "Organisation", contact.organisation(), TextLimits.ORGANISATION);
        length(problems, ContactField.ROLE, "Role", contact.role(), TextLimits.ROLE);
        length(problems, ContactField.LINK, "Link", contact.link(), TextLimits.LINK);
        length(problems, ContactField.CITY, "City", contact.city(), TextLimits.CITY);
        length(problems, ContactField.HOW_WE_MET, "How we met", contact.howWeMet(), TextLimits.HOW_WE_MET);
        length(problems, ContactField.WHERE_WE_MET, "Where we met", contact.whereWeMet(), TextLimits.WHERE_WE_MET);
        length(problems, ContactField.NEEDS, "Needs", contact.needs(), TextLimits.NEEDS);
        length(problems, ContactField.OFFERS, "Offers", contact.offers(), TextLimits.OFFERS);
        length(problems, ContactField.NOTES, "Notes", contact.notes(), TextLimits.NOTES);
        emails(problems, contact.emails());
        phones(problems, contact.phones());
        for (String tag : contact.tags()) {
            if (tag.isBlank()) {
                problems.add(ContactField.TAGS, "A tag cannot be empty.");
            } else if (characters(tag) > TextLimits.TAG) {
                problems.add(ContactField.TAGS, "Tag \"" + shorten(tag) + "\" is " + characters(tag)
                        + " characters; the most is " + TextLimits.TAG + ".");
            }
        }
        if (!contact.link().isBlank() && !looksLikeLink(contact.link())) {
            problems.add(ContactField.LINK, "This does not look like a web address (e.g. https://example.com/ana).");
        }
        if (contact.stayInTouchDays() != null && (contact.stayInTouchDays() < 1 || contact.stayInTouchDays() > 3650)) {
            problems.add(ContactField.STAY_IN_TOUCH, "Stay in touch every 1 to 3650 days, or leave it empty.");
        }
        if (contact.introducedById() != null && contact.introducedById() == contact.id() && contact.id() != 0) {
            problems.add(ContactField.INTRODUCED_BY, "Someone cannot introduce themselves.");
        }
        return problems;
    }

    private static void emails(ValidationProblems problems, List<String> emails) {
        for (String email : emails) {
            if (characters(email) > TextLimits.EMAIL) {
                problems.add(ContactField.EMAILS, "An email address can be at most " + TextLimits.EMAIL + " characters.");
            } else if (!EMAIL.matcher(email).matches()) {
                problems.add(ContactField.EMAILS, "\"" + shorten(email) + "\" does not look like an email address.");
            }
        }
    }

    private static void phones(ValidationProblems problems, List<String> phones) {
        for (String phone : phones) {
            if (characters(phone) > TextLimits.PHONE) {
                problems.add(ContactField.PHONES, "A phone number can be at most " + TextLimits.PHONE + " characters.");
            } else if (!PHONE.matcher(phone).matches()) {
                problems.add(ContactField.PHONES, "\"" + shorten(phone) + "\" does not look like a phone number.");
            }
        }
    }

    /** http(s) addresses, or a bare domain with a path ("linkedin.com/in/ana"), which we store as typed. */
    static boolean looksLikeLink(String link) {
        String candidate = link.strip();
        if (candidate.contains(" ")) {
            return false;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            candidate = "https://" + candidate;
        }
        try {
            URI uri = new URI(candidate);
            String host = uri.getHost();
            if (host == null && uri.getRawAuthority() != null) {
                // java.net.URI takes only ASCII host names: "münchen.de" is read as the ASCII name it stands for.
                host = asciiHost(uri.getRawAuthority());
            }
            return host != null && host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An internationalised host name in ASCII ("xn--mnchen-3ya.de"), or null when it is not a host name. */
    private static String asciiHost(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        try {
            String ascii = IDN.toASCII(host);
            return ascii.matches("[A-Za-z0-9.-]+") ? ascii : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * How many characters the text has as a person counts them and as the database's CHECK constraints count them
     * (SQLite's length()): an emoji outside the basic plane is one, not Java's two.
     */
    public static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * The text, cut to {@code most} characters with an ellipsis if need be, never inside a character (an emoji's
     * two Java chars): for text Rapport writes itself (a reason, a summary), never for what the user typed.
     */
    public static String cut(String text, int most) {
        if (characters(text) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most - 1)) + "…";
    }

    private static void length(ValidationProblems problems, ContactField field, String label, String value, int max) {
        if (characters(value) > max) {
            problems.add(field, label + " is " + characters(value) + " characters long; the most is " + max
                    + ". Nothing was cut: shorten it to save.");
        }
    }

    static String shorten(String value) {
        return characters(value) <= 40 ? value : value.substring(0, value.offsetByCodePoints(0, 37)) + "...";
    }
}
