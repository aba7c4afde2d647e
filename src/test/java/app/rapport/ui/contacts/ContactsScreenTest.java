package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Contacts screen driven as a user would: keyboard and mouse on the real FXML, results read back from SQLite. */
class ContactsScreenTest extends ScreenTest {

    @Override
    protected void seed(ContactBook book) {
        Contact ana = book.save(Contact.named("Ana Sousa").withOrganisation("Sousa Bookkeeping", "Bookkeeper"));
        book.save(new Contact(0, "Ben Whitaker", "Leeds Chamber", "Events manager", List.of("ben@example.com"),
                List.of(), "", "Leeds", "", "", null, null, "A caterer for the spring mixer", "Introductions to Leeds firms",
                List.of("Leeds"), "", RelationshipStage.LIKE, null, false, null, null));
        Contact carla = book.save(Contact.named("Carla Reyes").withOrganisation("Reyes Studio", "Photographer")
                .withStage(RelationshipStage.GETTING_TO_KNOW));
        book.noteImpression(carla.id(), ImpressionKind.DEAL_BREAKER, "Shares clients' secrets at parties", false);
        book.logInteraction(Interaction.draft(InteractionKind.CALL, LocalDate.of(2026, 11, 2), "Talked about tenders",
                null, List.of(ana.id())));
    }

    private ListView<ContactSummary> list() {
        return lookup("#contactList").queryListView();
    }

    private List<String> listedNames() {
        return list().getItems().stream().map(ContactSummary::name).toList();
    }

