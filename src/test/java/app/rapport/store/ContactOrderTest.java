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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names as people write them: the list orders them by their letters, and search finds them typed plainly. */
class ContactOrderTest {

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        for (String name : List.of("Zoë Ñúñez", "Émile Zola", "Frank Ocean", "ábel Tóth", "Ábel Nagy", "Ärzte Ohne",
                "ana Lima", "Ólafur Arnalds", "Łukasz Nowak", "Mateo", "Søren Kierkegaard", "Straße Müller")) {
            db.contacts().insert(Contact.named(name));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> listed(String typed) {
        return db.contacts().search(ContactQuery.text(typed), 0, 50).stream().map(ContactSummary::name).toList();
    }

    @Test
    void accentedNamesSortWithTheirLettersNotAfterZ() {
        assertEquals(List.of("Ábel Nagy", "ábel Tóth", "ana Lima", "Ärzte Ohne", "Émile Zola", "Frank Ocean",
                "Łukasz Nowak", "Mateo", "Ólafur Arnalds", "Søren Kierkegaard", "Straße Müller", "Zoë Ñúñez"),
                listed(""));
    }

    @Test
    void searchFindsLettersTypedWithoutTheirMarks() {
        assertEquals(List.of("Łukasz Nowak"), listed("lukasz"));
        assertEquals(List.of("Søren Kierkegaard"), listed("soren"));
        assertEquals(List.of("Straße Müller"), listed("strasse mull"));
        assertEquals(List.of("Zoë Ñúñez"), listed("zoe nunez"));
        assertEquals(List.of("Łukasz Nowak"), listed("Łuk"), "and typed with them");
    }

    @Test
    void renamingMovesTheContactInTheList() {
        ContactSummary mateo = db.contacts().search(ContactQuery.text("mateo"), 0, 1).get(0);
        db.contacts().update(db.contacts().find(mateo.id()).orElseThrow().withOrganisation("", "")
                .withStage(app.rapport.model.RelationshipStage.LIKE));
        Contact renamed = db.contacts().find(mateo.id()).orElseThrow();
        db.contacts().update(new Contact(renamed.id(), "Aaron Mateo", "", "", List.of(), List.of(), "", "", "", "",
                null, null, "", "", List.of(), "", renamed.stage(), null, false, null, null));
        assertEquals("Aaron Mateo", listed("").get(0));
    }
}
