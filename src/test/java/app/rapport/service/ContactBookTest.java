package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.StageChange;
import app.rapport.model.Tag;
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
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactBookTest {

    /** 15 June 2024, late evening in London: already the 15th there, still the 15th in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T21:30:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

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

    @Test
    void todayComesFromTheClock() {
        assertEquals(TODAY, book.today());
        assertEquals(LocalDate.of(2024, 6, 16),
                new ContactBook(db, Clock.fixed(Instant.parse("2024-06-15T23:30:00Z"), ZoneId.of("Europe/London"))).today(),
                "today is the user's date, not UTC's");
    }

    // ---- save ----------------------------------------------------------------------------------------------------

    @Test
    void savingANewContactStoresItAndRecordsItsFirstStage() {
        Contact ana = book.save(contact("Ana Silva").stage(GETTING_TO_KNOW).build());

        assertTrue(ana.id() > 0);
        assertEquals(ana, db.contacts().find(ana.id()).orElseThrow());
        assertEquals(List.of(new StageChange(only(db.stageHistory().forContact(ana.id())).id(), ana.id(), null,
                GETTING_TO_KNOW, TODAY, "")), db.stageHistory().forContact(ana.id()));
    }

    @Test
    void savingAChangeOfStageRecordsItAndOtherEditsDoNot() {
        Contact ana = book.save(Contact.named("Ana"));
        Contact renamed = book.save(ContactBuilder.from(ana).name("Ana Silva").build());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size(), "no stage change, no history");

        Contact liked = book.save(ContactBuilder.from(renamed).stage(LIKE).build());
        assertEquals(LIKE, liked.stage());
        assertEquals(LIKE, db.contacts().find(ana.id()).orElseThrow().stage());
        List<StageChange> history = db.stageHistory().forContact(ana.id());
        assertEquals(2, history.size());
        StageChange change = history.get(1);
        assertEquals(List.of(JUST_MET, LIKE, TODAY, ""),
                List.of(change.from(), change.to(), change.changedOn(), change.reason()));
    }

    @Test
    void savingAnEditKeepsTheCreationTime() {
        Contact ana = book.save(Contact.named("Ana"));
        Contact edited = book.save(ContactBuilder.from(ana).notes("Met again").build());
        assertEquals(ana.createdAt(), edited.createdAt());
        assertEquals(edited, db.contacts().find(ana.id()).orElseThrow());
    }

    @Test
    void anInvalidContactIsRefusedWithTheFieldsMessageAndNothingIsWritten() {
        book.save(Contact.named("Ben"));
        int contactsBefore = book.count(ContactQuery.all());

        InvalidContactException refused = assertThrows(InvalidContactException.class,
                () -> book.save(contact("Ana").emails("ana@").build()));
        assertEquals("\"ana@\" does not look like an email address.",
                refused.problems().messageFor(ContactField.EMAILS));
        assertEquals(contactsBefore, book.count(ContactQuery.all()));
        assertEquals(List.of(), book.search(ContactQuery.text("ana"), 0, 10));

        InvalidContactException nameless = assertThrows(InvalidContactException.class,
                () -> book.save(contact("   ").build()));
        assertEquals("A name is required.", nameless.problems().messageFor(ContactField.NAME));
        assertEquals(contactsBefore, book.count(ContactQuery.all()));
    }

    @Test
    void anInvalidEditLeavesTheStoredContactAndItsHistoryAsTheyWere() {
        Contact ana = book.save(contact("Ana").emails("ana@example.com").build());
        InvalidContactException refused = assertThrows(InvalidContactException.class, () -> book.save(
                ContactBuilder.from(ana).stage(TRUST).organisation("o".repeat(201)).build()));
        assertTrue(refused.problems().messageFor(ContactField.ORGANISATION).contains("200"));
        assertEquals(ana, db.contacts().find(ana.id()).orElseThrow());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());
    }

    @Test
    void savingTrimsWhatWasTypedAndDropsEmptyListEntries() {
        Contact typed = new Contact(0, "  Ana Silva \n", " Silva & Co ", "\tBookkeeper ",
                List.of(" ana@example.com ", "", "   ", "ana@silva.example"), List.of("", " +44 20 7946 0958 "),
                " https://example.com/ana ", " Leeds ", " At BNI ", " The Corn Exchange ", LocalDate.of(2024, 6, 1),
                null, "  Clients \n  in York  ", " Payroll ", List.of("  finance ", " ", "", "Leeds"),
                "\n First line\n   indented second line \n", JUST_MET, null, false, null, null);

        Contact saved = book.save(typed);

        Contact stored = db.contacts().find(saved.id()).orElseThrow();
        assertEquals(saved, stored);
        assertEquals("Ana Silva", stored.name());
        assertEquals("Silva & Co", stored.organisation());
        assertEquals("Bookkeeper", stored.role());
        assertEquals(List.of("ana@example.com", "ana@silva.example"), stored.emails());
        assertEquals(List.of("+44 20 7946 0958"), stored.phones());
        assertEquals("https://example.com/ana", stored.link());
        assertEquals("Leeds", stored.city());
        assertEquals("At BNI", stored.howWeMet());
        assertEquals("The Corn Exchange", stored.whereWeMet());
        assertEquals("Clients \n  in York", stored.needs(), "inner text is kept as typed");
        assertEquals("Payroll", stored.offers());
        assertEquals(List.of("finance", "Leeds"), stored.tags());
        assertEquals("First line\n   indented second line", stored.notes());
        assertEquals(List.of(new Tag("finance", 1), new Tag("Leeds", 1)), book.tags());
    }

    @Test
    void validationJudgesTheTextAsItWillBeStored() {
        // 200 characters once the spaces around it are trimmed: fits, as the stored name will.
        Contact padded = contact("  " + "n".repeat(200) + "  ").build();
        assertTrue(book.validate(padded).isEmpty(), book.validate(padded).toString());
        assertEquals("n".repeat(200), book.save(padded).name());
    }

    @Test
    void savingAnEditOfAnArchivedContactKeepsItArchived() {
        Contact ana = book.save(Contact.named("Ana"));
        book.archive(ana.id());
        // The form was filled before archiving, with archived = false.
        Contact saved = book.save(ContactBuilder.from(ana).notes("late edit").build());
        assertTrue(saved.archived());
        assertTrue(db.contacts().find(ana.id()).orElseThrow().archived());
        assertEquals(0, book.count(ContactQuery.all()));
    }

    @Test
    void savingAnEditOfAContactThatNoLongerExistsIsRefused() {
        assertThrows(NoSuchElementException.class, () -> book.save(contact("Ghost").id(999).build()));
        assertEquals(0, book.count(ContactQuery.all()));
    }

    // ---- archive and restore ----------------------------------------------------------------------------------------

    @Test
    void archivingHidesAContactAndRestoringBringsItBackUnchanged() {
        Contact ana = book.save(contact("Ana Silva").tags("finance").offers("Bookkeeping").build());
        Contact ben = book.save(Contact.named("Ben"));

        book.archive(ana.id());
        assertEquals(List.of(ben.id()), ids(book.search(ContactQuery.all(), 0, 10)));
        assertEquals(List.of(), book.search(ContactQuery.text("bookkeeping"), 0, 10));
        assertEquals(List.of(), book.findByName("ana", 10));
        assertEquals(List.of(), book.tags());
        assertEquals(List.of(ana.id()), ids(book.search(new ContactQuery("", null, null, true), 0, 10)));

        book.restore(ana.id());
        assertEquals(List.of(ana.id(), ben.id()), ids(book.search(ContactQuery.all(), 0, 10)));
        assertEquals(List.of(ana.id()), ids(book.search(ContactQuery.text("bookkeeping"), 0, 10)));
        Contact restored = db.contacts().find(ana.id()).orElseThrow();
        assertEquals(ana, restored.withTimestamps(ana.createdAt(), ana.updatedAt()));
        assertFalse(restored.archived());
    }

    // ---- impressions and deal-breakers ------------------------------------------------------------------------------

    @Test
    void anImpressionIsStoredTrimmedAndDatedToday() {
        Contact ana = book.save(Contact.named("Ana"));
        Impression like = book.noteImpression(ana.id(), ImpressionKind.LIKE, "  Always follows up 👍 \n", true);
        assertEquals(new Impression(like.id(), ana.id(), ImpressionKind.LIKE, "Always follows up 👍", TODAY, true,
                null, null), like);
        assertEquals(List.of(like), db.impressions().forContact(ana.id()));
    }

    @Test
    void aBlankImpressionIsRefusedAndNothingIsStored() {
        Contact ana = book.save(Contact.named("Ana"));
        for (String blank : new String[] {"", "   ", "\n\t", null}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> book.noteImpression(ana.id(), ImpressionKind.DISLIKE, blank, false));
            assertEquals("Write what you noticed first.", refused.getMessage());
        }
        assertEquals(List.of(), db.impressions().forContact(ana.id()));
    }

    @Test
    void anOverLongImpressionIsRefusedWithItsLimitAndNothingIsStored() {
        Contact ana = book.save(Contact.named("Ana"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> book.noteImpression(ana.id(), ImpressionKind.LIKE, "x".repeat(1001), false));
        assertEquals("An impression can be at most 1000 characters; this one is 1001.", refused.getMessage());
        assertEquals(List.of(), db.impressions().forContact(ana.id()));

        Impression longest = book.noteImpression(ana.id(), ImpressionKind.LIKE, " " + "x".repeat(1000) + " ", false);
        assertEquals("x".repeat(1000), longest.text());
        Impression emoji = book.noteImpression(ana.id(), ImpressionKind.LIKE, "🙂".repeat(1000), false);
        assertEquals("🙂".repeat(1000), db.impressions().find(emoji.id()).orElseThrow().text(),
                "1000 emoji are 1000 characters, as the database counts them");
    }

    @Test
    void toleratingADealBreakerResolvesItAndKeepsTheStage() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Always late", false);
        assertTrue(book.detail(ana.id()).hasUnresolvedDealBreaker());
        assertTrue(book.search(ContactQuery.all(), 0, 10).get(0).hasUnresolvedDealBreaker());

        Contact after = book.decide(dealBreaker.id(), DealBreakerDecision.TOLERATE);

        assertEquals(LIKE, after.stage());
        assertEquals(LIKE, db.contacts().find(ana.id()).orElseThrow().stage());
        Impression decided = db.impressions().find(dealBreaker.id()).orElseThrow();
        assertEquals(DealBreakerDecision.TOLERATE, decided.decision());
        assertEquals(TODAY, decided.decidedOn());
        assertFalse(book.detail(ana.id()).hasUnresolvedDealBreaker());
        assertFalse(book.search(ContactQuery.all(), 0, 10).get(0).hasUnresolvedDealBreaker());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size(), "no stage change");
    }

    @Test
    void walkingAwayParksTheContactAndTheHistorySaysWhy() {
        Contact ana = book.save(contact("Ana").stage(TRUST).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER,
                "Shared a client's secrets", false);

        Contact parked = book.decide(dealBreaker.id(), DealBreakerDecision.WALK_AWAY);

        assertEquals(PARKED, parked.stage());
        assertEquals(parked, db.contacts().find(ana.id()).orElseThrow());
        List<StageChange> history = db.stageHistory().forContact(ana.id());
        StageChange last = history.get(history.size() - 1);
        assertEquals(List.of(TRUST, PARKED, TODAY), List.of(last.from(), last.to(), last.changedOn()));
        assertTrue(last.reason().contains("Shared a client's secrets"), last.reason());
        Impression decided = db.impressions().find(dealBreaker.id()).orElseThrow();
        assertEquals(DealBreakerDecision.WALK_AWAY, decided.decision());
        assertEquals(TODAY, decided.decidedOn());
        assertEquals(List.of(ana.id()), ids(book.search(new ContactQuery("", null, PARKED, false), 0, 10)),
                "parked, not archived or deleted");
    }

    @Test
    void walkingAwayFromAnAlreadyParkedContactAddsNoStageChange() {
        Contact ana = book.save(contact("Ana").stage(PARKED).build());
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Again", false);
        assertEquals(PARKED, book.decide(dealBreaker.id(), DealBreakerDecision.WALK_AWAY).stage());
        assertEquals(1, db.stageHistory().forContact(ana.id()).size());
    }

    @Test
    void theReasonForWalkingAwayFromALongDealBreakerIsShortenedWithoutBreakingACharacter() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        // "Walked away: " is 13 characters; 485 letters bring it to 498, so the cut falls inside the emoji.
        String text = "a".repeat(485) + "👍".repeat(300);
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, text, false);

        book.decide(dealBreaker.id(), DealBreakerDecision.WALK_AWAY);

        StageChange last = db.stageHistory().forContact(ana.id()).get(1);
        String reason = last.reason();
        assertEquals(500, reason.codePointCount(0, reason.length()));
        assertTrue(reason.startsWith("Walked away: " + "a".repeat(485) + "👍"), reason);
        assertTrue(reason.endsWith("…"), reason);
        assertFalse(reason.contains("?") || reason.contains("\uFFFD"), "no broken character: " + reason);
        assertEquals(PARKED, db.contacts().find(ana.id()).orElseThrow().stage());
    }

    @Test
    void onlyADealBreakerCanBeDecided() {
        Contact ana = book.save(Contact.named("Ana"));
        Impression like = book.noteImpression(ana.id(), ImpressionKind.LIKE, "Kind", false);
        assertThrows(NoSuchElementException.class, () -> book.decide(like.id(), DealBreakerDecision.WALK_AWAY));
        assertEquals(JUST_MET, db.contacts().find(ana.id()).orElseThrow().stage());
        assertEquals(like, db.impressions().find(like.id()).orElseThrow());
    }

    @Test
    void aRemovedImpressionCanBePutBackWithItsDateAndDecision() {
        Contact ana = book.save(Contact.named("Ana"));
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Rude", false);
        book.decide(dealBreaker.id(), DealBreakerDecision.TOLERATE);
        Impression decided = db.impressions().find(dealBreaker.id()).orElseThrow();

        book.removeImpression(decided.id());
        assertEquals(List.of(), db.impressions().forContact(ana.id()));

        Impression back = book.restoreImpression(decided);
        assertEquals(new Impression(back.id(), ana.id(), ImpressionKind.DEAL_BREAKER, "Rude", TODAY, false,
                DealBreakerDecision.TOLERATE, TODAY), db.impressions().find(back.id()).orElseThrow());
    }

    // ---- detail and timeline ----------------------------------------------------------------------------------------

    @Test
    void theDetailHasEverythingThePaneShows() {
        Contact ben = book.save(Contact.named("Ben Okafor"));
        Contact ana = book.save(contact("Ana").introducedBy(ben.id()).build());
        Impression like = book.noteImpression(ana.id(), ImpressionKind.LIKE, "Warm", false);
        Impression dealBreaker = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Pushy", false);
        Interaction older = book.logInteraction(Interaction.draft(InteractionKind.MET, LocalDate.of(2024, 5, 1),
                "First coffee", null, List.of(ana.id())));
        Interaction newer = book.logInteraction(Interaction.draft(InteractionKind.INTRODUCTION, LocalDate.of(2024, 6, 1),
                "Introduced to Ben", LocalDate.of(2024, 6, 8), List.of(ana.id(), ben.id())));
        Contact liked = book.save(ContactBuilder.from(ana).stage(LIKE).build());

        ContactDetail detail = book.detail(ana.id());

        assertEquals(liked, detail.contact());
        assertEquals("Ben Okafor", detail.introducedByName());
        assertEquals(List.of(like, dealBreaker), detail.impressions());
        assertTrue(detail.hasUnresolvedDealBreaker());
        assertEquals(List.of(newer, older), detail.timeline());
        assertEquals(java.util.Set.of(ana.id(), ben.id()), java.util.Set.copyOf(detail.timeline().get(0).contactIds()));
        assertEquals(java.util.Arrays.asList(null, JUST_MET), detail.stageHistory().stream().map(StageChange::from).toList());
        assertEquals(List.of(JUST_MET, LIKE), detail.stageHistory().stream().map(StageChange::to).toList());

        ContactDetail bens = book.detail(ben.id());
        assertNull(bens.introducedByName());
        assertEquals(List.of(newer), bens.timeline());
        assertEquals(List.of(), bens.impressions());
        assertFalse(bens.hasUnresolvedDealBreaker());
    }

    @Test
    void theDetailOfAnUnknownContactIsRefused() {
        assertThrows(NoSuchElementException.class, () -> book.detail(404));
    }

    @Test
    void aFollowUpBeforeTheInteractionIsRefusedAndNothingIsLogged() {
        Contact ana = book.save(Contact.named("Ana"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> book.logInteraction(Interaction.draft(InteractionKind.CALL, LocalDate.of(2024, 6, 10), "Call",
                        LocalDate.of(2024, 6, 9), List.of(ana.id()))));
        assertEquals("The follow-up date is before the interaction itself.", refused.getMessage());
        assertEquals(List.of(), db.interactions().forContact(ana.id()));

        Interaction sameDay = book.logInteraction(Interaction.draft(InteractionKind.CALL, LocalDate.of(2024, 6, 10),
                "Call", LocalDate.of(2024, 6, 10), List.of(ana.id())));
        assertEquals(List.of(sameDay), db.interactions().forContact(ana.id()));
    }

    @Test
    void anOverLongSummaryIsRefusedWithItsLimit() {
        Contact ana = book.save(Contact.named("Ana"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> book.logInteraction(Interaction.draft(InteractionKind.CALL, TODAY, "s".repeat(501), null,
                        List.of(ana.id()))));
        assertEquals("A summary can be at most 500 characters; this one is 501.", refused.getMessage());
        assertEquals(List.of(), db.interactions().forContact(ana.id()));
    }

    @Test
    void removingASharedEventTakesItOffOneTimelineOnly() {
        Contact ana = book.save(Contact.named("Ana"));
        Contact ben = book.save(Contact.named("Ben"));
        Interaction lunch = book.logInteraction(Interaction.draft(InteractionKind.MEETING, TODAY, "Lunch", null,
                List.of(ana.id(), ben.id())));
        book.removeFromTimeline(lunch, ana.id());
        assertEquals(List.of(), book.detail(ana.id()).timeline());
        assertEquals(List.of("Lunch"), book.detail(ben.id()).timeline().stream().map(Interaction::summary).toList());

        book.restoreInteraction(lunch);
        assertEquals(List.of(lunch), book.detail(ana.id()).timeline(), "undo puts it back as it was");
        assertEquals(List.of(lunch), book.detail(ben.id()).timeline());
    }

    @Test
    void removingAnEventWithOneContactDeletesItAndUndoBringsItBack() {
        Contact ana = book.save(Contact.named("Ana"));
        Interaction call = book.logInteraction(Interaction.draft(InteractionKind.CALL, TODAY, "Call", TODAY.plusDays(3),
                List.of(ana.id())));
        book.removeFromTimeline(call, ana.id());
        assertEquals(List.of(), book.detail(ana.id()).timeline());
        book.restoreInteraction(call);
        assertEquals(List.of(call), book.detail(ana.id()).timeline());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    private static List<Long> ids(List<ContactSummary> summaries) {
        return summaries.stream().map(ContactSummary::id).toList();
    }
}
