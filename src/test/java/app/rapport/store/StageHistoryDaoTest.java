package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.StageChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageHistoryDaoTest {

    @TempDir
    Path dir;

    private Database db;
    private StageHistoryDao history;
    private Contact ana;
    private Contact ben;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        history = db.stageHistory();
        ana = db.contacts().insert(Contact.named("Ana"));
        ben = db.contacts().insert(Contact.named("Ben"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void changesRoundTripOldestFirstAndOnlyForTheirContact() {
        StageChange met = history.record(new StageChange(0, ana.id(), null, JUST_MET, LocalDate.of(2024, 1, 10), null));
        history.record(new StageChange(0, ben.id(), null, JUST_MET, LocalDate.of(2024, 1, 11), ""));
        StageChange knowing = history.record(new StageChange(0, ana.id(), JUST_MET, GETTING_TO_KNOW,
                LocalDate.of(2024, 2, 1), "Second coffee ☕, \"great\" chat"));
        StageChange liked = history.record(new StageChange(0, ana.id(), GETTING_TO_KNOW, LIKE, LocalDate.of(2024, 3, 1), ""));

        assertTrue(met.id() > 0);
        assertEquals(new StageChange(met.id(), ana.id(), null, JUST_MET, LocalDate.of(2024, 1, 10), ""), met);
        assertEquals(List.of(met, knowing, liked), history.forContact(ana.id()));
        assertEquals(1, history.forContact(ben.id()).size());
        assertEquals(List.of(), history.forContact(9999));
    }

    @Test
    void theDatabaseRefusesAnOverLongReasonAndUnknownContacts() {
        assertThrows(StoreException.class, () -> history.record(
                new StageChange(0, ana.id(), LIKE, PARKED, LocalDate.of(2024, 3, 1), "r".repeat(501))));
        assertThrows(StoreException.class, () -> history.record(
                new StageChange(0, 9999, null, JUST_MET, LocalDate.of(2024, 3, 1), "")));
        assertEquals(List.of(), history.forContact(ana.id()));
        StageChange longest = history.record(new StageChange(0, ana.id(), LIKE, PARKED, LocalDate.of(2024, 3, 1), "r".repeat(500)));
        assertEquals(List.of(longest), history.forContact(ana.id()));
    }

    @Test
    void deletingAChangeForgetsThatOneOnly() {
        StageChange met = history.record(new StageChange(0, ana.id(), null, JUST_MET, LocalDate.of(2024, 1, 10), ""));
        StageChange liked = history.record(new StageChange(0, ana.id(), JUST_MET, LIKE, LocalDate.of(2024, 2, 1), "x"));
        StageChange bens = history.record(new StageChange(0, ben.id(), null, JUST_MET, LocalDate.of(2024, 2, 1), ""));

        history.delete(liked.id());

        assertEquals(List.of(met), history.forContact(ana.id()));
        assertEquals(List.of(bens), history.forContact(ben.id()));
        history.delete(liked.id());
        history.delete(9999);
        assertEquals(List.of(met), history.forContact(ana.id()), "deleting what is not there changes nothing");
    }
}
