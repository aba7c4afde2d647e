package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Duplicates, decisions, merging, progress and cancellation. */
class ContactImportTest {

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

    private Contact save(String name, String organisation, String role, List<String> emails, String notes,
                         List<String> tags) {
        return database.contacts().insert(new Contact(0, name, organisation, role, emails, List.of("+351 21 000 0000"),
                "", "", "At a conference", "", null, null, "", "", tags, notes, null, null, false, null, null));
    }

    private List<Contact> named(String name) {
        List<Contact> found = new ArrayList<>();
        for (ContactSummary summary : database.contacts().search(ContactQuery.all(), 0, 1000)) {
            if (summary.name().equals(name)) {
                found.add(database.contacts().find(summary.id()).orElseThrow());
            }
        }
        return found;
    }

    private static ImportSource source(String name) throws IOException {
        return ImportSource.of(ImportFiles.file(name));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void previewFindsAPersonAlreadyStoredByEmailIgnoringCaseAndWritesNothing() throws Exception {
        Contact ana = save("Ana Silva", "Silva, Costa & Partners", "", List.of("ANA@Silva.example"), "", List.of());
        String before = DatabaseDigest.of(database);

        ImportPreview preview = contactImport.preview(source("linkedin.csv"), progress -> { }, () -> false);

        assertEquals(1, preview.newContacts());
        assertEquals(List.of(new Duplicate(5, "Ana Silva", ana.id(), "Ana Silva", 0, "same email ana@silva.example")),
                preview.duplicates());
        assertEquals(before, DatabaseDigest.of(database));
    }

    @Test
    void mergeFillsEmptyFieldsAndAddsWhatIsMissingButNeverOverwrites() throws Exception {
        Contact ana = save("Ana Silva", "Acme", "", List.of("ana@silva.example"), "Do not call before 10",
                List.of("friends"));

        ImportReport report = contactImport.run(source("linkedin.csv"), Map.of(), progress -> { }, () -> false);

        assertEquals(1, report.merged());
        assertEquals(1, report.added());
        Contact merged = database.contacts().find(ana.id()).orElseThrow();
        assertEquals("Acme", merged.organisation(), "what the user wrote stays");
        assertEquals("Bookkeeper", merged.role(), "an empty field is filled");
        assertEquals("https://www.linkedin.com/in/anasilva", merged.link());
        assertEquals("Do not call before 10", merged.notes());
        assertEquals(List.of("ana@silva.example"), merged.emails());
        assertEquals(List.of("friends"), merged.tags());
        assertEquals("At a conference", merged.howWeMet());
        assertEquals(1, named("Ana Silva").size());
    }

    @Test
    void mergeAddsTheEmailsPhonesAndTagsTheContactLacks() throws Exception {
        Contact zoe = save("Zoe MARTIN", "martin studio", "", List.of(), "", List.of("illustrators"));

        ImportPreview preview = contactImport.preview(source("google.csv"), progress -> { }, () -> false);
        assertEquals("same name and organisation", preview.duplicates().get(0).why(), "accents and case ignored");
        contactImport.run(source("google.csv"), Map.of(), progress -> { }, () -> false);

        Contact merged = database.contacts().find(zoe.id()).orElseThrow();
        assertEquals("Zoe MARTIN", merged.name());
        assertEquals(List.of("zoe@martin.example", "zoe.martin@mail.example"), merged.emails());
        assertEquals(List.of("+351 21 000 0000", "+33 6 12 34 56 78", "+33 1 23 45 67 89"), merged.phones());
        assertEquals(List.of("illustrators"), merged.tags(), "the same tag in other case is not added twice");
        assertEquals("Draws children's books.\nWants a publisher.", merged.notes());
    }

    @Test
    void theUserMayAddADuplicateAsNewOrSkipIt() throws Exception {
        save("Ana Silva", "", "", List.of("ana@silva.example"), "", List.of());
        save("Tomasz Nowak", "Nowak Logistics", "", List.of(), "", List.of());

        ImportReport report = contactImport.run(source("linkedin.csv"),
                Map.of(5, DuplicateDecision.ADD_AS_NEW, 6, DuplicateDecision.SKIP), progress -> { }, () -> false);

        assertEquals(1, report.added());
        assertEquals(0, report.merged());
        assertEquals(2, named("Ana Silva").size());
        assertEquals("", named("Tomasz Nowak").get(0).role(), "the skipped duplicate is left as it was");
        assertTrue(report.skipped().contains(
                new SkippedRecord(6, "already in Rapport as Tomasz Nowak; skipped as you chose")), report.toString());
    }

    @Test
    void aPersonTwiceInTheSameFileIsOfferedAsAMergeAndStoredOnce() throws Exception {
        Path file = write("twice.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ines Duarte
                EMAIL:ines@duarte.example
                TEL:+351 91 111 1111
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Inês Duarte
                EMAIL:INES@duarte.example
                TEL:+351 91 222 2222
                CATEGORIES:lisbon
                END:VCARD
                """);
        ImportSource source = ImportSource.of(file);

        ImportPreview preview = contactImport.preview(source, progress -> { }, () -> false);
        assertEquals(1, preview.newContacts());
        assertEquals(List.of(new Duplicate(7, "Inês Duarte", 0, "Ines Duarte", 1, "same email INES@duarte.example")),
                preview.duplicates());

        ImportReport report = contactImport.run(source, Map.of(), progress -> { }, () -> false);
        assertEquals(1, report.added());
        assertEquals(1, report.merged());
        Contact ines = named("Ines Duarte").get(0);
        assertEquals(List.of("+351 91 111 1111", "+351 91 222 2222"), ines.phones());
        assertEquals(List.of("lisbon"), ines.tags());
        assertEquals(1, database.contacts().count(ContactQuery.all()));
    }

    @Test
    void thePreviewCountsWhatTheImportThenDoesWhenAMergeFillsAnOrganisation() throws Exception {
        Path file = write("chain.csv", """
                Name,Organisation,Email
                Rui Costa,,rui@costa.example
                Rui Costa,Costa Lda,rui@costa.example
                Rui Costa,,rui.other@mail.example
                Rui Costa,Costa Lda,
                """);
        ImportSource source = ImportSource.of(file);

        ImportPreview preview = contactImport.preview(source, progress -> { }, () -> false);
        ImportReport report = contactImport.run(source, Map.of(), progress -> { }, () -> false);

        // Line 3 fills the organisation of line 2's person; line 4 (no organisation) is then someone else, and
        // line 5 is line 2's person again.
        assertEquals(List.of(new Duplicate(3, "Rui Costa", 0, "Rui Costa", 2, "same email rui@costa.example"),
                new Duplicate(5, "Rui Costa", 0, "Rui Costa", 2, "same name and organisation")), preview.duplicates());
        assertEquals(2, preview.newContacts());
        assertEquals(2, report.added());
        assertEquals(2, report.merged());
        assertEquals(List.of("Costa Lda", ""), named("Rui Costa").stream().map(Contact::organisation).toList());
    }

    @Test
    void anInvalidRecordIsSkippedWhileTheOthersAreImported() throws Exception {
        Path file = write("mixed.csv", "Name,Email\nGood Person,good@person.example\nBad Person,bad@\n");

        ImportReport report = contactImport.run(ImportSource.of(file), Map.of(), progress -> { }, () -> false);

        assertEquals(1, report.added());
        assertEquals(List.of(new SkippedRecord(3, "email 'bad@' is not an email address")), report.skipped());
        assertEquals(List.of(), named("Bad Person"));
        assertEquals(1, named("Good Person").size());
    }

    @Test
    void progressCountsRecordsAndBytesToTheEnd() throws Exception {
        Path file = write("many.vcf", cards(1200));
        List<ImportProgress> seen = new ArrayList<>();

        ImportReport report = contactImport.run(ImportSource.of(file), Map.of(), seen::add, () -> false);

        assertEquals(1200, report.added());
        assertEquals(List.of(500L, 1000L, 1200L), seen.stream().map(ImportProgress::recordsRead).toList());
        assertTrue(seen.get(0).fraction() > 0.3 && seen.get(0).fraction() < 0.5, seen.toString());
        assertEquals(1.0, seen.get(2).fraction());
        assertEquals(Files.size(file), seen.get(2).totalBytes());
    }

    @Test
    void cancellingRollsBackEverythingAlreadyWritten() throws Exception {
        save("Already Here", "", "", List.of("card7@example.example"), "", List.of());
        Path file = write("many.vcf", cards(1200));
        String before = DatabaseDigest.of(database);
        List<ImportProgress> seen = new ArrayList<>();

        assertThrows(ImportCancelledException.class, () -> contactImport.run(ImportSource.of(file), Map.of(),
                seen::add, () -> seen.size() >= 2));

        assertEquals(2, seen.size(), "cancelled after 1,000 records were written");
        assertEquals(before, DatabaseDigest.of(database));
    }

    @Test
    void aHeaderWithoutRowsSaysNoContactsWereFound() throws Exception {
        ImportPreview preview = contactImport.preview(ImportSource.of(ImportFiles.file("malformed/header-only.csv")),
                progress -> { }, () -> false);

        assertEquals(0, preview.recordsRead());
        assertEquals(List.of("No contacts were found in the file."), preview.notes());
    }

    /** {@code count} small vCard 3.0 cards, card i being "Person i" with card{i}@example.example. */
    static String cards(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ").append(i).append("\r\nEMAIL:card").append(i)
                    .append("@example.example\r\nTEL:+44 20 7946 ").append(String.format("%04d", i))
                    .append("\r\nEND:VCARD\r\n");
        }
        return text.toString();
    }
}
