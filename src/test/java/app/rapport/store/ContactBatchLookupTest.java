package app.rapport.store;

import app.rapport.model.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The batch's look-ups answer from fingerprints held in memory once they have been read: they must still find what
 * the batch itself wrote afterwards (an import finds people who appear twice in its file this way), and what its
 * updates changed, while the rows it holds back are not written yet.
 */
class ContactBatchLookupTest {

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
    void findsWhatTheBatchWroteAfterItsFirstLookUp() {
        Contact stored = dao.insert(contact("Ana Silva").organisation("Acme").emails("ana@acme.example").build());

        List<List<StoredPerson>> found = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.expectMany();
                List<StoredPerson> before = batch.withEmail("bo@ink.example");
                long bo = batch.insert(contact("Bo Lindgren").organisation("Nordic Ink")
                        .emails("Bo@Ink.example", "bo2@ink.example").build());
                return List.of(before, batch.withEmail("BO@ink.example"), batch.withEmail(" bo2@ink.example "),
                        batch.withNameAndOrganisation("bo lindgren", "NORDIC INK"),
                        batch.withEmail("ana@ACME.example"), batch.withEmail("nobody@ink.example"),
                        List.of(new StoredPerson(bo, "Bo Lindgren", "Nordic Ink")));
            }
        });

        StoredPerson bo = found.get(6).get(0);
        assertEquals(List.of(), found.get(0));
        assertEquals(List.of(bo), found.get(1));
        assertEquals(List.of(bo), found.get(2));
        assertEquals(List.of(bo), found.get(3));
        assertEquals(List.of(new StoredPerson(stored.id(), "Ana Silva", "Acme")), found.get(4));
        assertEquals(List.of(), found.get(5));
        assertEquals(List.of("Bo@Ink.example", "bo2@ink.example"), dao.find(bo.id()).orElseThrow().emails());
    }

    @Test
    void aContactFoundByNameIsReadWithTheListsTheBatchHeldBack() {
        Contact found = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.withEmail("someone@else.example");
                batch.insert(contact("Bo Lindgren").organisation("Nordic Ink").emails("bo@ink.example")
                        .phones("+46 8 123 456").tags("design").build());
                long id = batch.withNameAndOrganisation("Bo Lindgren", "Nordic Ink").get(0).id();
                return dao.find(id).orElseThrow();
            }
        });

        assertEquals(List.of("bo@ink.example"), found.emails());
        assertEquals(List.of("+46 8 123 456"), found.phones());
        assertEquals(List.of("design"), found.tags());
    }

    @Test
    void findsAContactUnderTheEmailAndOrganisationAnUpdateGaveIt() {
        Contact ana = dao.insert(contact("Zoë Müller").emails("zoe@old.example").build());

        List<List<StoredPerson>> found = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                List<StoredPerson> before = batch.withNameAndOrganisation("Zoe Muller", "Café Nord");
                batch.update(ContactBuilder.from(dao.find(ana.id()).orElseThrow()).organisation("Café Nord")
                        .emails("zoe@old.example", "zoe@nord.example").build());
                return List.of(before, batch.withEmail("ZOE@nord.example"),
                        batch.withNameAndOrganisation("ZOE MULLER", "cafe nord"),
                        batch.withNameAndOrganisation("Zoë Müller", ""));
            }
        });

        StoredPerson zoe = new StoredPerson(ana.id(), "Zoë Müller", "Café Nord");
        assertEquals(List.of(), found.get(0));
        assertEquals(List.of(zoe), found.get(1));
        assertEquals(List.of(zoe), found.get(2));
        assertEquals(List.of(), found.get(3), "no longer without an organisation");
    }

    @Test
    void expectingManyPutsThePageCacheBackWhenTheBatchCloses() {
        long before = cacheSize();

        long during = db.transaction(c -> {
            try (ContactBatch batch = dao.batch()) {
                batch.expectMany();
                return cacheSize();
            }
        });

        assertEquals(-SqliteContactBatch.MANY_CACHE_MB * 1024L, during);
        assertEquals(before, cacheSize());
    }

    private long cacheSize() {
        return db.transaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
