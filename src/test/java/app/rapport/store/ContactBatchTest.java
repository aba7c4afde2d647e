package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The import's batch of writes and its look-ups by email and by name and organisation. */
class ContactBatchTest {

    @TempDir
    Path dir;

    private Database db;
    private ContactDao dao;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        dao = db.contacts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsContactsByEmailIgnoringCaseArchivedOnesToo() {
        Contact ana = dao.insert(contact("Ana Silva").emails("Ana@Silva.example").build());
        Contact old = dao.insert(contact("Old Ana").emails("ana@silva.example").archived(true).build());
        dao.insert(contact("Someone Else").emails("else@silva.example").build());

        List<StoredPerson> found = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                return batch.withEmail(" ANA@silva.EXAMPLE ");
            }
        });

        assertEquals(List.of(new StoredPerson(ana.id(), "Ana Silva", ""), new StoredPerson(old.id(), "Old Ana", "")),
                found);
    }

    @Test
    void findsContactsBySameNameAndOrganisationIgnoringAccentsAndCase() {
        Contact zoe = dao.insert(contact("Zoë Müller").organisation("Café Nord").build());
        dao.insert(contact("Zoë Müller").organisation("Another Firm").build());

        List<StoredPerson> found = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                return batch.withNameAndOrganisation("ZOE MULLER ", "cafe nord");
            }
        });

        assertEquals(List.of(new StoredPerson(zoe.id(), "Zoë Müller", "Café Nord")), found);
    }

    @Test
    void aBatchInsertIsStoredAsAnInsertIsSearchIndexAndTagsIncluded() {
        dao.insert(contact("First").tags("Designer").build());

        long id = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.insert(contact("Bo Lindgren").organisation("Nordic Ink").emails("bo@ink.example")
                        .phones("+46 8 123 456").tags("designer", "sweden").build());
                return batch.insert(contact("Second Batch").notes("likes sailing").build());
            }
        });

        Contact bo = dao.search(ContactQuery.text("nordic"), 0, 10).stream().map(ContactSummary::id)
                .map(found -> dao.find(found).orElseThrow()).findFirst().orElseThrow();
        assertEquals(List.of("Designer", "sweden"), bo.tags(), "an existing tag is reused under its spelling");
        assertEquals(List.of("bo@ink.example"), bo.emails());
        assertEquals(List.of("+46 8 123 456"), bo.phones());
        assertEquals(List.of(id), dao.search(ContactQuery.text("sailing"), 0, 10).stream()
                .map(ContactSummary::id).toList());
    }

    @Test
    void aBatchUpdateReplacesTheListsAndTheSearchText() {
        Contact ana = dao.insert(contact("Ana").emails("a@x.example").notes("kayak").build());

        db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.update(ContactBuilder.from(ana).emails("b@x.example").notes("canoe").build());
            }
            return null;
        });

        assertEquals(List.of("b@x.example"), dao.find(ana.id()).orElseThrow().emails());
        assertEquals(0, dao.count(ContactQuery.text("kayak")));
        assertEquals(1, dao.count(ContactQuery.text("canoe")));
    }

    @Test
    void aBatchOutsideATransactionIsRefused() {
        try (ContactBatch batch = dao.batch()) {
            assertThrows(IllegalStateException.class, () -> batch.insert(contact("Loose").build()));
        }
        assertEquals(0, dao.count(ContactQuery.all()));
    }

    @Test
    void aFailedTransactionLeavesNoneOfTheBatchBehind() {
        assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.insert(contact("Gone").build());
                throw new IllegalStateException("cancelled");
            }
        }));

        assertEquals(0, dao.count(ContactQuery.all()));
        assertEquals(0, dao.count(ContactQuery.text("gone")));
    }
}
