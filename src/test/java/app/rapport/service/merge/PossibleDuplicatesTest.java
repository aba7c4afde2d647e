package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.service.ContactBook;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pairs are suggested as possible duplicates, and why. */
class PossibleDuplicatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path folder;
    private Database database;
    private ContactBook book;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("rapport.db"));
        book = new ContactBook(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Contact save(Contact contact) {
        return book.save(contact);
    }

    private List<String> found() {
        return new PossibleDuplicates(database).find(100).stream()
                .map(p -> p.first().name() + " + " + p.second().name() + ": " + p.describe()).toList();
    }

    @Test
    void suggestsSharedEmailsAndSameNamesWithTheirReasons() {
        save(contact("Ana Silva").organisation("Silva Design").emails("ana@x.com").build());
        save(contact("Ana S.").emails("ANA@X.com", "other@x.com").build());
        save(contact("Bruno Costa").organisation("Costa Print").build());
        save(contact("bruno costa").organisation("costa print").build());
        save(contact("Chloé Martin").organisation("Martin & Co").build());
        save(contact("Chloe Martin").build());
        save(contact("Dev Patel").organisation("Patel Legal").build());
        save(contact("Dev Patel").organisation("Northwind").build());

        assertEquals(List.of(
                "Ana Silva + Ana S.: same email ana@x.com",
                "Bruno Costa + bruno costa: same name and organisation",
                "Chloé Martin + Chloe Martin: same name, one without organisation"), found());
    }

    @Test
    void leavesArchivedContactsOutAndListsEachPairOnce() {
        save(contact("Ana Silva").emails("ana@x.com", "silva@x.com").build());
        save(contact("Ana Silva").emails("ana@x.com", "SILVA@x.com").build());
        save(contact("Eve Old").emails("eve@x.com").build());
        save(contact("Eve Older").emails("eve@x.com").archived(true).build());
        Contact archived = save(contact("Eve Older").emails("eve@x.com").build());
        book.archive(archived.id());

        assertEquals(List.of("Ana Silva + Ana Silva: same email ana@x.com"), found());
    }
}
