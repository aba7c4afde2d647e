package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects what a file says about one person, whatever its format, and makes the contact Rapport would store:
 * text trimmed, the first non-empty value of single fields, every distinct email, phone and tag, several notes
 * joined by a blank line, the stage Just met and "how we met" empty.
 */
final class PersonDetails {

    private String name = "";
    private final List<String> nameParts = new ArrayList<>();
    private String organisation = "";
    private String role = "";
    private String link = "";
    private String city = "";
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, String> phones = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    PersonDetails name(String value) {
        if (name.isEmpty()) {
            name = clean(value);
        }
        return this;
    }

    /** A part of the name (first, middle, last), used when no full name is given. */
    PersonDetails namePart(String value) {
        String part = clean(value);
        if (!part.isEmpty()) {
            nameParts.add(part);
        }
        return this;
    }

    PersonDetails organisation(String value) {
        if (organisation.isEmpty()) {
            organisation = clean(value);
        }
        return this;
    }

    PersonDetails role(String value) {
        if (role.isEmpty()) {
            role = clean(value);
        }
        return this;
    }

    PersonDetails link(String value) {
        if (link.isEmpty()) {
            link = clean(value);
        }
        return this;
    }

    PersonDetails city(String value) {
        if (city.isEmpty()) {
            city = clean(value);
        }
        return this;
    }

    PersonDetails note(String value) {
        // Line breaks as the app writes them, whatever the file used.
        String note = value == null ? "" : value.strip().replace("\r\n", "\n").replace('\r', '\n');
        if (!note.isEmpty()) {
            notes.add(note);
        }
        return this;
    }

    PersonDetails email(String value) {
        String email = clean(value);
        if (!email.isEmpty()) {
            emails.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
        }
        return this;
    }

    PersonDetails phone(String value) {
        String phone = clean(value);
        if (!phone.isEmpty()) {
            phones.putIfAbsent(phoneKey(phone), phone);
        }
        return this;
    }

    PersonDetails tag(String value) {
        String tag = clean(value);
        if (!tag.isEmpty()) {
            tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return this;
    }

    Contact toContact() {
        String fullName = name.isEmpty() ? String.join(" ", nameParts) : name;
        return new Contact(0, fullName, organisation, role, new ArrayList<>(emails.values()),
                new ArrayList<>(phones.values()), link, city, "", "", null, null, "", "",
                new ArrayList<>(tags.values()), String.join("\n\n", notes), RelationshipStage.JUST_MET, null, false,
                null, null);
    }

    /** A phone as compared: its digits and a leading +, so "+44 20 7946 0000" and "+44-20-7946-0000" are one. */
    static String phoneKey(String phone) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            if (Character.isDigit(ch) || (ch == '+' && key.length() == 0)) {
                key.append(ch);
            }
        }
        return key.length() == 0 ? phone.toLowerCase(Locale.ROOT) : key.toString();
    }

    /** Trimmed, with each run of white space (spaces, tabs, line breaks) made one space: for one-line fields. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char ch = stripped.charAt(i);
            boolean doubleSpace = ch == ' ' && i + 1 < stripped.length() && stripped.charAt(i + 1) == ' ';
            if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\u000B' || ch == '\f' || doubleSpace) {
                return stripped.replaceAll("\\s+", " ");
            }
        }
        return stripped;
    }
}
