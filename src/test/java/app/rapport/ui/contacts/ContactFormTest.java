package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ImpressionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.control.DatePicker;
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




    @Test
    void unsavedEditsSurviveAnImpressionBeingAdded() throws Exception {
        selectContact("Ana Sousa");
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
        selectContact("Ana Sousa");
        TextField city = lookup("#cityField").queryAs(TextField.class);
        clickOn(city).write("Leeds");
        openTab("Impressions");
        clickOn("Walk away");
        settle();
        answerDialog("Walk away");
        assertEquals(RelationshipStage.PARKED, stored(anaId).stage());
        assertEquals("Leeds", city.getText());
        shortcut(KeyCode.S);
        settle();
        assertEquals("Leeds", stored(anaId).city());
        assertEquals(RelationshipStage.PARKED, stored(anaId).stage(), "saving the form does not undo the walk-away");
    }

    @Test
    void clearingIntroducedByRemovesTheIntroducer() throws Exception {
        selectContact("Ana Sousa");
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
        selectContact("Ana Sousa");
        DatePicker metOn = lookup("#metOnPicker").queryAs(DatePicker.class);
        LocalDate date = LocalDate.of(2026, 1, 15);
        clickOn(metOn.getEditor()).write(metOn.getConverter().toString(date));
        assertTrue(isShown("#unsavedLabel"), "typing a date is an edit");
        shortcut(KeyCode.S);
        settle();
        assertEquals(date, stored(anaId).metOn());
    }

    @Test
    void revertAndDiscardPutTheStoredDetailsBack() throws Exception {
        selectContact("Ana Sousa");
        TextField organisation = lookup("#organisationField").queryAs(TextField.class);
        clickOn(organisation).write(" Ltd");
        clickOn("#revertButton");
        settle();
        assertEquals("Sousa Bookkeeping", organisation.getText());
        assertFalse(isShown("#unsavedLabel"));

        clickOn(organisation).write(" Ltd");
        selectContact("Ben Whitaker");
        answerDialog("Discard changes");
        assertEquals("Ben Whitaker", lookup("#nameHeading").queryLabeled().getText());
        assertEquals("Sousa Bookkeeping", stored(anaId).organisation());
    }

    /** As the window's close button does; not waited for, since the handler opens a dialog and waits for it. */
    private void requestClose() {
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    @Test
    void closingTheWindowWithUnsavedEditsAsksAndSavesFirst() throws Exception {
        selectContact("Ana Sousa");
        clickOn("#cityField").write("York");
        requestClose();
        settle();
        answerDialog("Save");
        assertEquals("York", stored(anaId).city());
        assertFalse(stage.isShowing(), "the window closed once the save was done");
    }

    @Test
    void closingTheWindowAndChoosingToStayKeepsItOpen() throws Exception {
        selectContact("Ana Sousa");
        clickOn("#cityField").write("York");
        requestClose();
        settle();
        answerDialog("Keep editing");
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
        shortcut(KeyCode.N);
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
