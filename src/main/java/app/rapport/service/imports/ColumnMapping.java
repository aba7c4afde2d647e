package app.rapport.service.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the columns of a CSV file become a contact's details: for each column of the header row, the
 * {@link ImportField} it fills, or {@link ImportField#IGNORED}. Also where that header row is (exports such as
 * LinkedIn's start with a few lines of notes) and which delimiter separates values.
 *
 * <p>{@link #guess} proposes a mapping from the column names (it is what the LinkedIn, Google and Outlook exports
 * use, with their own quirks); a mapping screen shows it with {@link ContactImport#sample} and lets the user change
 * a column with {@link #with}.
 *
 * @param delimiter  ',' ';' or tab
 * @param headerLine the physical line of the header row; 0 when the file has none
 * @param columns    the header row's column names
 * @param fields     what each column fills, one per column
 */
public record ColumnMapping(char delimiter, int headerLine, List<String> columns, List<ImportField> fields) {

    public ColumnMapping {
        columns = List.copyOf(columns);
        fields = List.copyOf(fields);
        if (columns.size() != fields.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + fields.size() + " fields");
        }
    }

    /** The mapping with column {@code index} (from 0) filling {@code field}. */
    public ColumnMapping with(int index, ImportField field) {
        List<ImportField> changed = new ArrayList<>(fields);
        changed.set(index, field);
        return new ColumnMapping(delimiter, headerLine, columns, changed);
    }

    /** Whether some column gives a name: without one no row can be imported. */
    public boolean givesNames() {
        return fields.contains(ImportField.NAME) || fields.contains(ImportField.FIRST_NAME)
                || fields.contains(ImportField.LAST_NAME);
    }

    /** A guess from the column names, for the export {@code format}. */
    public static ColumnMapping guess(ImportFormat format, char delimiter, int headerLine, List<String> columns) {
        List<ImportField> fields = new ArrayList<>(Collections.nCopies(columns.size(), ImportField.IGNORED));
        for (int i = 0; i < columns.size(); i++) {
            fields.set(i, guess(format, ImportFormat.normalised(columns.get(i))));
        }
        return new ColumnMapping(delimiter, headerLine, columns, fields);
    }

    private static ImportField guess(ImportFormat format, String n) {
        if (n.contains("phonetic") || n.contains("yomi") || n.endsWith(" - type") || n.endsWith(" - label")
                || n.contains("mail display name") || n.contains("prefix") || n.contains("suffix")
                || n.contains("fax") || n.contains("pager") || n.contains("assistant")) {
            return ImportField.IGNORED;
        }
        switch (n) {
            case "name", "full name", "display name", "contact name", "contact" -> {
                return ImportField.NAME;
            }
            case "first name", "firstname", "first", "given name", "forename", "vorname", "prénom", "prenom" -> {
                return ImportField.FIRST_NAME;
            }
            case "middle name", "middle", "additional name", "additional names" -> {
                return ImportField.MIDDLE_NAME;
            }
            case "last name", "lastname", "last", "family name", "surname", "nachname", "nom" -> {
                return ImportField.LAST_NAME;
            }
            case "company", "organisation", "organization", "organization name", "organization 1 - name",
                 "organisation name", "employer", "firma", "société", "societe", "entreprise" -> {
                return ImportField.ORGANISATION;
            }
            case "job title", "position", "role", "organization title", "organization 1 - title", "profession",
                 "occupation", "function", "funktion" -> {
                return ImportField.ROLE;
            }
            case "title" -> {
                // Outlook's Title is "Mr." or "Dr."; its job title has a column of its own.
                return format == ImportFormat.OUTLOOK_CSV ? ImportField.IGNORED : ImportField.ROLE;
            }
            case "url", "website", "web site", "web page", "homepage", "home page", "link", "profile", "linkedin",
                 "website 1 - value", "personal web page" -> {
                return ImportField.LINK;
            }
            case "city", "town", "locality", "home city", "business city", "other city", "address 1 - city",
                 "ville", "ort", "stadt" -> {
                return ImportField.CITY;
            }
            case "notes", "note", "comments", "comment", "remarks", "description" -> {
                return ImportField.NOTES;
            }
            case "tags", "tag", "labels", "categories", "category", "group membership", "groups", "group" -> {
                return ImportField.TAGS;
            }
            default -> {
                // fall through to the patterns below
            }
        }
        if ((n.contains("e-mail") || n.contains("email") || n.contains("mail address") || n.equals("mail"))
                && !n.contains("type") && !n.contains("label")) {
            return ImportField.EMAIL;
        }
        if ((n.contains("phone") || n.contains("mobile") || n.contains("telephone") || n.equals("tel")
                || n.equals("cell")) && !n.contains("type") && !n.contains("label")) {
            return ImportField.PHONE;
        }
        return ImportField.IGNORED;
    }
}
