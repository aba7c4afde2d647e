package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Impressions and the timeline in detail: confidential text, removal with undo, drafts, shared events. */
class ImpressionsTest extends ScreenTest {

    private long anaId;
    private long benId;

    @Override
    protected void seed(ContactBook book) {
        anaId = book.save(Contact.named("Ana Sousa")).id();
        benId = book.save(Contact.named("Ben Whitaker")).id();
        book.noteImpression(anaId, ImpressionKind.LIKE, "Told me in confidence she is selling the firm", true);
        book.noteImpression(anaId, ImpressionKind.DEAL_BREAKER, "Gossips about clients", false);
        book.logInteraction(Interaction.draft(InteractionKind.MEETING, LocalDate.of(2026, 11, 3), "Lunch, the three of us",
                null, List.of(anaId, benId)));
    }



    private boolean textOnScreen(String text) {
        return lookup(".impression-text").match(node -> node.isVisible() && text.equals(((Label) node).getText()))
                .tryQuery().isPresent();
    }

    @Test
    void confidentialImpressionsStayHiddenUntilRevealed() throws Exception {
        selectContact("Ana Sousa");
        openTab("Impressions");
        assertFalse(textOnScreen("Told me in confidence she is selling the firm"));
        assertTrue(textOnScreen("Confidential — hidden"));
        clickOn("Reveal");
        assertTrue(textOnScreen("Told me in confidence she is selling the firm"));
    }

    @Test
    void aRemovedImpressionComesBackWithUndo() throws Exception {
        selectContact("Ana Sousa");
        openTab("Impressions");
        Node dealBreakerRow = lookup(".impression-deal-breaker").query();
        clickOn(from(dealBreakerRow).lookup(".remove-button").queryButton());
        settle();
        assertEquals(List.of(ImpressionKind.LIKE),
                book.detail(anaId).impressions().stream().map(Impression::kind).toList());
        shortcut(KeyCode.Z);
        settle();
        Impression back = book.detail(anaId).impressions().stream()
                .filter(i -> i.kind() == ImpressionKind.DEAL_BREAKER).findFirst().orElseThrow();
        assertEquals("Gossips about clients", back.text());
        assertEquals(DealBreakerDecision.OPEN, back.decision());
    }

    @Test
    void toleratingCanBeUndone() throws Exception {
        selectContact("Ana Sousa");
        openTab("Impressions");
        clickOn("I can tolerate this");
        settle();
        clickOn(".notification-undo");
        settle();
        assertTrue(book.detail(anaId).hasUnresolvedDealBreaker());
        assertTrue(isShown("#dealBreakerBadge"));
    }

    @Test
    void aPrefixChangesTheKindForThatEntryOnly() throws Exception {
        selectContact("Ben Whitaker");
        openTab("Impressions");
        clickOn("#impressionField").write("! Rude to waiters");
        assertTrue(lookup("#dealBreakerToggle").queryAs(ToggleButton.class).isSelected());
        type(KeyCode.ENTER);
        settle();
        write("Great listener");
        type(KeyCode.ENTER);
        settle();
        assertEquals(List.of(ImpressionKind.DEAL_BREAKER, ImpressionKind.LIKE),
                book.detail(benId).impressions().stream().map(Impression::kind).toList());
    }

    @Test
    void textTypedButNotAddedIsKeptPerContact() throws Exception {
        selectContact("Ana Sousa");
        openTab("Impressions");
        clickOn("#impressionField").write("- Interrupts");
        selectContact("Ben Whitaker");
        assertEquals("", lookup("#impressionField").queryAs(TextField.class).getText(), "not added to Ben");
        selectContact("Ana Sousa");
        assertEquals("- Interrupts", lookup("#impressionField").queryAs(TextField.class).getText());
        assertEquals(2, book.detail(anaId).impressions().size(), "nothing was added behind the user's back");
    }

    @Test
    void removingASharedEventLeavesItOnTheOtherTimelineAndUndoBringsItBack() throws Exception {
        selectContact("Ana Sousa");
        openTab("Timeline");
        ListView<?> timeline = lookup("#timelineList").queryListView();
        clickOn(lookup("#timelineList .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                .queryAs(ListCell.class));
        type(KeyCode.DELETE);
        settle();
        assertTrue(book.detail(anaId).timeline().isEmpty());
        assertEquals(1, book.detail(benId).timeline().size());
        assertTrue(timeline.getItems().isEmpty());

        clickOn(".notification-undo");
        settle();
        assertEquals(1, book.detail(anaId).timeline().size());
        assertEquals(1, timeline.getItems().size());
    }
}
