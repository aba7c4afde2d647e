package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.ImpressionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile form: edits are kept until the user decides, and what is saved is what they typed. */
class ContactFormTest extends ScreenTest {

    private long anaId;
    private long benId;

    @Override
    protected void seed(ContactBook book) {
        benId = book.save(Contact.named("Ben Whitaker").withOrganisation("Leeds Chamber", "Events manager")).id();
        Contact ana = Contact.named("Ana Sousa").withOrganisation("Sousa Bookkeeping", "Bookkeeper");
        anaId = book.save(new Contact(0, ana.name(), ana.organisation(), ana.role(), List.of(), List.of(), "", "", "",
                "", null, benId, "", "", List.of(), "", RelationshipStage.GETTING_TO_KNOW, null, false, null, null)).id();
        book.noteImpression(anaId, ImpressionKind.DEAL_BREAKER, "Late with every invoice", false);
    }

    private Contact stored(long id) {
        return book.detail(id).contact();
    }

    private void select(String name) throws Exception {
        Node row = lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary s && s.name().equals(name)).query();
        clickOn(row);
        settle();
    }

    private void answer(String button) throws Exception {
        clickOn(lookup(".dialog-pane .button").match(node -> button.equals(((Button) node).getText())).queryButton());
        settle();
    }

    private void openTab(String title) throws Exception {
        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith(title)).queryLabeled());
        settle();
    }

    @Test
    void unsavedEditsSurviveAnImpressionBeingAdded() throws Exception {
        select("Ana Sousa");
        TextField city = lookup("#cityField").queryAs(TextField.class);
        clickOn(city).write("Leeds");
        openTab("Impressions");
        clickOn("#impressionField").write("+ Knows everyone at the Chamber");
        type(KeyCode.ENTER);
        settle();
        assertEquals(2, book.detail(anaId).impressions().size());
        assertEquals("Leeds", city.getText(), "the typed city is still there");
        assertTrue(isShown("#unsavedLabel"));
        assertEquals("", stored(anaId).city(), "and still not saved");
    }

    @Test
    void walkingAwayWhileEditingParksTheContactAndKeepsTheOtherEdits() throws Exception {
        select("Ana Sousa");
        TextField city = lookup("#cityField").queryAs(TextField.class);
        clickOn(city).write("Leeds");
        openTab("Impressions");
        clickOn("Walk away");
        settle();
        answer("Walk away");
        assertEquals(RelationshipStage.PARKED, stored(anaId).stage());
        assertEquals("Leeds", city.getText());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();
        assertEquals("Leeds", stored(anaId).city());
        assertEquals(RelationshipStage.PARKED, stored(anaId).stage(), "saving the form does not undo the walk-away");
    }

    @Test
    void clearingIntroducedByRemovesTheIntroducer() throws Exception {
        select("Ana Sousa");
        TextField introducedBy = lookup("#introducedByField").queryAs(TextField.class);
        assertEquals("Ben Whitaker", introducedBy.getText());
        interact(introducedBy::clear);
        assertTrue(isShown("#unsavedLabel"));
        assertFalse(lookup("#saveButton").queryButton().isDisabled());
        clickOn("#saveButton");
        settle();
        assertNull(stored(anaId).introducedById());
    }

    @Test
    void aDateTypedButNotYetConfirmedIsSaved() throws Exception {
        select("Ana Sousa");
        DatePicker metOn = lookup("#metOnPicker").queryAs(DatePicker.class);
        LocalDate date = LocalDate.of(2026, 1, 15);
        clickOn(metOn.getEditor()).write(metOn.getConverter().toString(date));
        assertTrue(isShown("#unsavedLabel"), "typing a date is an edit");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();
        assertEquals(date, stored(anaId).metOn());
    }

    @Test
    void revertAndDiscardPutTheStoredDetailsBack() throws Exception {
        select("Ana Sousa");
        TextField organisation = lookup("#organisationField").queryAs(TextField.class);
        clickOn(organisation).write(" Ltd");
        clickOn("#revertButton");
        settle();
        assertEquals("Sousa Bookkeeping", organisation.getText());
        assertFalse(isShown("#unsavedLabel"));

        clickOn(organisation).write(" Ltd");
        select("Ben Whitaker");
        answer("Discard changes");
        assertEquals("Ben Whitaker", lookup("#nameHeading").queryLabeled().getText());
        assertEquals("Sousa Bookkeeping", stored(anaId).organisation());
    }

    @Test
    void closingTheWindowWithUnsavedEditsAsksAndSavesFirst() throws Exception {
        select("Ana Sousa");
        clickOn("#cityField").write("York");
        interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
        answer("Save");
        assertEquals("York", stored(anaId).city());
        assertFalse(stage.isShowing(), "the window closed once the save was done");
    }

    @Test
    void closingTheWindowAndChoosingToStayKeepsItOpen() throws Exception {
        select("Ana Sousa");
        clickOn("#cityField").write("York");
        interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
        answer("Keep editing");
        assertTrue(stage.isShowing());
        assertEquals("York", lookup("#cityField").queryAs(TextField.class).getText());
    }

    @Test
    void ctrlNFromAnotherScreenOpensContactsAndANewContactIsShownWhateverTheFilters() throws Exception {
        clickOn("#stageFilter");
        clickOn("Trust");
        settle();
        assertEquals("No matches", lookup("#countLabel").queryLabeled().getText());
        clickOn("Board");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        settle();
        clickOn("#newContactName").write("Chloé Martin");
        type(KeyCode.ENTER);
        settle();
        assertEquals(app.rapport.ui.shell.ShellController.Screen.CONTACTS, window.shell().selected());
        assertEquals("3 contacts", lookup("#countLabel").queryLabeled().getText(), "filters were cleared");
        assertEquals("Chloé Martin", lookup("#nameHeading").queryLabeled().getText());
        assertEquals(3, book.count(ContactQuery.all()));
    }
}
