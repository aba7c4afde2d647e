package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteractionDaoTest {

    @TempDir
    Path dir;

    private Database db;
    private InteractionDao interactions;
    private Contact ana;
    private Contact ben;
    private Contact carla;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        interactions = db.interactions();
        ana = db.contacts().insert(Contact.named("Ana"));
        ben = db.contacts().insert(Contact.named("Ben"));
        carla = db.contacts().insert(Contact.named("Carla"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFieldRoundTrips() {
        Interaction call = new Interaction(0, InteractionKind.ADVICE_GIVEN, LocalDate.of(2024, 4, 2),
                "Advice on pricing — \"charge more\" 💸", "She'll raise rates in May.\n北京 client, مرحبا", true,
                LocalDate.of(2024, 5, 15), List.of(ana.id()));
        Interaction stored = interactions.add(call);
        assertTrue(stored.id() > 0);
        assertEquals(new Interaction(stored.id(), call.kind(), call.happenedOn(), call.summary(), call.notes(),
                true, LocalDate.of(2024, 5, 15), List.of(ana.id())), stored);
        assertEquals(List.of(stored), interactions.forContact(ana.id()));

        Interaction noFollowUp = interactions.add(Interaction.draft(InteractionKind.CALL, LocalDate.of(2024, 4, 3), "",
                null, List.of(ana.id())));
        assertEquals(noFollowUp, interactions.forContact(ana.id()).get(0));
    }

    @Test
    void everyKindRoundTrips() {
        for (InteractionKind kind : InteractionKind.values()) {
            interactions.add(Interaction.draft(kind, LocalDate.of(2024, 1, 1), kind.name(), null, List.of(ben.id())));
        }
        List<InteractionKind> newestFirst = new java.util.ArrayList<>(List.of(InteractionKind.values()));
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst,
                interactions.forContact(ben.id()).stream().map(Interaction::kind).toList());
    }

    @Test
    void theTimelineIsNewestFirstAndSameDayEventsLatestAddedFirst() {
        Interaction march = add(LocalDate.of(2024, 3, 1), "march", ana.id());
        Interaction may = add(LocalDate.of(2024, 5, 10), "may", ana.id());
        Interaction april = add(LocalDate.of(2024, 4, 2), "april", ana.id());
        Interaction mayLater = add(LocalDate.of(2024, 5, 10), "may, added later", ana.id());
        Interaction lastYear = add(LocalDate.of(2023, 12, 31), "last year", ana.id());
        assertEquals(List.of(mayLater, may, april, march, lastYear), interactions.forContact(ana.id()));
    }

    @Test
    void anInteractionWithTwoContactsIsOnBothTimelinesWithBothIds() {
        Interaction lunch = interactions.add(Interaction.draft(InteractionKind.MEETING, LocalDate.of(2024, 6, 1),
                "Lunch, the three of us... well, two", null, List.of(ana.id(), carla.id())));
        add(LocalDate.of(2024, 6, 2), "only Ana", ana.id());

        List<Interaction> anas = interactions.forContact(ana.id());
        List<Interaction> carlas = interactions.forContact(carla.id());
        assertEquals(2, anas.size());
        assertEquals(lunch, anas.get(1));
        assertEquals(List.of(lunch), carlas);
        assertEquals(List.of(ana.id(), carla.id()), carlas.get(0).contactIds());
        assertEquals(List.of(), interactions.forContact(ben.id()));
    }

    @Test
    void addReturnsTheContactsAsTheTimelineWillShowThem() {
        Interaction stored = interactions.add(Interaction.draft(InteractionKind.INTRODUCTION, LocalDate.of(2024, 6, 1),
                "Introduced Carla to Ana", null, List.of(carla.id(), ana.id(), carla.id())));
        assertEquals(interactions.forContact(ana.id()), List.of(stored));
        assertEquals(List.of(ana.id(), carla.id()), stored.contactIds(), "each contact once");
    }

    @Test
    void deleteTakesItOffEveryTimeline() {
        Interaction lunch = interactions.add(Interaction.draft(InteractionKind.MEETING, LocalDate.of(2024, 6, 1),
                "Lunch", null, List.of(ana.id(), ben.id())));
        Interaction call = add(LocalDate.of(2024, 6, 3), "call", ana.id());
        interactions.delete(lunch.id());
        assertEquals(List.of(call), interactions.forContact(ana.id()));
        assertEquals(List.of(), interactions.forContact(ben.id()));
        assertEquals(1, rows("interaction_contact"), "the links went with it");
        interactions.delete(lunch.id());
        assertEquals(List.of(call), interactions.forContact(ana.id()));
    }

    @Test
    void anInteractionNeedsAtLeastOneContact() {
        assertThrows(IllegalArgumentException.class, () -> interactions.add(Interaction.draft(InteractionKind.CALL,
                LocalDate.of(2024, 6, 1), "with no one", null, List.of())));
        assertEquals(0, rows("interaction"));
    }

    @Test
    void anUnknownContactOrAnOverLongSummaryStoresNothingAtAll() {
        assertThrows(StoreException.class, () -> interactions.add(Interaction.draft(InteractionKind.CALL,
                LocalDate.of(2024, 6, 1), "with a ghost", null, List.of(ana.id(), 9999L))));
        assertThrows(StoreException.class, () -> interactions.add(Interaction.draft(InteractionKind.CALL,
                LocalDate.of(2024, 6, 1), "s".repeat(501), null, List.of(ana.id()))));
        assertEquals(0, rows("interaction"));
        assertEquals(0, rows("interaction_contact"));
        assertEquals(List.of(), interactions.forContact(ana.id()));
    }

    private Interaction add(LocalDate on, String summary, long contactId) {
        return interactions.add(Interaction.draft(InteractionKind.CALL, on, summary, null, List.of(contactId)));
    }

    private int rows(String table) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.getInt(1);
            }
        });
    }
}
