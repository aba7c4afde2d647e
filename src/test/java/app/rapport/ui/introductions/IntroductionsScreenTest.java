package app.rapport.ui.introductions;

import app.rapport.model.Contact;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionPlanner;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Introductions screen: plan one behind its guardrails, take it through every step, use its messages. */
class IntroductionsScreenTest extends ScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private long anaId;
    private long benId;
    private final List<String> linksOpened = new ArrayList<>();

    @Override
    protected void seed(ContactBook book) {
        anaId = book.save(person("Ana Sousa", "Sousa Bookkeeping", "Bookkeeper", "ana@sousa.example",
                RelationshipStage.TRUST, "", "bookkeeping for small firms")).id();
        benId = book.save(person("Ben Whitaker", "Whitaker Studio", "Designer", "ben@whitaker.example",
                RelationshipStage.PARTNER, "a bookkeeper", "brand design")).id();
        book.save(person("Cleo Hart", "Hart Legal", "Solicitor", "", RelationshipStage.LIKE, "", "contracts"));
        long dan = book.save(person("Dan Patel", "Rankwell", "", "", RelationshipStage.TRUST, "", "")).id();
        book.noteImpression(dan, ImpressionKind.DEAL_BREAKER, "Late with every invoice", false);
    }

    private static Contact person(String name, String organisation, String role, String email,
                                  RelationshipStage stage, String needs, String offers) {
        return new Contact(0, name, organisation, role, email.isEmpty() ? List.of() : List.of(email), List.of(),
                "", "", "", "", null, null, needs, offers, List.of(), "", stage, null, false, null, null);
    }

    private void openIntroductions() throws Exception {
        interact(() -> window.context().navigator().onOpenLink(linksOpened::add));
        clickOn("Introductions");
        settle();
    }

    private void pick(String fieldId, String typed) throws Exception {
        clickOn(fieldId).write(typed);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                        .tryQuery().isPresent());
        clickOn(lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                .queryAs(ListCell.class));
        settle();
    }

    private void write(String areaId, String text) {
        TextArea area = lookup(areaId).query();
        clickOn(area).write(text);
    }

    private Introduction stored() {
        List<Introduction> all = database.introductions().all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    private void step(String buttonId) throws Exception {
        clickOn(buttonId);
        settle();
    }

    private void selectFirstRow() {
        Node row = lookup(".pipeline-table .table-row-cell").match(node ->
                ((javafx.scene.control.TableRow<?>) node).getItem() != null).query();
        clickOn(row);
    }

    private List<String> timeline(long contactId) {
        return book.detail(contactId).timeline().stream()
                .filter(i -> i.kind() == InteractionKind.INTRODUCTION).map(Interaction::summary).toList();
    }

    @Test
    void anIntroductionIsPlannedAndTakenThroughEveryStep() throws Exception {
        openIntroductions();
        assertTrue(isShown("#noSelectionLabel"));
        clickOn("#newButton");
        settle();
        pick("#introductionA", "Ana");
        pick("#introductionB", "Ben");
        assertTrue(lookup("#acceptWarnings").tryQuery().map(node -> !node.isVisible()).orElse(true),
                "both are trusted: nothing to accept");
        Node plan = lookup(".dialog-pane .button").match(node -> "Plan introduction".equals(
                ((javafx.scene.control.Button) node).getText())).query();
        assertTrue(plan.isDisabled(), "both reasons are required");
        write("#introductionWhyA", "Ben needs a bookkeeper and pays on time");
        assertTrue(plan.isDisabled(), "both reasons are required");
        write("#introductionWhyB", "Ana keeps his books straight before the tax deadline");
        answerDialog("Plan introduction");

        Introduction planned = stored();
        assertEquals(anaId, planned.contactA());
        assertEquals(benId, planned.contactB());
        assertEquals(IntroductionStatus.IDEA, planned.status());
        assertEquals("Ana Sousa ↔ Ben Whitaker", textOf("#pairHeading"));

        step("#step-ask-a");
        assertEquals(OptIn.ASKED, stored().sideA());
        assertEquals(TODAY, stored().askedA());
        assertEquals(TODAY.plusDays(3), stored().followUpOn(), "a follow-up is proposed");
        step("#step-ask-b");
        step("#step-agreed-a");
        assertEquals(OptIn.AGREED, stored().sideA());
        assertTrue(lookup("#step-introduce").query().isDisabled(), "wait for both");
        step("#step-agreed-b");
        assertEquals(TODAY, stored().followUpOn(), "both agreed: introduce them now");
        step("#step-introduce");
        assertEquals(IntroductionStatus.INTRODUCED, stored().status());
        assertEquals(TODAY.plusDays(14), stored().followUpOn());
        step("#step-outcome-working_together");
        Introduction done = stored();
        assertEquals(IntroductionOutcome.WORKING_TOGETHER, done.outcome());
        assertEquals(TODAY, done.outcomeOn());
        assertNull(done.followUpOn());
        assertEquals("Working together", textOf("#statusChip"));

        List<String> expected = List.of(
                "Introduction: Ana Sousa and Ben Whitaker are working together",
                "Introduced Ana Sousa and Ben Whitaker",
                "Ben Whitaker agreed to meet Ana Sousa",
                "Ana Sousa agreed to meet Ben Whitaker",
                "Asked Ben Whitaker about meeting Ana Sousa",
                "Asked Ana Sousa about meeting Ben Whitaker",
                "Planned an introduction: Ana Sousa and Ben Whitaker");
        assertEquals(expected.stream().sorted().toList(), timeline(anaId).stream().sorted().toList());
        assertEquals(timeline(anaId).stream().sorted().toList(), timeline(benId).stream().sorted().toList(),
                "every step is on both timelines");

        // each contact's detail lists their introductions
        clickOn("Contacts");
        settle();
        selectContact("Ben Whitaker");
        assertEquals("With Ana Sousa: Working together (planned " + app.rapport.ui.Texts.load().date(TODAY) + ")",
                lookup(".introduction-line").queryLabeled().getText());
    }

    @Test
    void aStepCanBeUndone() throws Exception {
        new IntroductionPlanner(database, CLOCK).plan(anaId, benId, "a", "b", "", false);
        openIntroductions();
        selectFirstRow();
        settle();
        step("#step-ask-a");
        assertEquals(OptIn.ASKED, stored().sideA());
        clickOn(".notification-undo");
        settle();
        assertEquals(OptIn.NOT_ASKED, stored().sideA());
        assertEquals(1, timeline(anaId).size(), "the ask left the timeline again");
    }

    @Test
    void guardrailsShowBeforeSaving() throws Exception {
        openIntroductions();
        clickOn("#newButton");
        settle();
        pick("#introductionA", "Ana");
        pick("#introductionB", "Cleo");
        assertTrue(lookup(".guardrail-warning").queryLabeled().getText()
                .startsWith("You are vouching for someone you don't yet trust: Cleo Hart"));
        write("#introductionWhyA", "contracts");
        write("#introductionWhyB", "bookkeeping");
        Node plan = lookup(".dialog-pane .button").match(node -> "Plan introduction".equals(
                ((javafx.scene.control.Button) node).getText())).query();
        assertTrue(plan.isDisabled(), "a warning must be accepted");
        clickOn("#acceptWarnings");
        assertFalse(plan.isDisabled());

        TextField b = lookup("#introductionB").query();
        interact(b::clear);
        pick("#introductionB", "Dan");
        assertEquals("Dan Patel has a deal-breaker you have not decided about yet: decide it first.",
                lookup(".guardrail-block").queryLabeled().getText());
        assertTrue(plan.isDisabled(), "a deal-breaker stops the plan");
        assertFalse(lookup("#acceptWarnings").query().isVisible());
        answerDialog("Cancel");
        assertTrue(database.introductions().all().isEmpty());
    }

    @Test
    void messagesAreReadyToSend() throws Exception {
        new IntroductionPlanner(database, CLOCK).plan(anaId, benId, "Ben needs a bookkeeper",
                "Ana knows the tax rules", "", false);
        openIntroductions();
        selectFirstRow();
        settle();
        assertEquals("Would you like to meet Ben?", lookup("#messageSubject").queryTextInputControl().getText());
        String body = lookup("#messageText").queryTextInputControl().getText();
        assertTrue(body.startsWith("Hi Ana,"), body);
        assertTrue(body.contains("Ben Whitaker, Designer at Whitaker Studio"), body);
        assertTrue(body.contains("Ben needs a bookkeeper."), body);
        assertEquals("To: ana@sousa.example", textOf("#messageTo"));
        clickOn("#mailButton");
        assertEquals(1, linksOpened.size());
        assertTrue(linksOpened.get(0).startsWith("mailto:ana@sousa.example?subject=Would%20you%20like%20to%20meet%20Ben%3F&body=Hi%20Ana%2C"),
                linksOpened.get(0));
    }

    @Test
    void acceptingASuggestionOpensTheFormFilledIn() throws Exception {
        openIntroductions();
        clickOn("Who should meet whom");
        settle();
        Node first = lookup(".suggestion-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() != null).query();
        String reasons = from(first).lookup(".suggestion-reasons").queryLabeled().getText();
        assertTrue(reasons.contains("needs") && reasons.contains("offers"), reasons);
        clickOn(from(first).lookup(".button").queryButton());
        settle();
        TextField a = lookup("#introductionA").query();
        TextField b = lookup("#introductionB").query();
        assertEquals(List.of("Ana Sousa", "Ben Whitaker"), List.of(a.getText(), b.getText()).stream().sorted().toList());
        TextArea whyBen = lookup(a.getText().equals("Ben Whitaker") ? "#introductionWhyA" : "#introductionWhyB").query();
        assertTrue(whyBen.getText().startsWith("Ben Whitaker needs"), whyBen.getText());
        TextArea whyAna = lookup(a.getText().equals("Ana Sousa") ? "#introductionWhyA" : "#introductionWhyB").query();
        clickOn(whyAna).write("a client who pays on time");
        answerDialog("Plan introduction");
        Introduction planned = stored();
        assertTrue(planned.involves(anaId) && planned.involves(benId));
        assertTrue(lookup(".suggestion-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof app.rapport.model.Suggestion suggestion
                && suggestion.nameA().contains("Ana") && suggestion.nameB().contains("Ben")
                || node instanceof ListCell<?> c && c.getItem() instanceof app.rapport.model.Suggestion s2
                && s2.nameA().contains("Ben") && s2.nameB().contains("Ana")).tryQuery().isEmpty(),
                "an introduced pair is no longer suggested");
    }
}
