package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.StayInTouchCadence;
import app.rapport.service.RelationshipBoard;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import app.rapport.ui.shell.ShellController;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Board screen over the real window: cards, moves by drag and drop and by keyboard, guards, filters. */
class BoardScreenTest extends ScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private long anaId;
    private long benId;
    private long cleoId;
    private long danId;

    @Override
    protected void seed(ContactBook book) {
        anaId = book.save(contact("Ana Sousa", "Sousa Bookkeeping", RelationshipStage.PARTNER)).id();
        benId = book.save(contact("Ben Whitaker", "Leeds Chamber", RelationshipStage.JUST_MET)).id();
        cleoId = book.save(contact("Cleo Hart", "Hart Legal", RelationshipStage.LIKE)).id();
        danId = book.save(contact("Dan Patel", "Rankwell", RelationshipStage.GETTING_TO_KNOW)).id();
        log(anaId, TODAY.minusDays(90));                     // a partner not seen for 90 days: overdue
        log(benId, TODAY.minusDays(4));                      // met twice this week: warm
        log(benId, TODAY.minusDays(1));
        log(cleoId, TODAY.minusDays(3));
        log(danId, TODAY.minusDays(2));
        book.noteImpression(cleoId, ImpressionKind.DEAL_BREAKER, "Talks down to junior staff", false);
    }

    private static Contact contact(String name, String organisation, RelationshipStage stage) {
        return new Contact(0, name, organisation, "", List.of(), List.of(), "", "", "", "",
                TODAY.minusYears(1), null, "", "", List.of("Leeds"), "", stage, null, false, null, null);
    }

    private void log(long contactId, LocalDate on) {
        book.logInteraction(Interaction.draft(InteractionKind.MEETING, on, "Coffee", null, List.of(contactId)));
    }

    private void openBoard() throws Exception {
        clickOn("Board");
        settle();
    }

    private ListView<BoardCard> column(RelationshipStage stage) {
        return lookup(".column-" + stage.name().toLowerCase(java.util.Locale.ROOT)).queryListView();
    }

    private List<String> namesIn(RelationshipStage stage) {
        return column(stage).getItems().stream().map(BoardCard::name).toList();
    }

    private Node card(String name) {
        return lookup(".board-column-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof BoardCard card && card.name().equals(name)).query();
    }

    private StageChange lastChange(long contactId) {
        List<StageChange> history = book.detail(contactId).stageHistory();
        return history.get(history.size() - 1);
    }

    private void typeReason(String reason) throws Exception {
        TextField field = lookup("#moveReason").query();
        clickOn(field).write(reason);
    }

    @Test
    void cardsSitInTheirStageWithDaysWarmthAndMarks() throws Exception {
        openBoard();
        assertEquals(List.of("Ben Whitaker"), namesIn(RelationshipStage.JUST_MET));
        assertEquals(List.of("Dan Patel"), namesIn(RelationshipStage.GETTING_TO_KNOW));
        assertEquals(List.of("Cleo Hart"), namesIn(RelationshipStage.LIKE));
        assertEquals(List.of("Ana Sousa"), namesIn(RelationshipStage.PARTNER));

        Node ana = card("Ana Sousa");
        assertEquals("90 days ago", from(ana).lookup(".card-last-contact").queryLabeled().getText());
        assertEquals("Overdue", from(ana).lookup(".rhythm-overdue").queryLabeled().getText());
        assertEquals("Cool", from(ana).lookup(".warmth-label").queryLabeled().getText());
        Node ben = card("Ben Whitaker");
        assertEquals("Yesterday", from(ben).lookup(".card-last-contact").queryLabeled().getText());
        assertEquals("Warm", from(ben).lookup(".warmth-label").queryLabeled().getText());
        assertFalse(from(ben).lookup(".badge-deal-breaker").query().isVisible());
        assertTrue(from(card("Cleo Hart")).lookup(".badge-deal-breaker").query().isVisible());
        assertEquals("4 relationships · 2 need attention", textOf("#countLabel"));
    }

    @Test
    void draggingACardMovesItAndKeepsTheReasonInTheHistory() throws Exception {
        openBoard();
        drag(card("Ben Whitaker"), MouseButton.PRIMARY).dropTo(column(RelationshipStage.GETTING_TO_KNOW));
        settle();
        assertEquals("Move Ben Whitaker from Just met to Getting to know", lookup(".dialog-pane .header-panel .label")
                .queryLabeled().getText());
        typeReason("helped me with the tender");
        answerDialog("Move");

        assertEquals(RelationshipStage.GETTING_TO_KNOW, book.detail(benId).contact().stage());
        StageChange change = lastChange(benId);
        assertEquals(RelationshipStage.JUST_MET, change.from());
        assertEquals(TODAY, change.changedOn());
        assertEquals("helped me with the tender", change.reason());
        assertEquals(List.of("Ben Whitaker", "Dan Patel"), namesIn(RelationshipStage.GETTING_TO_KNOW));
        assertTrue(namesIn(RelationshipStage.JUST_MET).isEmpty());

        // the contact's detail shows the move with its reason
        clickOn(card("Ben Whitaker"));
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertEquals("Ben Whitaker", textOf("#nameHeading"));
        assertTrue(lookup(".history-line").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(line -> line.getText().equals("Just met → Getting to know, "
                        + texts().date(TODAY) + ": helped me with the tender")));
    }

    @Test
    void aMoveCanBeCancelledOrUndone() throws Exception {
        openBoard();
        drag(card("Dan Patel"), MouseButton.PRIMARY).dropTo(column(RelationshipStage.LIKE));
        settle();
        answerDialog("Cancel");
        assertEquals(RelationshipStage.GETTING_TO_KNOW, book.detail(danId).contact().stage());

        drag(card("Dan Patel"), MouseButton.PRIMARY).dropTo(column(RelationshipStage.LIKE));
        settle();
        answerDialog("Move");
        assertEquals(RelationshipStage.LIKE, book.detail(danId).contact().stage());
        int historySize = book.detail(danId).stageHistory().size();
        clickOn(".notification-undo");
        settle();
        assertEquals(RelationshipStage.GETTING_TO_KNOW, book.detail(danId).contact().stage());
        assertEquals(historySize - 1, book.detail(danId).stageHistory().size());
        assertEquals(List.of("Dan Patel"), namesIn(RelationshipStage.GETTING_TO_KNOW));
    }

    @Test
    void ctrlArrowsMoveTheSelectedCard() throws Exception {
        openBoard();
        ListView<BoardCard> justMet = column(RelationshipStage.JUST_MET);
        interact(() -> {
            justMet.requestFocus();
            justMet.getSelectionModel().select(0);
        });
        shortcut(KeyCode.RIGHT);
        settle();
        answerDialog("Move");
        assertEquals(RelationshipStage.GETTING_TO_KNOW, book.detail(benId).contact().stage());
        // the card stays selected in its new column, so the next Ctrl+Right moves it on
        assertTrue(column(RelationshipStage.GETTING_TO_KNOW).isFocused());
        shortcut(KeyCode.RIGHT);
        settle();
        typeReason("we get on");
        answerDialog("Move");
        assertEquals(RelationshipStage.LIKE, book.detail(benId).contact().stage());
        assertEquals("we get on", lastChange(benId).reason());
        shortcut(KeyCode.LEFT);
        settle();
        answerDialog("Move");
        assertEquals(RelationshipStage.GETTING_TO_KNOW, book.detail(benId).contact().stage());
        assertEquals(RelationshipStage.LIKE, lastChange(benId).from());
    }

    @Test
    void trustWaitsForTheDealBreakerToBeDecided() throws Exception {
        openBoard();
        drag(card("Cleo Hart"), MouseButton.PRIMARY).dropTo(column(RelationshipStage.TRUST));
        settle();
        assertTrue(lookup(".deal-breaker-line").queryLabeled().getText().contains("Talks down to junior staff"));
        answerDialog("Tolerate and move");
        assertEquals(RelationshipStage.TRUST, book.detail(cleoId).contact().stage());
        Impression dealBreaker = book.detail(cleoId).impressions().get(0);
        assertEquals(DealBreakerDecision.TOLERATE, dealBreaker.decision());
        assertFalse(from(card("Cleo Hart")).lookup(".badge-deal-breaker").query().isVisible());
    }

    @Test
    void walkingAwayInsteadParksTheRelationship() throws Exception {
        openBoard();
        ListView<BoardCard> like = column(RelationshipStage.LIKE);
        interact(() -> {
            like.requestFocus();
            like.getSelectionModel().select(0);
        });
        shortcut(KeyCode.RIGHT);
        settle();
        answerDialog("Walk away");
        assertEquals(RelationshipStage.PARKED, book.detail(cleoId).contact().stage());
        assertEquals(List.of("Cleo Hart"), namesIn(RelationshipStage.PARKED));
        assertTrue(lookup(".parked-lane").queryAs(javafx.scene.control.TitledPane.class).getText()
                .startsWith("Parked (1)"));
    }

    @Test
    void filtersNarrowTheBoard() throws Exception {
        openBoard();
        clickOn(".attention-toggle");
        settle();
        assertEquals(List.of("Ana Sousa"), namesIn(RelationshipStage.PARTNER));
        assertEquals(List.of("Cleo Hart"), namesIn(RelationshipStage.LIKE));
        assertTrue(namesIn(RelationshipStage.JUST_MET).isEmpty());
        assertEquals("No one here for these filters.", lookup(".column-just_met .column-empty").queryLabeled().getText(),
                "an empty column says it is the filter, not the network");
        clickOn(".attention-toggle");
        shortcut(KeyCode.F); // on the board, Ctrl+F goes to the board's own filter
        write("bookkeeping");
        settle();
        assertEquals(List.of("Ana Sousa"), namesIn(RelationshipStage.PARTNER));
        assertTrue(namesIn(RelationshipStage.LIKE).isEmpty());
        assertEquals("1 relationship · 1 needs attention", textOf("#countLabel"));
    }

    @Test
    void aDueReminderCanBeSnoozed() throws Exception {
        openBoard();
        ListView<BoardCard> partners = column(RelationshipStage.PARTNER);
        interact(() -> {
            partners.requestFocus();
            partners.getSelectionModel().select(0);
        });
        press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT); // the keyboard's context menu
        settle();
        clickOn("Snooze reminder…");
        settle();
        answerDialog("Snooze");
        Node ana = card("Ana Sousa");
        assertEquals("Snoozed to " + texts().date(TODAY.plusDays(7)),
                from(ana).lookup(".rhythm-snoozed").queryLabeled().getText());
        BoardCard stored = new RelationshipBoard(database, CLOCK).cards(ContactQuery.all(),
                StayInTouchCadence.defaults()).stream().filter(c -> c.contactId() == anaId).findFirst().orElseThrow();
        assertEquals(TODAY.plusDays(7), stored.snoozedUntil());
    }

    @Test
    void theStayInTouchRhythmCanBeChanged() throws Exception {
        openBoard();
        assertTrue(from(card("Dan Patel")).lookup(".rhythm-due").tryQuery().isEmpty());
        clickOn("Stay-in-touch rhythm…");
        settle();
        javafx.scene.control.Spinner<?> days = lookup("#rhythm-GETTING_TO_KNOW").query();
        doubleClickOn(days.getEditor()).write("2");
        answerDialog("Save");
        assertEquals("Due", from(card("Dan Patel")).lookup(".rhythm-due").queryLabeled().getText());
        assertEquals(2, preferences().load().stayInTouch().daysFor(RelationshipStage.GETTING_TO_KNOW));

        // an empty rhythm on the contact's profile says it follows the stage's
        clickOn(card("Dan Patel"));
        settle();
        assertEquals("every 2 days (Getting to know)",
                lookup("#stayInTouchField").queryTextInputControl().getPromptText());
    }

    @Test
    void anEmptyBoardSaysWhatToDo() throws Exception {
        for (long id : List.of(anaId, benId, cleoId, danId)) {
            book.archive(id);
        }
        openBoard();
        assertTrue(isShown("#emptyBoardLabel"));
        assertEquals("No relationships yet — add a contact with Ctrl+N and they appear here as Just met.",
                textOf("#emptyBoardLabel"));
        assertNotNull(lookup("#emptyBoardButton").query());
    }

    private app.rapport.ui.Texts texts() {
        return app.rapport.ui.Texts.load();
    }
}
