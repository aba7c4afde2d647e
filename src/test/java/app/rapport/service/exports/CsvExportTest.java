package app.rapport.service.exports;

import app.rapport.model.RelationshipStage;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A spreadsheet of contacts that survives hostile text, keeps formulas from running, and reads back exactly. */
class CsvExportTest {

    private static final String NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    private static final String NOTES = "She said \"call me\", then left,\r\nsecond line; 🎉 émoji\nthird";

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("sheet.db"));
        database.contacts().insert(ContactBuilder.contact(NAME).organisation("+ Plus Ltd").role("-minus")
                .emails("a@example.com", "b@example.com").phones("+44 113 496 0000", "0113 496 0001")
                .link("@handle").city("'Quoted").tags("vip", "leeds, west").notes(NOTES).needs("@everyone help")
                .offers("Plain offer").howWeMet("Breakfast").whereWeMet("Leeds, the Corn Exchange")
                .metOn(LocalDate.of(2024, 3, 5)).stage(RelationshipStage.GETTING_TO_KNOW).build());
        database.contacts().insert(ContactBuilder.contact("Zoë Ñúñez").stage(RelationshipStage.PARKED).build());
        database.contacts().insert(ContactBuilder.contact("Archie Vale").archived(true).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<CSVRecord> parse(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(CsvExport.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void hostileTextReadsBackExactlyOnceTheApostropheIsTakenOff() throws Exception {
        Path file = folder.resolve("contacts.csv");
        assertEquals(2, CsvExport.write(database, file, false, ExportProgress.NONE, () -> false));
        List<CSVRecord> rows = parse(file);
        assertEquals(2, rows.size(), "active contacts only");

        CSVRecord row = rows.get(0);
        assertEquals("'" + NAME, row.get("Name"), "a formula is written as text");
        assertEquals("'+ Plus Ltd", row.get("Organisation"));
        assertEquals("'-minus", row.get("Role"));
        assertEquals("'@handle", row.get("Link"));
        assertEquals("''Quoted", row.get("City"), "a leading apostrophe gets one more, so it survives");
        assertEquals("'+44 113 496 0000\n0113 496 0001", row.get("Phones"));

        assertEquals(NAME, CsvExport.unprotected(row.get("Name")));
        assertEquals("+ Plus Ltd", CsvExport.unprotected(row.get("Organisation")));
        assertEquals("'Quoted", CsvExport.unprotected(row.get("City")));
        assertEquals("@everyone help", CsvExport.unprotected(row.get("Needs")));
        assertEquals(List.of("a@example.com", "b@example.com"),
                Arrays.asList(CsvExport.unprotected(row.get("Emails")).split(CsvExport.LIST_SEPARATOR)));
        assertEquals(List.of("+44 113 496 0000", "0113 496 0001"),
                Arrays.asList(CsvExport.unprotected(row.get("Phones")).split(CsvExport.LIST_SEPARATOR)));
        assertEquals(List.of("vip", "leeds, west"),
                Arrays.asList(CsvExport.unprotected(row.get("Tags")).split(CsvExport.LIST_SEPARATOR)));
        assertEquals(NOTES, CsvExport.unprotected(row.get("Notes")), "quotes, commas, CRLF, emoji kept");
        assertEquals("Plain offer", row.get("Offers"));
        assertEquals("Leeds, the Corn Exchange", row.get("Where we met"));
        assertEquals("2024-03-05", row.get("Met on"));
        assertEquals("Getting to know", row.get("Stage"));
        assertEquals(RelationshipStage.GETTING_TO_KNOW, CsvExport.stageOf(row.get("Stage")));
        assertEquals("", row.get("Archived"));

        CSVRecord zoe = rows.get(1);
        assertEquals("Zoë Ñúñez", zoe.get("Name"));
        assertEquals("Parked", zoe.get("Stage"));
        assertEquals("", zoe.get("Emails"));

        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("Name,Organisation,Role,Emails"), "a header row, no byte order mark");
        for (String line : raw.split("\r\n")) {
            assertFalse(line.startsWith("=") || line.startsWith("+") || line.startsWith("-") || line.startsWith("@"),
                    "no line starts like a formula: " + line);
        }
    }

    @Test
    void archivedContactsOnlyWhenAsked() throws Exception {
        Path file = folder.resolve("all.csv");
        assertEquals(3, CsvExport.write(database, file, true, ExportProgress.NONE, () -> false));
        CSVRecord archie = parse(file).stream().filter(r -> r.get("Name").equals("Archie Vale")).findFirst()
                .orElseThrow();
        assertEquals("yes", archie.get("Archived"));
    }
}
