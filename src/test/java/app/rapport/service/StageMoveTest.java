package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moving relationships between stages on the board: {@link ContactBook#moveStage}, its undo and walking away. */
class StageMoveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T21:30:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final LocalDate EARLIER = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        book = new ContactBook(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- moving -------------------------------------------------------------------------------------------------

    @Test
    void aMoveChangesTheStageAndRecordsItWithTheReasonAndToday() {
        Contact ana = book.dated(EARLIER).save(contact("Ana").stage(GETTING_TO_KNOW).tags("BNI").build());

        StageMove move = book.moveStage(ana.id(), LIKE, "  Great second coffee ☕ \n", false);

        StageChange recorded = last(db.stageHistory().forContact(ana.id()));
        assertEquals(new StageChange(recorded.id(), ana.id(), GETTING_TO_KNOW, LIKE, TODAY, "Great second coffee ☕"),
                recorded);
        assertEquals(new StageMove(recorded, List.of()), move);
        assertEquals(2, db.stageHistory().forContact(ana.id()).size());
        Contact stored = db.contacts().find(ana.id()).orElseThrow();
        assertEquals(LIKE, stored.stage());
        assertEquals(ana.withStage(LIKE), stored.withTimestamps(ana.createdAt(), ana.updatedAt()),
                "only the stage changed");
    }

    @Test
    void anEmptyOrMissingReasonIsFine() {
        Contact ana = book.save(contact("Ana").stage(JUST_MET).build());
        assertEquals("", book.moveStage(ana.id(), GETTING_TO_KNOW, "", false).change().reason());
        assertEquals("", book.moveStage(ana.id(), LIKE, "   ", false).change().reason());
        assertEquals("", book.moveStage(ana.id(), JUST_MET, null, false).change().reason());
        assertEquals(List.of("", "", "", ""), db.stageHistory().forContact(ana.id()).stream()
                .map(StageChange::reason).toList());
        assertEquals(List.of(JUST_MET, GETTING_TO_KNOW, LIKE, JUST_MET), db.stageHistory().forContact(ana.id())
                .stream().map(StageChange::to).toList());
    }

    @Test
    void aTooLongReasonIsRefusedAndNothingChanges() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> book.moveStage(ana.id(), TRUST, "r".repeat(501), false));
        assertEquals("A reason can be at most 500 characters; this one is 501.", refused.getMessage());
        assertEquals(LIKE, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());

        // 500 characters, as the database counts them (an emoji is one), and spaces around them trimmed.
        StageMove move = book.moveStage(ana.id(), TRUST, " " + "🙂".repeat(500) + " ", false);
        assertEquals("🙂".repeat(500), last(db.stageHistory().forContact(ana.id())).reason());
        assertEquals(move.change(), last(db.stageHistory().forContact(ana.id())));
    }

    @Test
    void movingToTheStageItIsAlreadyAtRecordsNothing() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        assertNull(book.moveStage(ana.id(), LIKE, "again", false));
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());
    }

    @Test
    void movingAContactThatDoesNotExistIsRefused() {
        assertThrows(NoSuchElementException.class, () -> book.moveStage(404, LIKE, "", false));
    }

    // ---- deal-breakers ------------------------------------------------------------------------------------------

    @Test
    void aMoveToTrustOrPartnerWithAnUndecidedDealBreakerIsRefusedAndNothingChanges() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);

        for (RelationshipStage trusted : List.of(TRUST, PARTNER)) {
            UndecidedDealBreakerException refused = assertThrows(UndecidedDealBreakerException.class,
                    () -> book.moveStage(ana.id(), trusted, "They earned it", false));
            assertEquals(List.of(dealBreaker), refused.dealBreakers());
            assertEquals("Decide about Ana's deal-breaker first: tolerate it or walk away.", refused.getMessage());
        }
        assertEquals(LIKE, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());
        assertEquals(dealBreaker, db.impressions().find(dealBreaker.id()).orElseThrow());
    }

    @Test
    void aMoveBelowTrustIsAllowedWithAnUndecidedDealBreaker() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        StageMove move = book.moveStage(ana.id(), GETTING_TO_KNOW, "", false);
        assertEquals(List.of(), move.toleratedDealBreakers());
        assertEquals(GETTING_TO_KNOW, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(DealBreakerDecision.OPEN, db.impressions().find(dealBreaker.id()).orElseThrow().decision());
    }

    @Test
    void toleratingAsPartOfTheMoveDecidesEveryUndecidedDealBreaker() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Impression gossips = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        Impression late = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Always late", false);
        Impression earlier = book.dated(EARLIER).noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        book.dated(EARLIER).decide(earlier.id(), DealBreakerDecision.TOLERATE);
        Impression like = book.noteImpression(ana.id(), ImpressionKind.LIKE, "Generous", false);

        StageMove move = book.moveStage(ana.id(), TRUST, "Worth it", true);

        assertEquals(List.of(gossips.id(), late.id()), move.toleratedDealBreakers());
        assertEquals(TRUST, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(last(db.stageHistory().forContact(ana.id())), move.change());
        assertEquals(List.of(LIKE, TRUST, TODAY, "Worth it"), List.of(move.change().from(), move.change().to(),
                move.change().changedOn(), move.change().reason()));
        assertEquals(decided(gossips, DealBreakerDecision.TOLERATE, TODAY),
                db.impressions().find(gossips.id()).orElseThrow());
        assertEquals(decided(late, DealBreakerDecision.TOLERATE, TODAY),
                db.impressions().find(late.id()).orElseThrow());
        assertEquals(decided(earlier, DealBreakerDecision.TOLERATE, EARLIER),
                db.impressions().find(earlier.id()).orElseThrow(), "an earlier decision keeps its day");
        assertEquals(like, db.impressions().find(like.id()).orElseThrow());
        assertEquals(List.of(), book.undecidedDealBreakers(ana.id()));
    }

    @Test
    void toleratingWithNothingUndecidedToleratesNothing() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        StageMove move = book.moveStage(ana.id(), PARTNER, "", true);
        assertEquals(List.of(), move.toleratedDealBreakers());
        assertEquals(PARTNER, db.contacts().find(ana.id()).orElseThrow().stage());
    }

    // ---- undo ---------------------------------------------------------------------------------------------------

    @Test
    void undoRestoresTheStageRemovesTheHistoryEntryAndReopensToleratedDealBreakers() {
        Contact ana = book.dated(EARLIER).save(contact("Ana").stage(JUST_MET).build());
        book.dated(EARLIER).moveStage(ana.id(), LIKE, "Liked her", false);
        Impression earlier = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        book.decide(earlier.id(), DealBreakerDecision.TOLERATE);
        Impression gossips = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        List<StageChange> before = db.stageHistory().forContact(ana.id());

        StageMove move = book.moveStage(ana.id(), PARTNER, "Partners now", true);
        assertEquals(before.size() + 1, db.stageHistory().forContact(ana.id()).size());

        book.undoMove(move);

        assertEquals(LIKE, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(before, db.stageHistory().forContact(ana.id()));
        assertEquals(gossips, db.impressions().find(gossips.id()).orElseThrow(), "open again, no decision day");
        assertEquals(DealBreakerDecision.TOLERATE, db.impressions().find(earlier.id()).orElseThrow().decision(),
                "decided before the move: not the move's to undo");
        assertEquals(List.of(gossips), book.undecidedDealBreakers(ana.id()));
    }

    @Test
    void undoOfAPlainMoveLeavesTheDealBreakersAlone() {
        Contact ana = book.save(contact("Ana").stage(TRUST).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        StageMove move = book.moveStage(ana.id(), LIKE, "", false);
        book.undoMove(move);
        assertEquals(TRUST, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());
        assertEquals(dealBreaker, db.impressions().find(dealBreaker.id()).orElseThrow());
    }

    // ---- walking away -------------------------------------------------------------------------------------------

    @Test
    void walkingAwayParksTheContactAndDecidesEveryUndecidedDealBreaker() {
        Contact ana = book.save(contact("Ana").stage(TRUST).build());
        Impression gossips = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        Impression late = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Always late", false);
        Impression earlier = book.dated(EARLIER).noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        book.dated(EARLIER).decide(earlier.id(), DealBreakerDecision.TOLERATE);

        Contact parked = book.walkAway(ana.id());

        assertEquals(PARKED, parked.stage());
        assertEquals(parked, db.contacts().find(ana.id()).orElseThrow());
        assertEquals(decided(gossips, DealBreakerDecision.WALK_AWAY, TODAY),
                db.impressions().find(gossips.id()).orElseThrow());
        assertEquals(decided(late, DealBreakerDecision.WALK_AWAY, TODAY),
                db.impressions().find(late.id()).orElseThrow());
        assertEquals(decided(earlier, DealBreakerDecision.TOLERATE, EARLIER),
                db.impressions().find(earlier.id()).orElseThrow());
        List<StageChange> history = db.stageHistory().forContact(ana.id());
        assertEquals(2, history.size(), "one move to PARKED, however many deal-breakers");
        assertEquals(List.of(TRUST, PARKED, TODAY, "Walked away: Gossips"), List.of(history.get(1).from(),
                history.get(1).to(), history.get(1).changedOn(), history.get(1).reason()));
        assertEquals(List.of(), book.undecidedDealBreakers(ana.id()));
    }

    // ---- save ---------------------------------------------------------------------------------------------------

    @Test
    void savingAChangeToTrustWithAnUndecidedDealBreakerIsRefused() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);

        for (RelationshipStage trusted : List.of(TRUST, PARTNER)) {
            InvalidContactException refused = assertThrows(InvalidContactException.class,
                    () -> book.save(ContactBuilder.from(ana).stage(trusted).notes("edited").build()));
            assertEquals("Decide the open deal-breaker first (Impressions): tolerate it or walk away.",
                    refused.problems().messageFor(ContactField.STAGE));
        }
        Contact stored = db.contacts().find(ana.id()).orElseThrow();
        assertEquals(ana, stored, "nothing written, not even the other edits");
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());

        book.decide(dealBreaker.id(), DealBreakerDecision.TOLERATE);
        assertEquals(TRUST, book.save(ContactBuilder.from(ana).stage(TRUST).build()).stage());
    }

    @Test
    void savingOtherEditsOfATrustedContactWithAnUndecidedDealBreakerIsFine() {
        Contact ana = book.save(contact("Ana").stage(TRUST).build());
        book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Noticed later", false);
        Contact edited = book.save(ContactBuilder.from(ana).notes("Still trusted for now").build());
        assertEquals("Still trusted for now", db.contacts().find(ana.id()).orElseThrow().notes());
        assertEquals(TRUST, edited.stage());
        // Nor does moving down need a decision.
        assertEquals(LIKE, book.save(ContactBuilder.from(edited).stage(LIKE).build()).stage());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Impression decided(Impression dealBreaker, DealBreakerDecision decision, LocalDate on) {
        return new Impression(dealBreaker.id(), dealBreaker.contactId(), dealBreaker.kind(), dealBreaker.text(),
                dealBreaker.notedOn(), dealBreaker.confidential(), decision, on);
    }

    private static <T> T last(List<T> list) {
        assertTrue(!list.isEmpty());
        return list.get(list.size() - 1);
    }
}
