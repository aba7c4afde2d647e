package app.rapport;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Backups;
import app.rapport.store.Database;
import app.rapport.store.DatabaseLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rapport import} and {@code rapport export} as a script sees them. */
class CliTransferTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(List.of(args), new DataFolder(folder.resolve("data")), clock,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private static final String CARDS = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Ana Silva
            ORG:Silva Design
            EMAIL;TYPE=WORK:ana@silva.example
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Bruno Costa
            EMAIL:bruno@costa.example
            TEL;TYPE=CELL:+351 912 345 678
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            ORG:Nobody Ltd
            END:VCARD
            """;

    @Test
    void importAddsMergesReportsSkippedLinesAndBacksUpFirst() throws Exception {
        Path db = folder.resolve("mine.db");
        try (Database database = Database.open(db)) {
            Contact ana = Contact.named("Ana Silva");
            database.contacts().insert(new Contact(0, ana.name(), "", "", List.of("ANA@silva.example"), List.of(),
                    "", "", "", "", null, null, "", "", List.of(), "", ana.stage(), null, false, null, null));
        }
        Path cards = Files.writeString(folder.resolve("phone.vcf"), CARDS.replace("\n", "\r\n"));

        assertEquals(0, run("import", cards.toString(), "--db", db.toString()), err());

        assertEquals("Imported phone.vcf (vCard): 1 added, 1 merged, 1 skipped", out());
        assertTrue(err().startsWith("rapport: skipped line 13: "), err());
        try (Database database = Database.open(db)) {
            assertEquals(2, database.contacts().count(ContactQuery.all()));
            Contact ana = database.contacts().find(database.contacts().findByName("Ana", 5).get(0).id()).orElseThrow();
            assertEquals("Silva Design", ana.organisation(), "the merge filled what was empty");
        }
        assertEquals(1, new Backups(folder.resolve("data/backups"), clock).list().size(), "backed up first");
    }

    @Test
    void importIntoADatabaseOpenInRapportIsRefused() throws Exception {
        Path db = folder.resolve("mine.db");
        Path cards = Files.writeString(folder.resolve("phone.vcf"), CARDS);
        try (DatabaseLock window = DatabaseLock.acquire(db)) {
            assertEquals(1, run("import", cards.toString(), "--db", db.toString()));
        }
        assertEquals("rapport: mine.db is already open in another Rapport window. Switch to that window, or close it "
                + "and try again.", err());
        assertFalse(Files.exists(db), "nothing was written");
    }

    @Test
    void anExportNeverReplacesTheDatabaseOrABackup() throws Exception {
        Path db = folder.resolve("mine.db");
        try (Database database = Database.open(db)) {
            database.contacts().insert(Contact.named("Ana Silva"));
        }
        byte[] before = Files.readAllBytes(db);

        assertEquals(1, run("export", "--format", "json", db.toString(), "--db", db.toString()));

        assertEquals("rapport: mine.db is a database file (yours, a backup or part of one); an export never replaces "
                + "one. Choose another name.", err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aCsvWhoseColumnsAreNotRecognisedIsSentToTheImportScreen() throws Exception {
        Path csv = Files.writeString(folder.resolve("odd.csv"), "Wer,Firma\nAna,Silva Design\n");
        assertEquals(1, run("import", csv.toString(), "--db", folder.resolve("mine.db").toString()));
        assertTrue(err().contains("Rapport cannot tell which column of odd.csv holds the names"), err());
    }

    @Test
    void exportWritesEachFormatAndTheArchiveImportsBackIntoAnEmptyDatabase() throws Exception {
        Path db = folder.resolve("demo.db");
        try (Database database = Database.open(db)) {
            database.transaction(c -> DemoNetwork.populate(new ContactBook(database, clock), clock));
        }
        int people;
        try (Database database = Database.open(db)) {
            people = database.contacts().count(ContactQuery.all());
        }

        assertEquals(0, run("export", "--format", "vcard", folder.resolve("all.vcf").toString(), "--db", db.toString()),
                err());
        assertEquals("Exported " + people + " contacts to " + folder.resolve("all.vcf") + " (vCard 4.0)", out());
        assertTrue(Files.readString(folder.resolve("all.vcf")).startsWith("BEGIN:VCARD"));

        assertEquals(0, run("export", "--format", "csv", folder.resolve("all.csv").toString(), "--db", db.toString()),
                err());
        assertEquals("Exported " + people + " contacts to " + folder.resolve("all.csv") + " (CSV)", out());
        assertTrue(Files.readAllLines(folder.resolve("all.csv")).size() > people, "a header and a row per contact");

        assertEquals(0, run("export", "--format", "json", folder.resolve("all.json").toString(), "--db",
                db.toString()), err());
        assertTrue(out().matches("Archived \\d+ items to .*all\\.json \\(\\d+ confidential notes left out\\)"), out());

        Path copy = folder.resolve("copy.db");
        assertEquals(0, run("import", folder.resolve("all.json").toString(), "--db", copy.toString()), err());
        assertTrue(out().startsWith("Restored ") && out().endsWith(" meetings from " + folder.resolve("all.json")),
                out());
        try (Database restored = Database.open(copy)) {
            assertEquals(people, restored.contacts().count(ContactQuery.all()));
        }

        assertEquals(1, run("import", folder.resolve("all.json").toString(), "--db", copy.toString()));
        assertTrue(err().contains("only restored into an empty database"), err());
    }
}
