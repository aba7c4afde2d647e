package app.rapport.service.imports;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file Rapport imports. vCards (2.1, 3.0, 4.0) are recognised by their {@code BEGIN:VCARD}; the CSV
 * exports of LinkedIn, Google Contacts and Outlook by their header row; any other CSV is imported through a
 * {@link ColumnMapping} the user checks.
 */
public enum ImportFormat {
    VCARD("vCard"),
    LINKEDIN_CSV("LinkedIn connections (CSV)"),
    GOOGLE_CSV("Google Contacts (CSV)"),
    OUTLOOK_CSV("Outlook contacts (CSV)"),
    OTHER_CSV("CSV");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCsv() {
        return this != VCARD;
    }

    /** The CSV export a header row comes from, or OTHER_CSV. */
    static ImportFormat fromHeader(List<String> columns) {
        List<String> names = columns.stream().map(ImportFormat::normalised).toList();
        if (names.contains("first name") && names.contains("last name") && names.contains("connected on")) {
            return LINKEDIN_CSV;
        }
        boolean google = names.stream().anyMatch(n -> n.startsWith("e-mail 1 - ") || n.startsWith("phone 1 - ")
                || n.startsWith("organization 1 - ") || n.equals("organization name") || n.equals("group membership"));
        if (google) {
            return GOOGLE_CSV;
        }
        if (names.contains("e-mail address") && (names.contains("job title") || names.contains("business phone")
                || names.contains("mobile phone") || names.contains("e-mail display name"))) {
            return OUTLOOK_CSV;
        }
        return OTHER_CSV;
    }

    /** A header as compared: trimmed, lower case, inner spaces single. */
    static String normalised(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
