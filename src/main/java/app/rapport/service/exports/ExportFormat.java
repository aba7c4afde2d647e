package app.rapport.service.exports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an export writes: cards for an address book, a spreadsheet, or a complete archive to restore from. Named as
 * the command line names them ({@code export --format vcard|csv|json FILE}).
 */
public enum ExportFormat {
    /** vCard 4.0: one card per contact, for address books and phones ({@link VCardExport}). */
    VCARD("vcf"),
    /** CSV (RFC 4180, UTF-8, a header row): one row per contact, for spreadsheets ({@link CsvExport}). */
    CSV("csv"),
    /** A complete archive of everything stored, which restores into an empty database ({@link JsonArchive}). */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format the user named ("vcard", "CSV", "json"), or an exception saying which names there are. */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format \"" + name + "\"; choose one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ".");
    }
}
