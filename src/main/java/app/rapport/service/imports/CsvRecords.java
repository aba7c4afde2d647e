package app.rapport.service.imports;

import app.rapport.service.exports.CsvExport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * The rows of a CSV file as people, through a {@link ColumnMapping}, streamed with Apache Commons CSV: quoted values
 * may hold commas, quotes and line breaks. Line numbers are physical lines of the file (a row with a line break
 * inside a value starts at its first line). Rows before the header (an export's notes) and blank rows are passed
 * over; a row with more values than the header has columns is reported, one with fewer is read with the missing
 * values empty (spreadsheets leave empty cells off the end).
 */
final class CsvRecords extends TextFileRecords {

    /** Google Contacts puts several values in one cell with " ::: " between them. */
    private static final Pattern GOOGLE_SEPARATOR = Pattern.compile("\\s*:::\\s*");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*(:::|;|,)\\s*");
    /** Rapport's own CSV export puts one email, phone or tag per line of a cell. */
    private static final Pattern LINES = Pattern.compile(Pattern.quote(CsvExport.LIST_SEPARATOR));

    private final ColumnMapping mapping;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private long previousEnd;
    private boolean finished;

    CsvRecords(Path file, ColumnMapping mapping) throws IOException {
        super(file);
        this.mapping = mapping;
        this.parser = CSVParser.builder().setReader(text.asReader()).setFormat(format(mapping.delimiter())).get();
        this.rows = parser.iterator();
        if (mapping.headerLine() == 0) {
            finished = true;
        }
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    @Override
    public IncomingRecord next() throws IOException {
        while (!finished) {
            CSVRecord row;
            int start = (int) previousEnd + 1;
            try {
                if (!rows.hasNext()) {
                    finished = true;
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                finished = true;
                return IncomingRecord.problem(start, unreadable(e));
            }
            previousEnd = parser.getCurrentLineNumber();
            if (start <= mapping.headerLine() || blank(row)) {
                continue;
            }
            return person(start, row);
        }
        if (text.firstNonUtf8Line() > 0) {
            notes.add(ImportSource.notUtf8(text.firstNonUtf8Line()));
        }
        return null;
    }

    private static String unreadable(RuntimeException e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message != null && message.contains("EOF reached before encapsulated token")) {
            return "a quoted value is never closed (a \" is missing), so the file cannot be read from here on";
        }
        return "this row cannot be read as CSV, so the file cannot be read from here on (" + message + ")";
    }

    private static boolean blank(CSVRecord row) {
        for (String value : row) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private IncomingRecord person(int line, CSVRecord row) {
        int columns = mapping.columns().size();
        for (int i = columns; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return IncomingRecord.problem(line, row.size() + " values, but the header row has " + columns
                        + " columns (a value holding a '" + mapping.delimiter() + "' may lack its quotes)");
            }
        }
        return IncomingRecord.person(line, contact(mapping, row));
    }

    /**
     * The contact a row gives under {@code mapping}. A file Rapport exported itself (its header is exactly
     * {@link CsvExport#COLUMNS}) is read by its own rules: emails, phones and tags one per line of their cell, and the
     * apostrophe the export puts before a cell that a spreadsheet would take for a formula taken off again.
     */
    static app.rapport.model.Contact contact(ColumnMapping mapping, CSVRecord row) {
        boolean ours = mapping.columns().equals(CsvExport.COLUMNS);
        Pattern several = ours ? LINES : GOOGLE_SEPARATOR;
        PersonDetails details = new PersonDetails();
        String first = "";
        String middle = "";
        String last = "";
        int n = Math.min(row.size(), mapping.fields().size());
        for (int i = 0; i < n; i++) {
            String value = ours ? CsvExport.unprotected(row.get(i)) : row.get(i);
            if (value.isBlank()) {
                continue;
            }
            switch (mapping.fields().get(i)) {
                case NAME -> details.name(value);
                case FIRST_NAME -> first = first.isEmpty() ? value : first;
                case MIDDLE_NAME -> middle = middle.isEmpty() ? value : middle;
                case LAST_NAME -> last = last.isEmpty() ? value : last;
                case ORGANISATION -> details.organisation(value);
                case ROLE -> details.role(value);
                case EMAIL -> several.splitAsStream(value).forEach(details::email);
                case PHONE -> several.splitAsStream(value).forEach(details::phone);
                case LINK -> details.link(GOOGLE_SEPARATOR.split(value.strip())[0]);
                case CITY -> details.city(value);
                case NOTES -> details.note(value);
                case TAGS -> (ours ? LINES : TAG_SEPARATOR).splitAsStream(ours ? value : value.strip())
                        .filter(tag -> ours || !tag.startsWith("*")) // Google's own groups: "* myContacts"
                        .forEach(details::tag);
                case IGNORED -> {
                    // not imported
                }
            }
        }
        details.namePart(first).namePart(middle).namePart(last);
        return details.toContact();
    }

    @Override
    public void close() throws IOException {
        parser.close();
        super.close();
    }
}
