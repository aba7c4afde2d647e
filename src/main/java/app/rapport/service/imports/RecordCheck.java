package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactField;
import app.rapport.service.ContactValidator;
import app.rapport.service.ValidationProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a person from a file with {@link ContactValidator} (the rules and limits of the app's own form, which are
 * the schema's) and says what is wrong the way an import report should: "no name", "email 'x@' is not an email
 * address", "organisation longer than 200 characters (it has 305)". Nothing is ever cut to fit.
 */
final class RecordCheck {

    private final ContactValidator validator = new ContactValidator();

    /** What is wrong with {@code person}, or null when it can be stored. */
    String problem(Contact person) {
        ValidationProblems problems = validator.validate(person);
        if (problems.isEmpty()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        for (ContactField field : problems.all().keySet()) {
            reasons.add(reason(field, person, problems.messageFor(field)));
        }
        return String.join("; ", reasons);
    }

    private String reason(ContactField field, Contact person, String message) {
        return switch (field) {
            case NAME -> person.name().isBlank() ? "no name" : tooLong("name", person.name(), TextLimits.NAME);
            case ORGANISATION -> tooLong("organisation", person.organisation(), TextLimits.ORGANISATION);
            case ROLE -> tooLong("role", person.role(), TextLimits.ROLE);
            case CITY -> tooLong("city", person.city(), TextLimits.CITY);
            case NOTES -> tooLong("notes", person.notes(), TextLimits.NOTES);
            case LINK -> ContactValidator.characters(person.link()) > TextLimits.LINK
                    ? tooLong("link", person.link(), TextLimits.LINK)
                    : "link '" + shorten(person.link()) + "' is not a web address";
            case EMAILS -> firstBad(person.emails(), email -> alone(List.of(email), List.of(), List.of()),
                    "email", TextLimits.EMAIL, "an email address", message);
            case PHONES -> firstBad(person.phones(), phone -> alone(List.of(), List.of(phone), List.of()),
                    "phone", TextLimits.PHONE, "a phone number", message);
            case TAGS -> firstBad(person.tags(), tag -> alone(List.of(), List.of(), List.of(tag)), "tag",
                    TextLimits.TAG, "a tag", message);
            default -> message;
        };
    }

    private String firstBad(List<String> values, Function<String, Contact> alone, String what, int most,
                            String kind, String message) {
        for (String value : values) {
            if (!validator.validate(alone.apply(value)).isEmpty()) {
                if (ContactValidator.characters(value) > most) {
                    return tooLong(what + " '" + shorten(value) + "'", value, most);
                }
                return value.isBlank() ? "an empty " + what : what + " '" + shorten(value) + "' is not " + kind;
            }
        }
        return message;
    }

    /** A contact with just these emails, phones or tags, to check one value at a time. */
    private static Contact alone(List<String> emails, List<String> phones, List<String> tags) {
        return new Contact(0, "x", "", "", emails, phones, "", "", "", "", null, null, "", "", tags, "", null, null,
                false, null, null);
    }

    private static String tooLong(String what, String value, int most) {
        return what + " longer than " + most + " characters (it has " + ContactValidator.characters(value) + ")";
    }

    private static String shorten(String value) {
        return ContactValidator.characters(value) <= 40 ? value
                : value.substring(0, value.offsetByCodePoints(0, 37)) + "...";
    }
}
