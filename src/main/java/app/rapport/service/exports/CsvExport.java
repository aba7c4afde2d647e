package app.rapport.service.exports;

import app.rapport.model.RelationshipStage;
import app.rapport.store.ArchiveDao;
import app.rapport.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static app.rapport.service.exports.Fields.flag;
import static app.rapport.service.exports.Fields.text;
import static app.rapport.service.exports.Fields.texts;

/**
 * Contacts as a spreadsheet: CSV by RFC 4180 (fields quoted when they hold a comma, a quote or a line break; lines
 * end with CRLF), UTF-8 without a byte order mark, a header row, then one row per contact, read a page at a time.
 *
 * <p>Columns, in order: {@value #COLUMNS_TEXT}.
 * <ul>
 *   <li><b>Emails, Phones, Tags</b>: all of a contact's values in one cell, one per line (joined with a line feed,
 *       in the user's order). A spreadsheet shows them as a wrapped cell, a filter "contains" finds any of them, and
 *       a re-import splits the cell at line breaks: no email address or phone number can hold one, and tags are
 *       typed on one line. One column per email would give ragged, mostly empty columns.</li>
 *   <li><b>Stage</b>: as the app says it ("Just met", "Getting to know", "Like", "Trust", "Partner", "Parked");
 *       {@link #stageOf} reads it back.</li>
 *   <li><b>Met on</b>: yyyy-mm-dd or empty. <b>Archived</b>: "yes" or empty (only archived contacts have "yes",
 *       and only when they are included).</li>
 * </ul>
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (and, in some, tab or carriage return) as a formula, so a name like {@code =HYPERLINK(...)} typed by
 * someone else could act when the file is opened. Such a cell is written with a leading apostrophe
 * ({@code '+44 113 496 0000}), which spreadsheets read as "this is text". So that the apostrophe can always be taken
 * off again, a cell that itself starts with an apostrophe gets one more. <b>Round trip:</b> a re-import takes
 * exactly one leading apostrophe off any cell that starts with one ({@link #unprotected}), and gets back exactly
 * what was stored. Nothing else is changed in any cell.
 *
 * <p>Impressions, the timeline, introductions and meetings are not in the spreadsheet (use the JSON archive).
 */
public final class CsvExport {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("Name", "Organisation", "Role", "Emails", "Phones", "Link",
            "City", "Tags", "Stage", "How we met", "Where we met", "Met on", "Needs", "Offers", "Notes", "Archived");
    static final String COLUMNS_TEXT = "Name, Organisation, Role, Emails, Phones, Link, City, Tags, Stage, "
            + "How we met, Where we met, Met on, Needs, Offers, Notes, Archived";

    /** What joins the values of Emails, Phones and Tags within their cell. */
    public static final String LIST_SEPARATOR = "\n";

    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private CsvExport() {
    }

    /**
     * Writes the spreadsheet to {@code file} (replacing it only once complete); returns how many rows (contacts)
     * were written.
     *
     * @throws ExportCancelledException when {@code cancelled} says so; no file is left behind
     */
    public static long write(Database database, Path file, boolean includeArchived, ExportProgress progress,
                             BooleanSupplier cancelled) throws IOException {
        ArchiveDao.Selection selection = new ArchiveDao.Selection(includeArchived, false, false);
        long[] written = {0};
        ExportFile.write(database, file, out -> {
            Steps steps = new Steps(database.archive().counts(selection).contacts(), progress, cancelled);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
            database.archive().forEachContact(selection, contact -> {
                steps.checkCancelled();
                try {
                    printer.printRecord(row(contact));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                steps.done();
            });
            printer.flush();
            written[0] = steps.count();
        });
        return written[0];
    }

    /** The cells of one stored contact row, protected against formulas. */
    static List<String> row(Map<String, Object> contact) {
        List<String> cells = new ArrayList<>();
        cells.add(text(contact, "name"));
        cells.add(text(contact, "organisation"));
        cells.add(text(contact, "role"));
        cells.add(String.join(LIST_SEPARATOR, texts(contact, "emails")));
        cells.add(String.join(LIST_SEPARATOR, texts(contact, "phones")));
        cells.add(text(contact, "link"));
        cells.add(text(contact, "city"));
        cells.add(String.join(LIST_SEPARATOR, texts(contact, "tags")));
        cells.add(stageText(RelationshipStage.valueOf(text(contact, "stage"))));
        cells.add(text(contact, "howWeMet"));
        cells.add(text(contact, "whereWeMet"));
        cells.add(text(contact, "metOn"));
        cells.add(text(contact, "needs"));
        cells.add(text(contact, "offers"));
        cells.add(text(contact, "notes"));
        cells.add(flag(contact, "archived") ? "yes" : "");
        return cells.stream().map(CsvExport::protectedCell).toList();
    }

    /** The cell as written: with a leading apostrophe when it would start like a formula (or with an apostrophe). */
    public static String protectedCell(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The inverse of {@link #protectedCell}: what was stored, from a cell this export wrote. */
    public static String unprotected(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** "Just met", "Getting to know", ...: the stage as the Stage column says it. */
    public static String stageText(RelationshipStage stage) {
        String words = stage.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The stage a Stage cell names (as written, or as its constant), ignoring case and spaces around it. */
    public static RelationshipStage stageOf(String cell) {
        return RelationshipStage.valueOf(cell.strip().replace(' ', '_').toUpperCase(Locale.ROOT));
    }
}
