package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging two contacts on the Contacts screen, as a user would: pick two, choose, confirm; or accept a suggestion. */
class MergeScreenTest extends ScreenTest {

    private long anaSilva;
    private long anaS;

    @Override
    protected void seed(ContactBook book) {
        Contact silva = book.save(new Contact(0, "Ana Silva", "Silva Design", "Designer", List.of("ana@x.com"),
                List.of("+351 912 000 111"), "", "", "Lisbon meetup", "", LocalDate.of(2025, 3, 1), null, "", "",
                List.of("design"), "Prefers mornings.", RelationshipStage.LIKE, null, false, null, null));
        Contact s = book.save(new Contact(0, "Ana S.", "", "Illustrator", List.of("ANA@x.com", "ana.s@studio.pt"),
                List.of(), "", "Porto", "", "", LocalDate.of(2024, 6, 9), null, "", "", List.of("illustration"),
                "Draws the best maps.", RelationshipStage.JUST_MET, null, false, null, null));
        anaSilva = silva.id();
        anaS = s.id();
        book.save(Contact.named("Ben Whitaker").withOrganisation("Leeds Chamber", "Events manager"));
        book.noteImpression(anaSilva, ImpressionKind.LIKE, "Sharp eye for type", false);
        book.noteImpression(anaS, ImpressionKind.LIKE, "Funny and kind", false);
        book.logInteraction(Interaction.draft(InteractionKind.CALL, LocalDate.of(2026, 11, 2), "Talked maps",
                null, List.of(anaS)));
    }

    private List<String> listedNames() {
        ListView<ContactSummary> list = lookup("#contactList").queryListView();
        return list.getItems().stream().map(ContactSummary::name).toList();
    }

    private Node cellFor(String name) {
        return lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary contact && contact.name().equals(name)).query();
    }

    /** Clicks one contact, then Ctrl+clicks another: two picked. */
    private void pickTwo(String first, String second) throws Exception {
        selectContact(first);
        press(KeyCode.CONTROL);
        clickOn(cellFor(second));
        release(KeyCode.CONTROL);
        settle();
    }

    private String notification() {
        return ((Label) lookup(".notification-message").query()).getText();
    }

    @Test
    void picksTwoAndMergesWithAFieldChoiceThenUndoes() throws Exception {
        assertTrue(lookup("#mergeButton").queryButton().isDisabled(), "Merge waits for two contacts");
        pickTwo("Ana S.", "Ana Silva");
        assertFalse(lookup("#mergeButton").queryButton().isDisabled());

        shortcut(KeyCode.M);
        settle();
        // Ana Silva was entered first, so she is kept unless the user says otherwise
        clickOn("#mergeKeepSecond");
        assertTrue(textOf("#mergeMoves").endsWith("move to Ana S."), textOf("#mergeMoves"));
        assertFalse(textOf("#mergeMoves").endsWith(".."), "one full stop after a name that ends with one");
        clickOn("#mergeKeepFirst");
        assertTrue(textOf("#mergeMoves").contains("1 impression, 1 timeline entry"), textOf("#mergeMoves"));
        assertTrue(textOf("#mergeMoves").endsWith("move to Ana Silva."), textOf("#mergeMoves"));
        assertTrue(textOf("#mergeRemoved").startsWith("Ana S. is then removed"), textOf("#mergeRemoved"));
        clickOn("#merge-ROLE-other");
        answerDialog("Merge");

        assertEquals(List.of("Ana Silva", "Ben Whitaker"), listedNames());
        assertEquals("Merged Ana S. into Ana Silva.", notification());
        Contact merged = book.contact(anaSilva);
        assertEquals("Illustrator", merged.role(), "the role chosen from the other");
        assertEquals("Silva Design", merged.organisation(), "the kept value where not chosen otherwise");
        assertEquals("Porto", merged.city(), "the other's value where the kept one had none");
        assertEquals(List.of("ana@x.com", "ana.s@studio.pt"), merged.emails());
        assertEquals(LocalDate.of(2024, 6, 9), merged.metOn());
        assertTrue(merged.notes().contains("Draws the best maps."));
        assertTrue(merged.notes().contains("Role: Designer"), "the value not chosen is kept in the notes");
        assertEquals(2, book.detail(anaSilva).impressions().size());
        assertEquals(1, book.detail(anaSilva).timeline().size());
        assertTrue(database.contacts().find(anaS).isEmpty());

        clickOn(".notification-undo");
        settle();

        assertEquals(List.of("Ana S.", "Ana Silva", "Ben Whitaker"), listedNames());
        assertEquals("Designer", book.contact(anaSilva).role());
        assertEquals("Illustrator", book.contact(anaS).role());
        assertEquals(1, book.detail(anaS).timeline().size());
        assertEquals(1, book.detail(anaSilva).impressions().size());
    }

    @Test
    void acceptsAPossibleDuplicate() throws Exception {
        clickOn("#duplicatesButton");
        settle();
        Node pair = lookup("#duplicateList .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() != null).query();
        assertTrue(from(pair).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Same email ana@x.com")));
        clickOn(pair);
        answerDialog("Merge…");
        // the kept one is the first of the pair (the one entered first), its values preselected
        assertTrue(textOf("#mergeMoves").endsWith("move to Ana Silva."), textOf("#mergeMoves"));
        answerDialog("Merge");

        assertEquals(List.of("Ana Silva", "Ben Whitaker"), listedNames());
        Contact merged = book.contact(anaSilva);
        assertEquals("Designer", merged.role());
        assertEquals(RelationshipStage.LIKE, merged.stage());
        assertEquals(List.of("design", "illustration"), merged.tags());
        assertTrue(database.contacts().find(anaS).isEmpty());
    }

    @Test
    void shiftDownPicksTwoAndTheListMenuMerges() throws Exception {
        selectContact("Ana S.");
        press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        settle();
        assertEquals(2, lookup("#contactList").queryListView().getSelectionModel().getSelectedItems().size());

        // the list's menu (Monocle's robot does not open context menus, so its item is fired as the menu would)
        javafx.scene.control.MenuItem item = lookup("#contactList").queryListView().getContextMenu().getItems().get(0);
        assertEquals("Merge the two picked…", item.getText());
        assertFalse(item.isDisable(), "offered with two picked");
        interact(item::fire);
        settle();
        assertTrue(isShown(".merge-dialog"));
        assertEquals("Ana Silva (Silva Design)", lookup("#mergeKeepFirst").queryAs(javafx.scene.control.RadioButton.class)
                .getText(), "the one entered first is offered as the one kept");
        answerDialog("Merge");

        assertEquals(List.of("Ana Silva", "Ben Whitaker"), listedNames());
        assertEquals("Designer", book.contact(anaSilva).role());
    }

    @Test
    void cancelChangesNothing() throws Exception {
        pickTwo("Ana S.", "Ana Silva");
        clickOn("#mergeButton");
        settle();
        clickOn("#merge-ROLE-other");
        answerDialog("Cancel");

        assertEquals(List.of("Ana S.", "Ana Silva", "Ben Whitaker"), listedNames());
        assertEquals("Designer", book.contact(anaSilva).role());
        assertEquals("Illustrator", book.contact(anaS).role());
        assertEquals(1, book.detail(anaS).impressions().size());
    }
}
