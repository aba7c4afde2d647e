package app.rapport.service.imports;

import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus of broken files: each gives a report a user understands (which line, what is wrong), and neither the
 * preview nor, when no record is valid, the import changes anything in a database full of contacts.
 */
class MalformedFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path demo;
    private Database database;
    private ContactImport contactImport;

    /** The demo network, written once and copied for each test. */
    @BeforeAll
    static void demoNetwork() throws Exception {
        demo = shared.resolve("demo.db");
        try (Database db = Database.open(demo)) {
            ContactBook book = new ContactBook(db, CLOCK);
            db.transaction(c -> DemoNetwork.populate(book, CLOCK));
        }
    }

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("rapport.db");
        Files.copy(demo, file);
        database = Database.open(file);
        contactImport = new ContactImport(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** File, the skipped records as the report words them, and how many people are still importable. */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty.vcf", List.of("The file is empty: there is nothing to import."), 0),
                Arguments.of("empty.csv", List.of("The file is empty: there is nothing to import."), 0),
                Arguments.of("header-only.csv", List.of(), 0),
                Arguments.of("truncated.vcf",
                        List.of("line 1: the card is cut short: the file ends before its END:VCARD"), 0),
                Arguments.of("begin-without-end.vcf",
                        List.of("line 1: the card has no END:VCARD (another card begins at line 5)"), 1),
                Arguments.of("binary.vcf", List.of("line 1: lines 1 to 27 are not part of any card (a card starts"
                        + " with BEGIN:VCARD and ends with END:VCARD)"), 0),
                Arguments.of("stray-lines.vcf", List.of("line 1: lines 1 to 3 are not part of any card (a card"
                        + " starts with BEGIN:VCARD and ends with END:VCARD)"), 0),
                Arguments.of("not-utf8.vcf", List.of("line 1: email 'renee@' is not an email address"), 0),
                Arguments.of("long-name.vcf", List.of("line 1: name longer than 200 characters (it has 300)"), 0),
                Arguments.of("no-name.vcf", List.of("line 1: no name"), 0),
                Arguments.of("ragged.csv", List.of("line 2: 5 values, but the header row has 3 columns (a value"
                        + " holding a ',' may lack its quotes)"), 1),
                Arguments.of("unterminated-quote.csv", List.of("line 2: a quoted value is never closed (a \" is"
                        + " missing), so the file cannot be read from here on"), 0),
                Arguments.of("no-header.csv", List.of("No header row found (a row of column names such as"
                        + " \"Name,Email\" within the first 30 rows): this does not look like a contacts file."), 0),
                Arguments.of("bad-values.csv", List.of(
                        "line 2: email 'x@' is not an email address",
                        "line 3: phone 'call me maybe' is not a phone number",
                        "line 4: organisation longer than 200 characters (it has 250)",
                        "line 5: link 'not a link' is not a web address",
                        "line 6: no name"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsEachProblemAndChangesNothing(String name, List<String> expectedSkips, int importable)
            throws Exception {
        ImportSource source = ImportSource.of(ImportFiles.file("malformed/" + name));
        String before = DatabaseDigest.of(database);

        ImportPreview preview = contactImport.preview(source, progress -> { }, () -> false);

        assertEquals(expectedSkips, preview.skipped().stream().map(SkippedRecord::toString).toList());
        assertEquals(importable, preview.newContacts() + preview.duplicates().size());
        assertEquals(before, DatabaseDigest.of(database), "the preview wrote nothing");
        if (importable == 0) {
            ImportReport report = contactImport.run(source, Map.of(), progress -> { }, () -> false);
            assertEquals(preview.skipped(), report.skipped());
            assertEquals(0, report.added() + report.merged());
            assertEquals(before, DatabaseDigest.of(database), "an import with nothing valid wrote nothing");
        }
    }
}
