package app.rapport.service.exports;

import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An archive that cannot be restored exactly is refused with a message saying where, and nothing is changed. */
class ArchiveRefusalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-11T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Database empty;

    @BeforeEach
    void open() throws Exception {
        empty = Database.open(folder.resolve("empty.db"));
    }

    @AfterEach
    void close() {
        empty.close();
    }

    private static String contact(long id, String nameField) {
        return "{\"id\": " + id + ", " + nameField + "\"organisation\": \"\", \"role\": \"\", \"link\": \"\","
                + " \"city\": \"Leeds\", \"howWeMet\": \"\", \"whereWeMet\": \"\", \"metOn\": null,"
                + " \"introducedBy\": null, \"needs\": \"\", \"offers\": \"\", \"notes\": \"\", \"stage\": \"LIKE\","
                + " \"stayInTouchDays\": null, \"archived\": false, \"createdAt\": \"2025-01-02T10:00:00Z\","
                + " \"updatedAt\": \"2025-01-02T10:00:00Z\", \"emails\": [], \"phones\": [], \"tags\": [],"
                + " \"snoozedUntil\": null, \"impressions\": [], \"stageHistory\": []}";
    }

    private static String archive(String header, String contacts, int contactCount, String interactions,
                                  int interactionCount) {
        return "{" + header + ", \"exportedAt\": \"2025-06-11T09:30:00Z\", \"includesConfidential\": true,"
                + " \"confidentialLeftOut\": {\"impressions\": 0, \"interactions\": 0},"
                + " \"counts\": {\"tags\": 0, \"contacts\": " + contactCount + ", \"interactions\": " + interactionCount
                + ", \"introductions\": 0, \"meetings\": 0},"
                + " \"tags\": [], \"contacts\": [" + contacts + "], \"interactions\": [" + interactions + "],"
                + " \"introductions\": [], \"meetings\": []}";
    }

    private static final String HEADER = "\"format\": \"rapport-archive\", \"version\": 1, \"schemaVersion\": 6";
    private static final String TWO = contact(1, "\"name\": \"Ana Silva\", ") + ", "
            + contact(2, "\"name\": \"Ben Okoro\", ");

    private String refusal(String json) throws Exception {
        Path file = folder.resolve("archive.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        ArchiveRefusedException refused = assertThrows(ArchiveRefusedException.class,
                () -> JsonArchive.restoreInto(empty, file, ExportProgress.NONE, () -> false));
        assertNull(empty.archive().whatIsStored(), "nothing was stored");
        return refused.getMessage();
    }

    @Test
    void aWellFormedHandWrittenArchiveIsRestored() throws Exception {
        Path file = folder.resolve("archive.json");
        Files.writeString(file, archive(HEADER, TWO, 2, "{\"id\": 7, \"kind\": \"CALL\", \"happenedOn\": "
                + "\"2025-05-01\", \"summary\": \"Catch-up\", \"notes\": \"\", \"confidential\": false,"
                + " \"followUpOn\": null, \"contacts\": [1, 2]}", 1));
        JsonArchive.restoreInto(empty, file, ExportProgress.NONE, () -> false);
        assertEquals("Ben Okoro", empty.contacts().find(2).orElseThrow().name());
        assertEquals(2, empty.interactions().forContact(1).get(0).contactIds().size());
    }

    @Test
    void aMissingFieldIsNamedWithItsPlace() throws Exception {
        String message = refusal(archive(HEADER, TWO + ", " + contact(3, ""), 3, "", 0));
        assertTrue(message.contains("contacts[2].name: missing"), message);
        assertTrue(message.contains("Nothing was changed"), message);
    }

    @Test
    void aValueOfTheWrongKindOrTooLongIsNamed() throws Exception {
        String wrongStage = TWO.replaceFirst("\"LIKE\"", "\"BEST_FRIEND\"");
        assertTrue(refusal(archive(HEADER, wrongStage, 2, "", 0)).contains("contacts[0].stage: \"BEST_FRIEND\" is not"
                + " one of JUST_MET"));
        String longName = contact(1, "\"name\": \"" + "x".repeat(201) + "\", ");
        assertTrue(refusal(archive(HEADER, longName, 1, "", 0)).contains("contacts[0].name: longer than 200"));
        String badDate = TWO.replaceFirst("\"metOn\": null", "\"metOn\": \"11/06/2025\"");
        assertTrue(refusal(archive(HEADER, badDate, 2, "", 0)).contains("contacts[0].metOn: \"11/06/2025\" is not a"
                + " date"));
        String unknown = TWO.replaceFirst("\"city\"", "\"mood\": \"happy\", \"city\"");
        assertTrue(refusal(archive(HEADER, unknown, 2, "", 0)).contains("contacts[0].mood: not a field"));
    }

    @Test
    void anUnknownFormatANewerVersionOrAFutureSchemaIsRefused() throws Exception {
        assertTrue(refusal(archive("\"format\": \"vcard\", \"version\": 1, \"schemaVersion\": 6", TWO, 2, "", 0))
                .contains("not a Rapport archive"));
        assertTrue(refusal(archive("\"format\": \"rapport-archive\", \"version\": 2, \"schemaVersion\": 6", TWO, 2,
                "", 0)).contains("version: archive format version 2 is newer"));
        String future = refusal(archive("\"format\": \"rapport-archive\", \"version\": 1, \"schemaVersion\": 99",
                TWO, 2, "", 0));
        assertTrue(future.contains("schemaVersion: the archive was written by a newer Rapport (schema 99"), future);
        assertTrue(refusal("[1, 2, 3]").contains("not a Rapport archive"));
        assertTrue(refusal("").contains("empty"));
    }

    @Test
    void aTruncatedOrMalformedArchiveIsRefusedSayingWhere() throws Exception {
        String whole = archive(HEADER, TWO, 2, "", 0);
        String cut = refusal(whole.substring(0, whole.indexOf("Ben Okoro") + 4));
        assertTrue(cut.contains("ends too early"), cut);
        assertTrue(cut.contains("contacts[1]"), cut);
        String broken = refusal(whole.replaceFirst("\"role\": \"\",", "\"role\": \"\" \"link2\","));
        assertTrue(broken.contains("not valid JSON at line 1"), broken);
    }

    @Test
    void referencesIdsAndCountsMustAgree() throws Exception {
        String call = "{\"id\": 7, \"kind\": \"CALL\", \"happenedOn\": \"2025-05-01\", \"summary\": \"\","
                + " \"notes\": \"\", \"confidential\": false, \"followUpOn\": null, \"contacts\": [1, 99]}";
        assertTrue(refusal(archive(HEADER, TWO, 2, call, 1))
                .contains("interactions[0].contacts[1]: no contact with id 99 in the archive"));
        String introducedByStranger = TWO.replaceFirst("\"introducedBy\": null", "\"introducedBy\": 42");
        assertTrue(refusal(archive(HEADER, introducedByStranger, 2, "", 0))
                .contains("contacts[0].introducedBy: no contact with id 42"));
        String twice = contact(1, "\"name\": \"Ana\", ") + ", " + contact(1, "\"name\": \"Ana again\", ");
        assertTrue(refusal(archive(HEADER, twice, 2, "", 0)).contains("contacts[1].id: id 1 is used twice"));
        assertTrue(refusal(archive(HEADER, TWO, 3, "", 0))
                .contains("contacts: the archive says it holds 3 but it holds 2"));
    }

    @Test
    void onlyAnEmptyDatabaseTakesAnArchive() throws Exception {
        Path file = folder.resolve("archive.json");
        Files.writeString(file, archive(HEADER, TWO, 2, "", 0));
        try (Database used = Database.open(folder.resolve("used.db"))) {
            used.contacts().insert(ContactBuilder.contact("Chloé Martin").build());
            ArchiveRefusedException refused = assertThrows(ArchiveRefusedException.class,
                    () -> JsonArchive.restoreInto(used, file, ExportProgress.NONE, () -> false));
            assertTrue(refused.getMessage().contains("only restored into an empty database"), refused.getMessage());
            assertTrue(refused.getMessage().contains("already holds 1 contact."), refused.getMessage());
            assertEquals("1 contact", used.archive().whatIsStored());
        }
    }

    @Test
    void aCancelledRestoreStoresNothing() throws Exception {
        Path file = folder.resolve("archive.json");
        Files.writeString(file, archive(HEADER, TWO, 2, "", 0));
        int[] asked = {0};
        assertThrows(ExportCancelledException.class,
                () -> JsonArchive.restoreInto(empty, file, ExportProgress.NONE, () -> ++asked[0] > 1));
        assertNull(empty.archive().whatIsStored());
        JsonArchive.restoreInto(empty, file, ExportProgress.NONE, () -> false);
        assertEquals("2 contacts", empty.archive().whatIsStored());
    }
}
