package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real-world exports, imported into an empty database: what is stored for each person. */
class SampleFilesTest {

    @TempDir
    Path dir;

    private Database database;
    private ContactImport contactImport;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("rapport.db"));
        contactImport = new ContactImport(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportReport importFile(String name, ImportFormat expectedFormat) throws Exception {
        ImportSource source = ImportSource.of(ImportFiles.file(name));
        assertEquals(expectedFormat, source.format(), name);
        return contactImport.run(source, Map.of(), progress -> { }, () -> false);
    }

    private Contact stored(String name) {
        List<ContactSummary> found = database.contacts().search(ContactQuery.all(), 0, 1000).stream()
                .filter(summary -> summary.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> "contacts named " + name);
        return database.contacts().find(found.get(0).id()).orElseThrow();
    }

    private int contacts() {
        return database.contacts().count(ContactQuery.all());
    }

    @Test
    void iPhoneCardsKeepGroupedEmailsAndIgnoreThePhoto() throws Exception {
        ImportReport report = importFile("iphone.vcf", ImportFormat.VCARD);

        assertEquals(2, report.added());
        assertEquals(List.of(), report.skipped());
        Contact chidi = stored("Chidi Okafor");
        assertEquals("Brightwater Consulting", chidi.organisation());
        assertEquals("Partner", chidi.role());
        assertEquals(List.of("chidi@brightwater.example", "chidi.okafor@home.example"), chidi.emails());
        assertEquals(List.of("+44 7700 900123", "+44 20 7946 0018"), chidi.phones());
        assertEquals("https://brightwater.example/chidi", chidi.link());
        assertEquals("Bristol", chidi.city());
        assertEquals("Met at the Bristol founders' breakfast. Wants introductions to family-owned manufacturers,"
                + " especially in food.", chidi.notes());
        assertEquals(List.of("founders", "bristol"), chidi.tags());
        assertEquals(RelationshipStage.JUST_MET, chidi.stage());
        assertEquals("", chidi.howWeMet());
        // Apple's own "x-apple:" link is not a web address: left out rather than refuse the card.
        assertEquals("", stored("Åsa Lindqvist").link());
    }

    @Test
    void androidQuotedPrintableUtf8WithASoftLineBreakIsDecoded() throws Exception {
        importFile("android.vcf", ImportFormat.VCARD);

        Contact juergen = stored("Jürgen Müller");
        assertEquals("Bäckerei Müller GmbH", juergen.organisation());
        assertEquals("Backt das beste Brot in München; sucht einen Steuerberater für sein wachsendes Geschäft.",
                juergen.notes());
        assertEquals(List.of("+49 151 23456789", "+49 89 1234567"), juergen.phones());
        assertEquals(List.of("07700 900456"), stored("Priya").phones());
    }

    @Test
    void googleCardUndoesEscapesAndDropsGooglesOwnGroup() throws Exception {
        importFile("google.vcf", ImportFormat.VCARD);

        Contact maria = stored("Maria Gonçalves");
        assertEquals(List.of("maria@atelier.example"), maria.emails(), "the same address in capitals is one");
        assertEquals("http://atelier.example", maria.link());
        assertEquals("Designs small offices.\nLikes early meetings.", maria.notes());
        assertEquals("Lisboa", maria.city());
        assertEquals("Architect", maria.role());
        assertEquals(List.of("Architects"), maria.tags());
    }

    @Test
    void outlookCardInWindows1252KeepsItsAccentsAndSaysSo() throws Exception {
        ImportReport report = importFile("outlook.vcf", ImportFormat.VCARD);

        Contact siobhan = stored("Siobhán Byrne");
        assertEquals("Byrne & Daughters Accountancy", siobhan.organisation());
        assertEquals("Director", siobhan.role());
        assertEquals("Galway", siobhan.city());
        assertEquals(List.of("siobhan@byrne.example"), siobhan.emails());
        assertEquals(List.of("+353 1 234 5678", "+353 87 123 4567"), siobhan.phones());
        assertTrue(report.notes().get(0).contains("from line 3 on, are not UTF-8"), report.notes().toString());
    }

    @Test
    void version4TelephoneUrisBecomeNumbers() throws Exception {
        importFile("version4.vcf", ImportFormat.VCARD);

        Contact kenji = stored("Kenji Watanabe");
        assertEquals(List.of("+81-90-1234-5678"), kenji.phones());
        assertEquals("Product designer", kenji.role());
        assertEquals("Tokyo", kenji.city());
        assertEquals(List.of("design", "japan"), kenji.tags());
    }

    @Test
    void linkedInExportSkipsItsNotesAndReportsTheRowWithoutAName() throws Exception {
        ImportReport report = importFile("linkedin.csv", ImportFormat.LINKEDIN_CSV);

        assertEquals(2, report.added());
        assertEquals(List.of(new SkippedRecord(7, "no name")), report.skipped());
        Contact ana = stored("Ana Silva");
        assertEquals("Silva, Costa & Partners", ana.organisation());
        assertEquals("Bookkeeper", ana.role());
        assertEquals("https://www.linkedin.com/in/anasilva", ana.link());
        assertEquals(List.of("ana@silva.example"), ana.emails());
        assertEquals("Head of Operations, Poland", stored("Tomasz Nowak").role());
    }

    @Test
    void googleCsvWithBomSplitsMultiValueCellsAndKeepsLineBreaksInNotes() throws Exception {
        ImportReport report = importFile("google.csv", ImportFormat.GOOGLE_CSV);

        assertEquals(2, report.added());
        Contact zoe = stored("Zoë Martin");
        assertEquals("Martin Studio", zoe.organisation());
        assertEquals("Illustrator", zoe.role());
        assertEquals(List.of("zoe@martin.example", "zoe.martin@mail.example"), zoe.emails());
        assertEquals(List.of("+33 6 12 34 56 78", "+33 1 23 45 67 89"), zoe.phones());
        assertEquals("Draws children's books.\nWants a publisher.", zoe.notes());
        assertEquals("Paris", zoe.city());
        assertEquals(List.of("Illustrators"), zoe.tags());
        assertEquals("https://martin.example", zoe.link());
        assertEquals(List.of("leo@fischer.example"), stored("Leo Fischer").emails());
    }

    @Test
    void olderGoogleCsvUsesItsNameAndOrganisationColumns() throws Exception {
        importFile("google-old.csv", ImportFormat.GOOGLE_CSV);

        Contact hannah = stored("Hannah Schmidt");
        assertEquals("Schmidt Verpackung", hannah.organisation());
        assertEquals("Buyer", hannah.role());
        assertEquals(List.of("hannah@schmidt.example"), hannah.emails());
        assertEquals(List.of("Suppliers"), hannah.tags());
        assertEquals("Met at the Leipzig fair", hannah.notes());
    }

    @Test
    void outlookCsvTakesJobTitleNotTheHonorific() throws Exception {
        importFile("outlook.csv", ImportFormat.OUTLOOK_CSV);

        Contact olivia = stored("Olivia Bennett");
        assertEquals("Solicitor", olivia.role());
        assertEquals("Bennett Law", olivia.organisation());
        assertEquals(List.of("olivia@bennett-law.example", "obennett@mail.example"), olivia.emails());
        assertEquals(List.of("+44 7700 900789", "+44 161 496 0000"), olivia.phones());
        assertEquals("Manchester", olivia.city());
        assertEquals(List.of("Lawyers", "Referrers"), olivia.tags());
        assertEquals("Family lawyer; refers clients.", olivia.notes());
    }

    @Test
    void everyImportedContactIsFoundBySearch() throws Exception {
        importFile("google.csv", ImportFormat.GOOGLE_CSV);

        List<ContactSummary> found = database.contacts().search(ContactQuery.text("illustr"), 0, 10);
        assertEquals(List.of("Zoë Martin"), found.stream().map(ContactSummary::name).toList());
        assertEquals(2, contacts());
    }
}
