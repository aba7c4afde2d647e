package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.Introduction.Side;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.OptIn;
import app.rapport.model.TextLimits;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link IntroductionPlanner}: guardrails, planning, every step with its date, follow-up and timeline entry, undo. */
class IntroductionPlannerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** 15 June 2024, late evening in London. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T21:30:00Z"), ZONE);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;
    private IntroductionPlanner planner;
    private Contact ana;
    private Contact ben;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        book = new ContactBook(db, CLOCK);
        planner = new IntroductionPlanner(db, CLOCK);
        ana = book.save(contact("Ana Silva").stage(TRUST).organisation("Sousa Bookkeeping").build());
        ben = book.save(contact("Ben Costa").stage(PARTNER).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- guardrails ---------------------------------------------------------------------------------------------

    @Test
    void twoTrustedPeopleNeverIntroducedRaiseNothing() {
        assertEquals(List.of(), planner.check(ana.id(), ben.id()));
        assertEquals(List.of(), planner.check(ben.id(), ana.id()));
    }

    @Test
    void theSamePersonTwiceIsBlocked() {
        List<Guardrail> found = planner.check(ana.id(), ana.id());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.SAME_PERSON, null, null)), found);
        assertTrue(found.get(0).blocks());
        assertRefused(() -> planner.plan(ana.id(), ana.id(), "a", "b", "", true), found);
    }

    @Test
    void aPairIntroducedBeforeIsBlockedWithTheEarlierIntroductionWhenAndOutcome() {
        IntroductionStep planned = plannerOn(TODAY.minusDays(30)).plan(ana.id(), ben.id(), "a", "b", "", false);
        long id = planned.after().id();
        planner.ask(id, Side.A);
        planner.ask(id, Side.B);
        planner.answer(id, Side.A, true);
        planner.answer(id, Side.B, true);
        planner.introduce(id);
        planner.close(id, IntroductionOutcome.WORKING_TOGETHER);
        Introduction earlier = planner.find(id);

        for (long[] pair : new long[][] {{ana.id(), ben.id()}, {ben.id(), ana.id()}}) {
            List<Guardrail> found = planner.check(pair[0], pair[1]);
            assertEquals(List.of(new Guardrail(Guardrail.Kind.ALREADY_INTRODUCED, null, earlier)), found);
            assertTrue(found.get(0).blocks());
            assertEquals(TODAY, found.get(0).earlier().introducedOn());
            assertEquals(IntroductionOutcome.WORKING_TOGETHER, found.get(0).earlier().outcome());
            assertRefused(() -> planner.plan(pair[0], pair[1], "again", "again", "", true), found);
        }
        assertEquals(List.of(earlier), db.introductions().all());
    }

    @Test
    void aPairBeingIntroducedNowIsBlockedToo() {
        Introduction open = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after();
        assertEquals(List.of(new Guardrail(Guardrail.Kind.ALREADY_INTRODUCED, null, open)),
                planner.check(ben.id(), ana.id()));
    }

    @Test
    void anUndecidedDealBreakerOnEitherSideIsBlockedUntilDecided() {
        Impression gossips = book.noteImpression(ben.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        book.noteImpression(ana.id(), ImpressionKind.DISLIKE, "Always late", false);

        List<Guardrail> found = planner.check(ana.id(), ben.id());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.UNDECIDED_DEAL_BREAKER, "Ben Costa", null)), found);
        assertTrue(found.get(0).blocks());
        assertEquals(found, planner.check(ben.id(), ana.id()));
        assertRefused(() -> planner.plan(ana.id(), ben.id(), "a", "b", "", true), found);

        book.decide(gossips.id(), DealBreakerDecision.TOLERATE);
        assertEquals(List.of(), planner.check(ana.id(), ben.id()));
    }

    @Test
    void aParkedContactIsBlockedAndNotAlsoCalledUntrusted() {
        book.noteImpression(ben.id(), ImpressionKind.DEAL_BREAKER, "Gossips", false);
        book.walkAway(ben.id());

        List<Guardrail> found = planner.check(ana.id(), ben.id());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.PARKED, "Ben Costa", null)), found,
                "walking away decided the deal-breaker");
        assertTrue(found.get(0).blocks());
        assertRefused(() -> planner.plan(ana.id(), ben.id(), "a", "b", "", true), found);
    }

    @Test
    void someoneBelowTrustIsAWarningTheUserCanAccept() {
        Contact cai = book.save(contact("Cai Jones").stage(LIKE).build());
        Contact dee = book.save(contact("Dee Patel").stage(JUST_MET).build());

        List<Guardrail> found = planner.check(cai.id(), dee.id());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.BELOW_TRUST, "Cai Jones", null),
                new Guardrail(Guardrail.Kind.BELOW_TRUST, "Dee Patel", null)), found);
        assertFalse(found.get(0).blocks());
        assertFalse(found.get(1).blocks());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.BELOW_TRUST, "Cai Jones", null)),
                planner.check(ana.id(), cai.id()));

        assertRefused(() -> planner.plan(cai.id(), dee.id(), "a", "b", "", false), found);

        IntroductionStep accepted = planner.plan(cai.id(), dee.id(), "a", "b", "", true);
        assertEquals(List.of(accepted.after()), db.introductions().all());
    }

    @Test
    void acceptingWarningsDoesNotLiftABlock() {
        Contact cai = book.save(contact("Cai Jones").stage(GETTING_TO_KNOW).build());
        book.noteImpression(cai.id(), ImpressionKind.DEAL_BREAKER, "Rude to waiters", false);

        List<Guardrail> found = planner.check(ana.id(), cai.id());
        assertEquals(List.of(new Guardrail(Guardrail.Kind.UNDECIDED_DEAL_BREAKER, "Cai Jones", null),
                new Guardrail(Guardrail.Kind.BELOW_TRUST, "Cai Jones", null)), found);
        assertRefused(() -> planner.plan(ana.id(), cai.id(), "a", "b", "", true), found);
    }

    @Test
    void checkingOrPlanningWithAnUnknownContactIsRefused() {
        assertThrows(NoSuchElementException.class, () -> planner.check(ana.id(), 9999));
        assertThrows(NoSuchElementException.class, () -> planner.plan(9999, ben.id(), "a", "b", "", true));
        assertEquals(List.of(), db.introductions().all());
        assertEquals(List.of(), timeline(ben));
    }

    // ---- planning -----------------------------------------------------------------------------------------------

    @Test
    void planningStoresAnIdeaDatedTodayAndPutsItOnBothTimelines() {
        IntroductionStep step = planner.plan(ana.id(), ben.id(), "  Ben builds the website she needs \n",
                "Ana's clients need websites.", "  Both love cycling 🚲 ", false);

        Introduction planned = step.after();
        assertNull(step.before());
        assertTrue(planned.id() > 0);
        assertEquals(Introduction.idea(ana.id(), ben.id(), "Ben builds the website she needs",
                "Ana's clients need websites.", "Both love cycling 🚲", TODAY, null).withId(planned.id()), planned);
        assertEquals(planned, planner.find(planned.id()));
        assertEquals(IntroductionStatus.IDEA, planned.status());
        assertNull(planned.followUpOn(), "nothing to follow up on before asking");
        assertLogged(step, TODAY, "Planned an introduction: Ana Silva and Ben Costa", 0);
    }

    @Test
    void aMissingNoteIsEmpty() {
        assertEquals("", planner.plan(ana.id(), ben.id(), "a", "b", null, false).after().note());
    }

    @Test
    void bothReasonsAreRequired() {
        String missing = "Say why each side benefits: an introduction that helps only one side is not one.";
        List<String[]> whys = List.of(new String[] {null, "b"}, new String[] {"a", null}, new String[] {"", "b"},
                new String[] {"a", " \n\t "}, new String[] {null, null});
        for (String[] why : whys) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> planner.plan(ana.id(), ben.id(), why[0], why[1], "", true));
            assertEquals(missing, refused.getMessage());
        }
        assertNothingWritten();
    }

    @Test
    void reasonsAndNoteAreLengthLimitedCountingCharactersAfterTrimming() {
        assertTooLong(() -> planner.plan(ana.id(), ben.id(), "w".repeat(TextLimits.WHY + 1), "b", "", true),
                TextLimits.WHY, TextLimits.WHY + 1);
        assertTooLong(() -> planner.plan(ana.id(), ben.id(), "a", "🙂".repeat(TextLimits.WHY + 1), "", true),
                TextLimits.WHY, TextLimits.WHY + 1);
        assertTooLong(() -> planner.plan(ana.id(), ben.id(), "a", "b",
                        "n".repeat(TextLimits.INTRODUCTION_NOTE + 1), true),
                TextLimits.INTRODUCTION_NOTE, TextLimits.INTRODUCTION_NOTE + 1);
        assertNothingWritten();

        Introduction longest = planner.plan(ana.id(), ben.id(), " " + "🙂".repeat(TextLimits.WHY) + " ",
                "w".repeat(TextLimits.WHY), "\n" + "📝".repeat(TextLimits.INTRODUCTION_NOTE) + "\n", false).after();
        assertEquals("🙂".repeat(TextLimits.WHY), longest.whyA());
        assertEquals("📝".repeat(TextLimits.INTRODUCTION_NOTE), longest.note());
        assertEquals(Optional.of(longest), db.introductions().find(longest.id()));
    }

    // ---- the steps ----------------------------------------------------------------------------------------------

    @Test
    void everyStepStampsItsDayProposesAFollowUpAndGoesOnBothTimelines() {
        LocalDate planned = LocalDate.of(2024, 6, 1);
        LocalDate askedA = LocalDate.of(2024, 6, 2);
        LocalDate askedB = LocalDate.of(2024, 6, 4);
        LocalDate agreedB = LocalDate.of(2024, 6, 5);
        LocalDate agreedA = LocalDate.of(2024, 6, 8);
        LocalDate introduced = LocalDate.of(2024, 6, 9);
        LocalDate met = LocalDate.of(2024, 6, 30);
        long id = plannerOn(planned).plan(ana.id(), ben.id(), "a", "b", "", false).after().id();

        IntroductionStep step = plannerOn(askedA).ask(id, Side.A);
        Introduction now = step.after();
        assertEquals(now, planner.find(id));
        assertEquals(List.of(OptIn.ASKED, OptIn.NOT_ASKED), List.of(now.sideA(), now.sideB()));
        assertEquals(askedA, now.askedA());
        assertNull(now.answeredA());
        assertEquals(IntroductionStatus.ASKING, now.status());
        assertEquals(askedA.plusDays(3), now.followUpOn(), "an answer is due in three days");
        assertLogged(step, askedA, "Asked Ana Silva about meeting Ben Costa", 1);

        step = plannerOn(askedB).ask(id, Side.B);
        now = step.after();
        assertEquals(List.of(OptIn.ASKED, OptIn.ASKED), List.of(now.sideA(), now.sideB()));
        assertEquals(List.of(askedA, askedB), List.of(now.askedA(), now.askedB()));
        assertEquals(askedB.plusDays(3), now.followUpOn());
        assertLogged(step, askedB, "Asked Ben Costa about meeting Ana Silva", 2);

        step = plannerOn(agreedB).answer(id, Side.B, true);
        now = step.after();
        assertEquals(OptIn.AGREED, now.sideB());
        assertEquals(List.of(askedB, agreedB), List.of(now.askedB(), now.answeredB()));
        assertEquals(askedB.plusDays(3), now.followUpOn(), "still waiting for Ana");
        assertEquals(IntroductionStatus.ASKING, now.status());
        assertLogged(step, agreedB, "Ben Costa agreed to meet Ana Silva", 3);

        step = plannerOn(agreedA).answer(id, Side.A, true);
        now = step.after();
        assertEquals(List.of(OptIn.AGREED, OptIn.AGREED), List.of(now.sideA(), now.sideB()));
        assertEquals(List.of(askedA, agreedA), List.of(now.askedA(), now.answeredA()));
        assertEquals(agreedA, now.followUpOn(), "both agreed: introduce them today");
        assertLogged(step, agreedA, "Ana Silva agreed to meet Ben Costa", 4);

        step = plannerOn(introduced).introduce(id);
        now = step.after();
        assertEquals(introduced, now.introducedOn());
        assertEquals(IntroductionStatus.INTRODUCED, now.status());
        assertEquals(introduced.plusDays(14), now.followUpOn(), "ask how it went in two weeks");
        assertLogged(step, introduced, "Introduced Ana Silva and Ben Costa", 5);

        step = plannerOn(met).close(id, IntroductionOutcome.MET);
        now = step.after();
        assertEquals(new Introduction(id, ana.id(), ben.id(), "a", "b", "", OptIn.AGREED, askedA, agreedA,
                OptIn.AGREED, askedB, agreedB, introduced, IntroductionOutcome.MET, met, null, planned), now);
        assertEquals(now, planner.find(id));
        assertEquals(IntroductionStatus.CLOSED, now.status());
        assertFalse(now.open());
        assertLogged(step, met, "Introduction: Ana Silva and Ben Costa met", 6);

        assertEquals(List.of("Introduction: Ana Silva and Ben Costa met", "Introduced Ana Silva and Ben Costa",
                        "Ana Silva agreed to meet Ben Costa", "Ben Costa agreed to meet Ana Silva",
                        "Asked Ben Costa about meeting Ana Silva", "Asked Ana Silva about meeting Ben Costa",
                        "Planned an introduction: Ana Silva and Ben Costa"),
                timeline(ana).stream().map(Interaction::summary).toList());
        assertEquals(timeline(ana), timeline(ben));
        assertTrue(timeline(ana).stream().allMatch(i -> i.kind() == InteractionKind.INTRODUCTION));
    }

    @Test
    void eachOutcomeIsWrittenOnTheTimelines() {
        assertEquals("Introduction: Ana Silva and Ben Costa are working together",
                introduced(ana, ben).andThen(id -> planner.close(id, IntroductionOutcome.WORKING_TOGETHER)));
        Contact cai = book.save(contact("Cai Jones").stage(TRUST).build());
        assertEquals("Introduction: Cai Jones and Ana Silva were not a fit",
                introduced(cai, ana).andThen(id -> planner.close(id, IntroductionOutcome.NOT_A_FIT)));
    }

    @Test
    void aNoClosesTheIntroductionAsDeclined() {
        long id = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after().id();
        plannerOn(TODAY.minusDays(2)).ask(id, Side.A);
        plannerOn(TODAY.minusDays(2)).ask(id, Side.B);
        plannerOn(TODAY.minusDays(1)).answer(id, Side.A, true);

        IntroductionStep step = planner.answer(id, Side.B, false);

        Introduction now = step.after();
        assertEquals(now, planner.find(id));
        assertEquals(List.of(OptIn.AGREED, OptIn.DECLINED), List.of(now.sideA(), now.sideB()));
        assertEquals(TODAY, now.answeredB());
        assertEquals(IntroductionOutcome.DECLINED, now.outcome());
        assertEquals(TODAY, now.outcomeOn());
        assertNull(now.followUpOn(), "nothing left to follow up");
        assertNull(now.introducedOn());
        assertEquals(IntroductionStatus.CLOSED, now.status());
        assertLogged(step, TODAY, "Ben Costa declined to meet Ana Silva", 4);

        assertStepRefused(id, () -> planner.introduce(id));
        assertStepRefused(id, () -> planner.answer(id, Side.A, false));
    }

    @Test
    void aNoBeforeTheOtherSideWasAskedClosesItToo() {
        long id = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after().id();
        planner.ask(id, Side.A);
        IntroductionStep step = planner.answer(id, Side.A, false);
        assertEquals(IntroductionOutcome.DECLINED, step.after().outcome());
        assertEquals(OptIn.NOT_ASKED, step.after().sideB());
        assertLogged(step, TODAY, "Ana Silva declined to meet Ben Costa", 2);
        assertStepRefused(id, () -> planner.ask(id, Side.B));
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() {
        long id = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after().id();
        // An idea: nobody asked yet.
        IllegalStateException notNow = assertStepRefused(id, () -> planner.answer(id, Side.A, true));
        assertEquals("That step does not apply to an introduction at \"idea\".", notNow.getMessage());
        assertStepRefused(id, () -> planner.introduce(id));
        assertStepRefused(id, () -> planner.close(id, IntroductionOutcome.MET));

        // Asking: each side once; no introduction before both agreed.
        planner.ask(id, Side.A);
        assertStepRefused(id, () -> planner.ask(id, Side.A));
        assertStepRefused(id, () -> planner.answer(id, Side.B, true));
        assertStepRefused(id, () -> planner.introduce(id));
        planner.answer(id, Side.A, true);
        assertStepRefused(id, () -> planner.answer(id, Side.A, false));
        assertStepRefused(id, () -> planner.introduce(id));
        assertStepRefused(id, () -> planner.close(id, IntroductionOutcome.MET));
        planner.ask(id, Side.B);
        planner.answer(id, Side.B, true);
        assertStepRefused(id, () -> planner.close(id, IntroductionOutcome.WORKING_TOGETHER));

        // Introduced: only an outcome, and not "declined".
        planner.introduce(id);
        IllegalStateException introduced = assertStepRefused(id, () -> planner.introduce(id));
        assertEquals("That step does not apply to an introduction at \"introduced\".", introduced.getMessage());
        assertStepRefused(id, () -> planner.ask(id, Side.A));
        assertStepRefused(id, () -> planner.answer(id, Side.B, false));
        assertStepRefused(id, () -> planner.close(id, IntroductionOutcome.DECLINED));

        // Closed: nothing more.
        planner.close(id, IntroductionOutcome.MET);
        assertStepRefused(id, () -> planner.close(id, IntroductionOutcome.NOT_A_FIT));
        assertStepRefused(id, () -> planner.introduce(id));
        assertStepRefused(id, () -> planner.ask(id, Side.B));
        assertEquals(7, timeline(ana).size());
    }

    @Test
    void stepsOnAnUnknownIntroductionAreRefused() {
        assertThrows(NoSuchElementException.class, () -> planner.ask(9999, Side.A));
        assertThrows(NoSuchElementException.class, () -> planner.find(9999));
        assertThrows(NoSuchElementException.class, () -> planner.followUpOn(9999, TODAY));
        assertNothingWritten();
    }

    @Test
    void theFollowUpCanBeMovedOrClearedWithoutATimelineEntry() {
        long id = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after().id();
        Introduction asked = planner.ask(id, Side.A).after();
        List<Interaction> timeline = timeline(ana);

        Introduction moved = planner.followUpOn(id, LocalDate.of(2024, 7, 1));
        assertEquals(asked.withFollowUpOn(LocalDate.of(2024, 7, 1)), moved);
        assertEquals(moved, planner.find(id));
        assertNull(planner.followUpOn(id, null).followUpOn());
        assertEquals(asked.withFollowUpOn(null), planner.find(id));
        assertEquals(timeline, timeline(ana));
        assertEquals(timeline, timeline(ben));
    }

    // ---- undo ---------------------------------------------------------------------------------------------------

    @Test
    void undoOfEachStepRestoresThePreviousStateAndRemovesItsTimelineEntry() {
        IntroductionStep plan = planner.plan(ana.id(), ben.id(), "a", "b", "", false);
        long id = plan.after().id();

        assertUndone(id, () -> planner.ask(id, Side.A));
        assertUndone(id, () -> planner.ask(id, Side.B));
        assertUndone(id, () -> planner.answer(id, Side.A, true));
        assertUndone(id, () -> planner.answer(id, Side.B, true));
        assertUndone(id, () -> planner.introduce(id));
        assertUndone(id, () -> planner.close(id, IntroductionOutcome.WORKING_TOGETHER));
        assertEquals(IntroductionOutcome.WORKING_TOGETHER, planner.find(id).outcome());
    }

    @Test
    void undoOfADeclineReopensTheIntroduction() {
        long id = planner.plan(ana.id(), ben.id(), "a", "b", "", false).after().id();
        IntroductionStep asked = planner.ask(id, Side.B);
        List<Interaction> timeline = timeline(ana);

        IntroductionStep declined = planner.answer(id, Side.B, false);
        planner.undo(declined);

        assertEquals(asked.after(), planner.find(id));
        assertTrue(planner.find(id).open());
        assertEquals(timeline, timeline(ana));
        assertEquals(timeline, timeline(ben));
        assertEquals(OptIn.AGREED, planner.answer(id, Side.B, true).after().sideB(), "can be answered again");
    }

    @Test
    void undoOfThePlanDeletesTheIntroductionAndItsTimelineEntry() {
        IntroductionStep plan = planner.plan(ana.id(), ben.id(), "a", "b", "", false);

        planner.undo(plan);

        assertNothingWritten();
        assertThrows(NoSuchElementException.class, () -> planner.find(plan.after().id()));
        assertEquals(List.of(), planner.check(ana.id(), ben.id()), "the pair can be planned again");
    }

    // ---- lists --------------------------------------------------------------------------------------------------

    @Test
    void thePipelineAndEachContactsListCarryBothNamesNewestPlanFirst() {
        Contact cai = book.save(contact("Cai Jones").stage(TRUST).build());
        Contact dee = book.save(contact("Dee Patel").stage(TRUST).build());
        Introduction anaBen = plannerOn(TODAY.minusDays(10)).plan(ana.id(), ben.id(), "a", "b", "", false).after();
        Introduction caiAna = plannerOn(TODAY.minusDays(5)).plan(cai.id(), ana.id(), "c", "a", "", false).after();
        Introduction benDee = plannerOn(TODAY.minusDays(7)).plan(ben.id(), dee.id(), "b", "d", "", false).after();
        planner.ask(anaBen.id(), Side.A);
        anaBen = planner.find(anaBen.id());

        IntroductionSummary anaBenNamed = new IntroductionSummary(anaBen, "Ana Silva", "Ben Costa");
        IntroductionSummary caiAnaNamed = new IntroductionSummary(caiAna, "Cai Jones", "Ana Silva");
        IntroductionSummary benDeeNamed = new IntroductionSummary(benDee, "Ben Costa", "Dee Patel");
        assertEquals(List.of(caiAnaNamed, benDeeNamed, anaBenNamed), planner.pipeline());
        assertEquals(List.of(caiAnaNamed, anaBenNamed), planner.forContact(ana.id()));
        assertEquals(List.of(benDeeNamed, anaBenNamed), planner.forContact(ben.id()));
        assertEquals(List.of(), planner.forContact(9999));
        assertEquals("Cai Jones", caiAnaNamed.otherName(ana.id()));

        assertEquals(planner.forContact(ana.id()), book.detail(ana.id()).introductions());
        assertEquals(List.of(benDeeNamed), book.detail(dee.id()).introductions());
        assertEquals(List.of(caiAnaNamed), book.detail(cai.id()).introductions());
    }

    @Test
    void aContactWithNoIntroductionsListsNone() {
        assertEquals(List.of(), book.detail(ana.id()).introductions());
        assertEquals(List.of(), planner.pipeline());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private IntroductionPlanner plannerOn(LocalDate day) {
        return new IntroductionPlanner(db, Clock.fixed(day.atStartOfDay(ZONE).plusHours(10).toInstant(), ZONE));
    }

    private List<Interaction> timeline(Contact contact) {
        return db.interactions().forContact(contact.id());
    }

    /** The step's entry is the newest on both timelines, the {@code count}-th on each, as the user would read it. */
    private void assertLogged(IntroductionStep step, LocalDate day, String summary, int before) {
        Interaction logged = step.logged();
        assertTrue(logged.id() > 0);
        assertEquals(new Interaction(logged.id(), InteractionKind.INTRODUCTION, day, summary, "", false, null,
                List.of(ana.id(), ben.id()).stream().sorted().toList()), logged);
        for (Contact person : List.of(ana, ben)) {
            List<Interaction> timeline = timeline(person);
            assertEquals(before + 1, timeline.size(), "one entry per step on " + person.name() + "'s timeline");
            assertEquals(logged, timeline.get(0));
        }
    }

    private void assertRefused(Executable plan, List<Guardrail> expected) {
        IntroductionRefusedException refused = assertThrows(IntroductionRefusedException.class, plan);
        assertEquals(expected, refused.guardrails());
        if (expected.stream().noneMatch(g -> g.kind() == Guardrail.Kind.ALREADY_INTRODUCED)) {
            assertNothingWritten();
        }
    }

    private void assertNothingWritten() {
        assertEquals(List.of(), db.introductions().all());
        assertEquals(List.of(), timeline(ana));
        assertEquals(List.of(), timeline(ben));
    }

    private static void assertTooLong(Executable plan, int most, int length) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, plan);
        NumberFormat numbers = NumberFormat.getInstance();
        assertEquals("This text can be at most " + numbers.format(most) + " characters; it is "
                + numbers.format(length) + ".", refused.getMessage());
    }

    /** The step is refused as out of order, and neither the introduction nor a timeline changed. */
    private IllegalStateException assertStepRefused(long id, Executable step) {
        Introduction before = planner.find(id);
        List<Interaction> timelineA = timeline(ana);
        List<Interaction> timelineB = timeline(ben);
        IllegalStateException refused = assertThrows(IllegalStateException.class, step);
        assertEquals(IllegalStateException.class, refused.getClass());
        assertEquals(before, planner.find(id));
        assertEquals(timelineA, timeline(ana));
        assertEquals(timelineB, timeline(ben));
        return refused;
    }

    /**
     * Takes the step, undoes it (the introduction and both timelines as before), then takes it again so the next
     * step can follow.
     */
    private void assertUndone(long id, Supplier<IntroductionStep> step) {
        Introduction before = planner.find(id);
        List<Interaction> timelineA = timeline(ana);
        List<Interaction> timelineB = timeline(ben);

        IntroductionStep taken = step.get();
        assertEquals(before, taken.before());
        assertNotEquals(before, planner.find(id));
        assertEquals(timelineA.size() + 1, timeline(ana).size());

        planner.undo(taken);

        assertEquals(before, planner.find(id));
        assertEquals(timelineA, timeline(ana));
        assertEquals(timelineB, timeline(ben));

        IntroductionStep retaken = step.get();
        assertEquals(taken.after(), retaken.after());
    }

    /** Plans and walks the pair up to INTRODUCED. */
    private Walk introduced(Contact a, Contact b) {
        long id = planner.plan(a.id(), b.id(), "a", "b", "", true).after().id();
        planner.ask(id, Side.A);
        planner.ask(id, Side.B);
        planner.answer(id, Side.A, true);
        planner.answer(id, Side.B, true);
        planner.introduce(id);
        return new Walk(id, a, b);
    }

    private interface Stepper {
        IntroductionStep take(long id);
    }

    private final class Walk {
        private final long id;
        private final Contact a;
        private final Contact b;

        Walk(long id, Contact a, Contact b) {
            this.id = id;
            this.a = a;
            this.b = b;
        }

        /** Takes the last step and returns its timeline summary, checked to be the newest on both timelines. */
        String andThen(Stepper stepper) {
            IntroductionStep step = stepper.take(id);
            assertEquals(IntroductionStatus.CLOSED, planner.find(id).status());
            assertEquals(step.logged(), timeline(a).get(0));
            assertEquals(step.logged(), timeline(b).get(0));
            return step.logged().summary();
        }
    }
}
