package app.rapport.service.imports;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file to import and how to read it: its {@link ImportFormat} and, for CSV, its {@link ColumnMapping}.
 * {@link #of(Path)} works both out from the start of the file (it reads at most the first
 * {@value #SAMPLE_LINES} lines); a mapping screen may then replace the mapping with {@link #withMapping}.
 */
public record ImportSource(Path file, ImportFormat format, ColumnMapping mapping) {

    static final int SAMPLE_LINES = 40;
    /** How many rows may come before the header row (LinkedIn puts a few lines of notes there). */
    static final int ROWS_BEFORE_HEADER = 30;

    public ImportSource {
        if (format.isCsv() && mapping == null) {
            throw new IllegalArgumentException("A CSV file needs a column mapping");
        }
    }

    public ImportSource withMapping(ColumnMapping newMapping) {
        return new ImportSource(file, format.isCsv() ? format : ImportFormat.OTHER_CSV, newMapping);
    }

    /** Looks at the start of {@code file} to tell its format and, for a CSV file, guess its column mapping. */
    public static ImportSource of(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ImportText text = new ImportText(file)) {
            String line;
            while (lines.size() < SAMPLE_LINES && (line = text.readLine()) != null) {
                lines.add(line);
            }
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean vcardName = name.endsWith(".vcf") || name.endsWith(".vcard");
        boolean begins = lines.stream().anyMatch(l -> l.strip().equalsIgnoreCase("BEGIN:VCARD"));
        if (begins || (vcardName && !name.endsWith(".csv"))) {
            return new ImportSource(file, ImportFormat.VCARD, null);
        }
        char delimiter = delimiter(lines);
        List<String> header = new ArrayList<>();
        int headerLine = headerLine(file, delimiter, header);
        ImportFormat format = ImportFormat.fromHeader(header);
        return new ImportSource(file, format, ColumnMapping.guess(format, delimiter, headerLine, header));
    }

    /**
     * The delimiter that separates most values on some line, counting only outside quotes: ';' for a European
     * spreadsheet's export, tab for a tab-separated file, otherwise ','.
     */
    static char delimiter(List<String> lines) {
        char[] candidates = {',', ';', '\t'};
        int[] most = new int[candidates.length];
        boolean quoted = false;
        for (String line : lines) {
            int[] counts = new int[candidates.length];
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    for (int c = 0; c < candidates.length; c++) {
                        if (ch == candidates[c]) {
                            counts[c]++;
                        }
                    }
                }
            }
            for (int c = 0; c < candidates.length; c++) {
                most[c] = Math.max(most[c], counts[c]);
            }
        }
        int best = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (most[c] > most[best]) {
                best = c;
            }
        }
        return candidates[best];
    }

    /**
     * The line of the header row: the first row with at least two non-empty values, within the first
     * {@value #ROWS_BEFORE_HEADER} rows; its values go into {@code header}. 0 when there is none.
     */
    private static int headerLine(Path file, char delimiter, List<String> header) throws IOException {
        try (ImportText text = new ImportText(file);
             CSVParser parser = CSVParser.builder().setReader(text.asReader())
                     .setFormat(CsvRecords.format(delimiter)).get()) {
            long previousEnd = 0;
            int rows = 0;
            for (CSVRecord row : parser) {
                int start = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (row.stream().filter(v -> !v.isBlank()).count() >= 2) {
                    row.forEach(value -> header.add(value.strip()));
                    return start;
                }
                if (++rows >= ROWS_BEFORE_HEADER) {
                    break;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unreadable start: no header
        }
        return 0;
    }

    static String notUtf8(int firstLine) {
        return "Some lines, from line " + firstLine + " on, are not UTF-8 text; they were read as Windows-1252"
                + " (Western European). Check their accented letters.";
    }
}
