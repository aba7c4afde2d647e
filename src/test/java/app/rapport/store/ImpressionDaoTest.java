package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImpressionDaoTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @TempDir
    Path dir;

    private Database db;
    private ImpressionDao impressions;
    private Contact ana;
    private Contact ben;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        impressions = db.impressions();
        ana = db.contacts().insert(Contact.named("Ana"));
        ben = db.contacts().insert(Contact.named("Ben"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFieldRoundTrips() {
        Impression like = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE,
                "Listens first, \"really\" listens 👂\nand follows up — 总是", MAY_1, true));
        assertTrue(like.id() > 0);
        assertEquals(new Impression(like.id(), ana.id(), ImpressionKind.LIKE,
                "Listens first, \"really\" listens 👂\nand follows up — 总是", MAY_1, true, null, null), like);
        assertEquals(like, impressions.find(like.id()).orElseThrow());

        Impression dislike = impressions.add(Impression.draft(ana.id(), ImpressionKind.DISLIKE, "Late", MAY_1, false));
        assertEquals(dislike, impressions.find(dislike.id()).orElseThrow());
        assertNull(dislike.decision());
    }

    @Test
    void aNewDealBreakerIsOpenUntilDecided() {
        Impression dealBreaker = impressions.add(Impression.draft(ana.id(), ImpressionKind.DEAL_BREAKER,
                "Talks badly about clients", MAY_1, false));
        Impression found = impressions.find(dealBreaker.id()).orElseThrow();
        assertEquals(DealBreakerDecision.OPEN, found.decision());
        assertNull(found.decidedOn());
        assertTrue(found.isUnresolvedDealBreaker());
    }

    @Test
    void aDealBreakerAddedBackKeepsItsDecisionAndDate() {
        Impression decided = new Impression(0, ana.id(), ImpressionKind.DEAL_BREAKER, "Smokes in the car", MAY_1,
                false, DealBreakerDecision.TOLERATE, LocalDate.of(2024, 5, 9));
        Impression stored = impressions.add(decided);
        assertEquals(new Impression(stored.id(), ana.id(), ImpressionKind.DEAL_BREAKER, "Smokes in the car", MAY_1,
                false, DealBreakerDecision.TOLERATE, LocalDate.of(2024, 5, 9)), impressions.find(stored.id()).orElseThrow());
    }

    @Test
    void aContactsImpressionsComeOldestFirstAndOnlyTheirs() {
        Impression late = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "later", LocalDate.of(2024, 6, 1), false));
        Impression early = impressions.add(Impression.draft(ana.id(), ImpressionKind.DEAL_BREAKER, "earlier", LocalDate.of(2024, 1, 15), false));
        Impression sameDayFirst = impressions.add(Impression.draft(ana.id(), ImpressionKind.DISLIKE, "same day, first", MAY_1, false));
        Impression sameDaySecond = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "same day, second", MAY_1, false));
        impressions.add(Impression.draft(ben.id(), ImpressionKind.LIKE, "about Ben", MAY_1, false));

        assertEquals(List.of(early, sameDayFirst, sameDaySecond, late), impressions.forContact(ana.id()));
        assertEquals(List.of("about Ben"), impressions.forContact(ben.id()).stream().map(Impression::text).toList());
        assertEquals(List.of(), impressions.forContact(9999));
    }

    @Test
    void decidingRecordsTheDecisionAndItsDate() {
        Impression dealBreaker = impressions.add(Impression.draft(ana.id(), ImpressionKind.DEAL_BREAKER, "Rude to staff", MAY_1, false));
        impressions.decide(dealBreaker.id(), DealBreakerDecision.WALK_AWAY, LocalDate.of(2024, 5, 20));
        Impression decided = impressions.find(dealBreaker.id()).orElseThrow();
        assertEquals(DealBreakerDecision.WALK_AWAY, decided.decision());
        assertEquals(LocalDate.of(2024, 5, 20), decided.decidedOn());

        impressions.decide(dealBreaker.id(), DealBreakerDecision.OPEN, LocalDate.of(2024, 5, 21));
        Impression reopened = impressions.find(dealBreaker.id()).orElseThrow();
        assertEquals(DealBreakerDecision.OPEN, reopened.decision());
        assertNull(reopened.decidedOn(), "an open question has no decision date");
    }

    @Test
    void onlyADealBreakerCanBeDecided() {
        Impression like = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "Generous", MAY_1, false));
        assertThrows(StoreException.class, () -> impressions.decide(like.id(), DealBreakerDecision.TOLERATE, MAY_1));
        assertEquals(like, impressions.find(like.id()).orElseThrow());
        assertThrows(StoreException.class, () -> impressions.decide(404, DealBreakerDecision.TOLERATE, MAY_1));
    }

    @Test
    void deleteRemovesOnlyThatImpression() {
        Impression keep = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "keep", MAY_1, false));
        Impression gone = impressions.add(Impression.draft(ana.id(), ImpressionKind.DISLIKE, "gone", MAY_1, false));
        impressions.delete(gone.id());
        assertTrue(impressions.find(gone.id()).isEmpty());
        assertEquals(List.of(keep), impressions.forContact(ana.id()));
        impressions.delete(gone.id()); // deleting twice is harmless
        assertEquals(List.of(keep), impressions.forContact(ana.id()));
    }

    @Test
    void theDatabaseRefusesBlankOrOverLongTextAndUnknownContacts() {
        assertThrows(StoreException.class,
                () -> impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "x".repeat(1001), MAY_1, false)));
        assertThrows(StoreException.class,
                () -> impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "   ", MAY_1, false)));
        assertThrows(StoreException.class,
                () -> impressions.add(Impression.draft(9999, ImpressionKind.LIKE, "about no one", MAY_1, false)));
        assertEquals(List.of(), impressions.forContact(ana.id()));
        Impression longest = impressions.add(Impression.draft(ana.id(), ImpressionKind.LIKE, "x".repeat(1000), MAY_1, false));
        assertEquals(longest, impressions.find(longest.id()).orElseThrow());
    }
}