    private Node cellFor(String name) {
        return lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary contact && contact.name().equals(name)).query();
    }

    private boolean badgeShownFor(String name) {
        Node badge = from(cellFor(name)).lookup(".badge-deal-breaker").query();
        return badge.isVisible();
    }

    /** The validation messages on screen now. */
    private List<String> errorsShown() {
        return lookup(".field-error").match(node -> node.isVisible() && node.getParent().isVisible())
                .queryAllAs(Label.class).stream().map(Label::getText).filter(text -> !text.isEmpty()).toList();
    }

    private Contact stored(String name) {
        ContactSummary summary = book.search(new ContactQuery(name, null, null, false), 0, 1).stream().findFirst()
                .or(() -> book.search(new ContactQuery(name, null, null, true), 0, 1).stream().findFirst())
                .orElseThrow();
        return book.detail(summary.id()).contact();
    }



    @Test
    void listsContactsByNameWithCountAndBadge() throws Exception {
        settle();
        assertEquals(List.of("Ana Sousa", "Ben Whitaker", "Carla Reyes"), listedNames());
        assertEquals("3 contacts", textOf("#countLabel"));
        assertTrue(badgeShownFor("Carla Reyes"), "an unresolved deal-breaker shows a badge in the list");
        assertFalse(badgeShownFor("Ana Sousa"));
    }

    @Test
    void createsAContactWithLikesDislikesAndADealBreakerThenTolerates() throws Exception {
        settle();
        shortcut(KeyCode.N);
        settle();
        TextField nameField = lookup("#newContactName").queryAs(TextField.class);
        assertEquals(nameField, nameField.getScene().getFocusOwner(), "the dialog opens with the cursor in Name");
        clickOn(nameField).write("Dana Okafor");
        clickOn("#newContactOrganisation").write("Okafor Print");
        type(KeyCode.ENTER);
        settle();

        assertTrue(listedNames().contains("Dana Okafor"));
        Contact dana = stored("Dana Okafor");
        assertEquals("Okafor Print", dana.organisation());
        assertEquals(RelationshipStage.JUST_MET, dana.stage());

        openTab("Impressions");
        clickOn("#impressionField").write("+ Listens before she talks");
        type(KeyCode.ENTER);
        settle();
        clickOn("#impressionField").write("- Always ten minutes late");
        type(KeyCode.ENTER);
        settle();
        clickOn("#impressionField").write("! Badmouths her own clients");
        type(KeyCode.ENTER);
        settle();

        List<Impression> impressions = book.detail(dana.id()).impressions();
        assertEquals(List.of(ImpressionKind.LIKE, ImpressionKind.DISLIKE, ImpressionKind.DEAL_BREAKER),
                impressions.stream().map(Impression::kind).toList());
        assertEquals("Listens before she talks", impressions.get(0).text());
        assertEquals(DealBreakerDecision.OPEN, impressions.get(2).decision());
        assertTrue(badgeShownFor("Dana Okafor"));
        assertTrue(isShown("#dealBreakerBadge"), "the detail header shows the undecided deal-breaker");

        clickOn("I can tolerate this");
        settle();
        assertEquals(DealBreakerDecision.TOLERATE, book.detail(dana.id()).impressions().get(2).decision());
        assertFalse(badgeShownFor("Dana Okafor"));
        assertEquals(RelationshipStage.JUST_MET, stored("Dana Okafor").stage());
    }

    @Test
    void escapeCancelsTheNewContactDialog() throws Exception {
        shortcut(KeyCode.N);
        settle();
        clickOn("#newContactName").write("Someone I will not add");
        type(KeyCode.ESCAPE);
        settle();
        assertEquals(1, listWindows().stream().filter(javafx.stage.Window::isShowing).count(), "the dialog closed");
        assertEquals(3, book.count(ContactQuery.all()), "nothing was added");
    }

    @Test
    void walkingAwayParksTheContactAndKeepsIt() throws Exception {
        settle();
        selectContact("Carla Reyes");
        openTab("Impressions");
        clickOn("Walk away");
        settle();
        answerDialog("Walk away");

        Contact carla = stored("Carla Reyes");
        assertEquals(RelationshipStage.PARKED, carla.stage());
        List<StageChange> history = book.detail(carla.id()).stageHistory();
        StageChange last = history.get(history.size() - 1);
        assertEquals(RelationshipStage.GETTING_TO_KNOW, last.from());
        assertEquals(RelationshipStage.PARKED, last.to());
        assertTrue(last.reason().contains("Shares clients' secrets"));
        assertTrue(listedNames().contains("Carla Reyes"), "parked, not deleted");
        assertEquals("Parked", textOf("#stageChip"));
    }

    @Test
    void searchesAsTheUserTypes() throws Exception {
        settle();
        clickOn("#searchField").write("book");
        settle();
        assertEquals(List.of("Ana Sousa"), listedNames());
        assertEquals("1 match", textOf("#countLabel"));

        lookup("#searchField").queryAs(TextField.class).clear();
        clickOn("#searchField").write("leeds intro");
        settle();
        assertEquals(List.of("Ben Whitaker"), listedNames(), "every word must match, in any field");

        clickOn("#searchField").write(" nobody");
        settle();
        assertTrue(listedNames().isEmpty());
        assertTrue(isShown("#emptyListLabel"));
        assertTrue(textOf("#emptyListLabel").contains("No one matches"));

        shortcut(KeyCode.F);
        type(KeyCode.ESCAPE);
        settle();
        assertEquals(3, listedNames().size(), "Escape clears the search");
    }

    @Test
    void archiveIsUndoable() throws Exception {
        settle();
        selectContact("Ben Whitaker");
        clickOn("#archiveButton");
        settle();
        assertTrue(stored("Ben Whitaker").archived());
        assertFalse(listedNames().contains("Ben Whitaker"));
        assertTrue(window.shell() != null && isShown(".notification-undo"));

        clickOn(".notification-undo");
        settle();
        assertFalse(stored("Ben Whitaker").archived());
        assertTrue(listedNames().contains("Ben Whitaker"));
    }

    @Test
    void invalidEditsShowMessagesAndSaveNothing() throws Exception {
        settle();
        selectContact("Ana Sousa");
        clickOn("#emailsField").write("ana@");
        settle();
        assertTrue(errorsShown().contains("\"ana@\" does not look like an email address."), errorsShown().toString());
        assertTrue(lookup("#saveButton").queryButton().isDisabled());

        TextField name = lookup("#nameField").queryAs(TextField.class);
        interact(() -> name.setText("x".repeat(201)));
        settle();
        assertTrue(errorsShown().contains(
                "Name is 201 characters long; the most is 200. Nothing was cut: shorten it to save."), errorsShown().toString());
        shortcut(KeyCode.S);
        settle();
        assertEquals("Ana Sousa", stored("Ana Sousa").name(), "nothing was saved");
        assertTrue(stored("Ana Sousa").emails().isEmpty());
    }

    @Test
    void unsavedEditsAreNotLostWhenMovingToAnotherContact() throws Exception {
        settle();
        selectContact("Ana Sousa");
        TextField city = lookup("#cityField").queryAs(TextField.class);
        clickOn(city).write("Leeds");
        assertTrue(isShown("#unsavedLabel"));

        clickOn(cellFor("Ben Whitaker"));
        settle();
        answerDialog("Keep editing");
        assertEquals("Leeds", city.getText(), "staying keeps the edits");
        assertEquals("Ana Sousa", textOf("#nameHeading"));

        clickOn(cellFor("Ben Whitaker"));
        settle();
        answerDialog("Save");
        assertEquals("Leeds", stored("Ana Sousa").city());
        assertEquals("Ben Whitaker", textOf("#nameHeading"));
    }

    @Test
    void introducedByIsPickedByTypingAName() throws Exception {
        selectContact("Ana Sousa");
        clickOn("#introducedByField").write("Ben");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                        .tryQuery().isPresent());
        assertEquals(List.of("Pick a contact from the suggestions, or clear the field."), errorsShown(),
                "a typed name that was not picked is not saved as someone else");
        clickOn(lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                .queryAs(ListCell.class));
        settle();
        assertEquals("Ben Whitaker", lookup("#introducedByField").queryAs(TextField.class).getText());
        assertTrue(errorsShown().isEmpty(), errorsShown().toString());
        shortcut(KeyCode.S);
        settle();
        Contact ana = stored("Ana Sousa");
        assertEquals(stored("Ben Whitaker").id(), ana.introducedById());
        assertEquals("Ben Whitaker", book.detail(ana.id()).introducedByName());
    }

    @Test
    void logsAnInteractionOnTheTimelineNewestFirst() throws Exception {
        settle();
        selectContact("Ana Sousa");
        openTab("Timeline");
        clickOn("#summaryField").write("Coffee at Laynes: wants an intro to a solicitor");
        type(KeyCode.ENTER);
        settle();

        Contact ana = stored("Ana Sousa");
        List<Interaction> timeline = book.detail(ana.id()).timeline();
        assertEquals(2, timeline.size());
        assertEquals("Coffee at Laynes: wants an intro to a solicitor", timeline.get(0).summary());
        assertEquals(InteractionKind.MEETING, timeline.get(0).kind());
        assertEquals(LocalDate.of(2026, 11, 23), timeline.get(0).happenedOn());
        ListView<?> shown = lookup("#timelineList").queryListView();
        assertEquals(2, shown.getItems().size());
        assertEquals("Timeline (2)", lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Timeline"))
                .queryLabeled().getText());
    }
}
