package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list holds one page of contacts, not the whole network, and fetches the next page as the user scrolls. */
class ContactListPagingTest extends ScreenTest {

    private static final int PEOPLE = 250;

    @Override
    protected void seed(ContactBook book) {
        database.transaction(c -> {
            for (int i = 0; i < PEOPLE; i++) {
                book.save(Contact.named(String.format("Person %03d", i)));
            }
            return null;
        });
    }

    @Test
    void loadsAPageAtATimeAsTheUserScrolls() throws Exception {
        ListView<ContactSummary> list = lookup("#contactList").queryListView();
        assertEquals("250 contacts", textOf("#countLabel"));
        assertEquals(ContactsController.PAGE_SIZE, list.getItems().size(), "only the first page is in memory");
        assertEquals("Person 000", list.getItems().get(0).name());

        interact(() -> list.scrollTo(ContactsController.PAGE_SIZE - 1));
        settle();
        assertEquals(2 * ContactsController.PAGE_SIZE, list.getItems().size());
        assertEquals("Person 100", list.getItems().get(ContactsController.PAGE_SIZE).name());

        interact(() -> list.scrollTo(list.getItems().size() - 1));
        settle();
        assertEquals(PEOPLE, list.getItems().size());
        assertEquals("Person 249", list.getItems().get(PEOPLE - 1).name());
    }
}
