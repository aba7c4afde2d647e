package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static app.rapport.service.imports.ImportField.CITY;
import static app.rapport.service.imports.ImportField.EMAIL;
import static app.rapport.service.imports.ImportField.FIRST_NAME;
import static app.rapport.service.imports.ImportField.IGNORED;
import static app.rapport.service.imports.ImportField.LAST_NAME;
import static app.rapport.service.imports.ImportField.NAME;
import static app.rapport.service.imports.ImportField.NOTES;
import static app.rapport.service.imports.ImportField.ORGANISATION;
import static app.rapport.service.imports.ImportField.PHONE;
import static app.rapport.service.imports.ImportField.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Any other CSV: the delimiter and header found, a mapping guessed, corrected by the user, previewed and imported. */
class ColumnMappingTest {

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

    @Test
    void aSemicolonFileIsReadAndItsColumnsGuessedFromTheirNames() throws Exception {
        ImportSource source = ImportSource.of(ImportFiles.file("semicolon.csv"));

        assertEquals(ImportFormat.OTHER_CSV, source.format());
        assertEquals(';', source.mapping().delimiter());
        assertEquals(1, source.mapping().headerLine());
        assertEquals(List.of("Nom", "Prénom", "Société", "Fonction", "Courriel", "Téléphone", "Ville",
                "Remarques"), source.mapping().columns());
        assertEquals(List.of(LAST_NAME, FIRST_NAME, ORGANISATION, IGNORED, IGNORED, PHONE, CITY, IGNORED),
                source.mapping().fields());
    }

    @Test
    void theUserCorrectsTheMappingSeesTheFirstRowsAndImportsThem() throws Exception {
        ImportSource guessed = ImportSource.of(ImportFiles.file("semicolon.csv"));
        ImportSource source = guessed.withMapping(guessed.mapping().with(3, ROLE).with(4, EMAIL).with(7, NOTES));

        List<SampleRow> sample = contactImport.sample(source, 5);

        assertEquals(2, sample.size());
        SampleRow first = sample.get(0);
        assertEquals(2, first.line());
        assertNull(first.problem());
        assertEquals("Camille Dubois", first.person().name());
        assertEquals("Gérante", first.person().role());
        assertEquals(List.of("camille@dubois.example"), first.person().emails());
        assertEquals("Cherche un comptable; aime le vélo", first.person().notes());
        assertEquals(0, database.contacts().count(ContactQuery.all()), "a sample writes nothing");

        ImportReport report = contactImport.run(source, Map.of(), progress -> { }, () -> false);
        assertEquals(2, report.added());
        Contact camille = database.contacts().find(database.contacts().search(ContactQuery.text("camille"), 0, 1)
                .get(0).id()).orElseThrow();
        assertEquals("Boulangerie Dubois", camille.organisation());
        assertEquals("Lyon", camille.city());
        assertEquals(List.of("+33 4 72 00 00 00"), camille.phones());
    }

    @Test
    void aMappingWithoutANameColumnImportsNothingAndSaysWhy() throws Exception {
        ImportSource guessed = ImportSource.of(ImportFiles.file("semicolon.csv"));
        ImportSource source = guessed.withMapping(guessed.mapping().with(0, IGNORED).with(1, IGNORED));

        ImportPreview preview = contactImport.preview(source, progress -> { }, () -> false);

        assertEquals(List.of(new SkippedRecord(0, "No column gives a name (choose the column holding the name, or"
                + " first and last names).")), preview.skipped());
        assertEquals(0, preview.newContacts());
    }

    @Test
    void tabSeparatedFilesAndQuotedDelimitersAreTold() throws Exception {
        Path tabs = Files.writeString(dir.resolve("people.txt"), "Full name\tE-mail\tCompany\n"
                + "Ama Mensah\tama@mensah.example\t\"Mensah, Boateng\"\n");
        ImportSource source = ImportSource.of(tabs);

        assertEquals('\t', source.mapping().delimiter());
        assertEquals(List.of(NAME, EMAIL, ORGANISATION), source.mapping().fields());
        assertEquals("Mensah, Boateng", contactImport.sample(source, 1).get(0).person().organisation());
    }

    @Test
    void knownExportsAreToldFromTheirHeaderRow() {
        assertEquals(ImportFormat.LINKEDIN_CSV, ImportFormat.fromHeader(List.of("First Name", "Last Name", "URL",
                "Email Address", "Company", "Position", "Connected On")));
        assertEquals(ImportFormat.GOOGLE_CSV, ImportFormat.fromHeader(List.of("Name", "Given Name",
                "Organization 1 - Name", "E-mail 1 - Value")));
        assertEquals(ImportFormat.OUTLOOK_CSV, ImportFormat.fromHeader(List.of("First Name", "Last Name", "Title",
                "E-mail Address", "Job Title", "Business Phone")));
        assertEquals(ImportFormat.OTHER_CSV, ImportFormat.fromHeader(List.of("Name", "Email")));
    }

    @Test
    void outlooksTitleIsAnHonorificElsewhereItIsARole() {
        assertEquals(List.of(FIRST_NAME, IGNORED, ROLE), ColumnMapping.guess(ImportFormat.OUTLOOK_CSV, ',', 1,
                List.of("First Name", "Title", "Job Title")).fields());
        assertEquals(List.of(FIRST_NAME, ROLE), ColumnMapping.guess(ImportFormat.OTHER_CSV, ',', 1,
                List.of("First Name", "Title")).fields());
    }
}
