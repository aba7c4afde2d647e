package app.rapport.ui.board;

import app.rapport.model.BoardCard;
import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A big network on the board: every relationship is listed, but only the cards in view are made into nodes. */
class BoardScaleTest extends ScreenTest {

    private static final int CONTACTS = 3000;

    @Override
    protected void seed(ContactBook book) {
        RelationshipStage[] stages = RelationshipStage.values();
        database.transaction(c -> {
            for (int i = 0; i < CONTACTS; i++) {
                book.save(Contact.named(String.format("Person %04d", i)).withStage(stages[i % 5]));
            }
            return null;
        });
    }

    @Test
    void columnsAreVirtualised() throws Exception {
        clickOn("Board");
        settle();
        ListView<BoardCard> justMet = lookup(".column-just_met").queryListView();
        assertEquals(CONTACTS / 5, justMet.getItems().size());
        int cards = lookup(".board-card").queryAll().size();
        assertTrue(cards > 5 && cards < 100, "cards made into nodes: " + cards);

        interact(() -> justMet.scrollTo(CONTACTS / 5 - 1)); // the end of a long column is reachable
        settle();
        assertTrue(lookup(".board-column-list .list-cell").match(node -> node instanceof BoardCardCell cell
                && cell.getItem() != null && cell.getItem().name().equals("Person 2995")).tryQuery().isPresent());
        assertTrue(lookup(".board-card").queryAll().size() < 100);
    }
}
