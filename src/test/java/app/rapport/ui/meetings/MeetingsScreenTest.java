package app.rapport.ui.meetings;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.service.MeetingPlanner;
import app.rapport.ui.ScreenTest;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Meetings screen: plan a meeting, say who is expected, read and export the briefing, write down who was met. */
class MeetingsScreenTest extends ScreenTest {

    private long anaId;
    private long breakfastId;

    @Override
    protected void seed(ContactBook book) {
        Contact ana = book.save(new Contact(0, "Ana Sousa", "Sousa Bookkeeping", "Bookkeeper", List.of(), List.of(),
                "", "", "", "", null, null, "a printer", "bookkeeping", List.of(), "", RelationshipStage.TRUST, null,
                false, null, null));
        anaId = ana.id();
        book.noteImpression(anaId, ImpressionKind.LIKE, "Always on time", false);
        book.noteImpression(anaId, ImpressionKind.DISLIKE, "CONFIDENTIAL cash flow trouble", true);
        MeetingPlanner meetings = new MeetingPlanner(database, CLOCK);
        Meeting breakfast = meetings.save(Meeting.planned("BNI breakfast", LocalDateTime.of(2026, 11, 20, 7, 30),
                "The Old Bakery", ""));
        meetings.addAttendee(breakfast.id(), anaId);
        breakfastId = breakfast.id();
    }

    private MeetingPlanner planner() {
        return new MeetingPlanner(database, CLOCK);
    }

    private void openMeetings() throws Exception {
        clickOn("#meetingsButton");
        settle();
    }

    private void selectMeeting(String title) throws Exception {
        clickOn(lookup(".meeting-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof Meeting m && m.title().equals(title)).queryAs(Node.class));
        settle();
    }

    private void typeTime(String time) {
        clickOn("#timeField");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(time);
    }

    private List<String> attendeeNames() {
        return lookup(".attendee-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null)
                .map(cell -> ((ContactSummary) cell.getItem()).name()).toList();
    }

    @Test
    void aMeetingIsPlannedAndPeopleAreAddedByTypingTheirNames() throws Exception {
        openMeetings();
        clickOn("New meeting");
        settle();
        clickOn("#titleField").write("Chamber mixer");
        typeTime("18:30");
        clickOn("#placeField").write("Town hall");
        clickOn("Save meeting");
        settle();

        Meeting stored = planner().upcoming().stream().filter(m -> m.title().equals("Chamber mixer")).findFirst()
                .orElseThrow();
        assertEquals(LocalDateTime.of(2026, 11, 24, 18, 30), stored.startsAt());
        assertEquals("Town hall", stored.place());

        // someone in the network, picked from the suggestions
        clickOn("#attendeeField").write("Ana");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                        .tryQuery().isPresent());
        clickOn(lookup(".auto-complete-popup .list-cell").match(node -> !((ListCell<?>) node).isEmpty())
                .queryAs(ListCell.class));
        settle();
        // someone new: typed and Enter, added to the network in the same step
        clickOn("#attendeeField").write("Dana Lee").type(KeyCode.ENTER);
        settle();

        assertEquals(List.of("Ana Sousa", "Dana Lee"), attendeeNames());
        ContactSummary dana = book.findByName("Dana Lee", 5).get(0);
        assertEquals(RelationshipStage.JUST_MET, dana.stage());
        assertEquals(List.of(anaId, dana.id()), planner().meeting(stored.id()).attendeeIds());
        assertTrue(textOf(".notification-message").contains("Dana Lee is new in your network"));

        // taken off the list again, and put back with Undo
        clickOn(lookup(".attendee-list .link-button").match(node -> node.isVisible()).nth(1).queryButton());
        settle();
        assertEquals(List.of(anaId), planner().meeting(stored.id()).attendeeIds());
        clickOn(".notification-undo");
        settle();
        assertEquals(List.of(anaId, dana.id()), planner().meeting(stored.id()).attendeeIds());
    }

    @Test
    void aMeetingWithoutTitleOrWithABadTimeIsNotSavedAndSaysWhy() throws Exception {
        openMeetings();
        clickOn("New meeting");
        settle();
        typeTime("25:99");
        clickOn("Save meeting");
        settle();
        assertTrue(textOf("#whenError").startsWith("Type the time as hours and minutes"));

        typeTime("7:30");
        clickOn("Save meeting");
        settle();
        assertTrue(textOf("#titleError").startsWith("A title is required"));
        assertEquals(List.of(), planner().upcoming());
    }

    @Test
    void theBriefingLeavesConfidentialNotesOutOfTheScreenAndTheExportUnlessTicked() throws Exception {
        openMeetings();
        selectMeeting("BNI breakfast");
        interact(() -> window.shell().meetings().setSaveLocation((owner, name) -> Optional.of(folder.resolve(name))));
        clickOn("Briefing");
        settle();

        String page = briefingText();
        assertTrue(page.contains("Ana Sousa"), page);
        assertTrue(page.contains("Always on time"), page);
        assertTrue(page.contains("Ask how it's going with what they need: a printer"), page);
        assertFalse(page.contains("CONFIDENTIAL"), page);
        assertTrue(page.contains("1 confidential note is left out."), page);

        clickOn("Export HTML…");
        settle();
        Path file = folder.resolve("briefing-2026-11-20-bni-breakfast.html");
        Document kept = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("BNI breakfast", kept.title());
        assertTrue(kept.body().text().contains("Always on time"));
        assertFalse(kept.body().text().contains("CONFIDENTIAL"));

        clickOn("#includeConfidential");
        settle();
        assertTrue(briefingText().contains("CONFIDENTIAL cash flow trouble"));
        clickOn("Export HTML…");
        settle();
        Document all = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(all.body().text().contains("CONFIDENTIAL cash flow trouble"));
        assertFalse(lookup("#includeConfidential").queryAs(CheckBox.class).isSelected(),
                "the tick holds for one export only");
        assertFalse(briefingText().contains("CONFIDENTIAL"));
    }

    private String briefingText() {
        return from(lookup(".briefing-page").queryAs(Node.class)).lookup((Node node) -> node instanceof Labeled)
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void peopleMetAreWrittenDownAfterTheMeetingAsNewContactsWithTheMeetingOnTheirTimelines() throws Exception {
        openMeetings();
        selectMeeting("BNI breakfast");
        clickOn("After the meeting");
        settle();
        clickOn(".capture-name").write("Dana Lee");
        clickOn(".capture-organisation").write("Lee Print");
        clickOn(".capture-like").write("Straight talker");
        clickOn(".capture-needs").write("a bookkeeper");
        clickOn("Add another person");
        clickOn(lookup(".capture-name").nth(1).queryAs(TextField.class)).write("Eli Moss");
        clickOn("Save people met");
        settle();

        Contact dana = book.contact(book.findByName("Dana Lee", 5).get(0).id());
        assertEquals("Lee Print", dana.organisation());
        assertEquals("Met at BNI breakfast", dana.howWeMet());
        assertEquals(LocalDate.of(2026, 11, 20), dana.metOn());
        assertEquals(RelationshipStage.JUST_MET, dana.stage());
        assertEquals("Straight talker", book.detail(dana.id()).impressions().get(0).text());
        List<Interaction> anaTimeline = book.detail(anaId).timeline();
        assertEquals("Met at BNI breakfast", anaTimeline.get(0).summary(), "Ana came: it is on her timeline too");
        assertEquals(3, anaTimeline.get(0).contactIds().size());
        assertEquals(3, planner().meeting(breakfastId).attendeeIds().size());
        assertEquals(3, book.count(ContactQuery.all()));
        assertTrue(textOf(".notification-message").startsWith("Added 2 people from BNI breakfast"));
        assertEquals("", lookup(".capture-name").queryAs(TextField.class).getText(), "the form is ready again");
    }

    @Test
    void aCaptureWithAMissingNameSaysWhoAndWritesNothing() throws Exception {
        openMeetings();
        selectMeeting("BNI breakfast");
        clickOn("After the meeting");
        settle();
        clickOn(".capture-organisation").write("Acme");
        clickOn("Save people met");
        settle();

        assertEquals("Person 1: A name is required.", textOf("#captureErrors"));
        assertEquals(1, book.count(ContactQuery.all()));
        assertEquals(List.of(), book.detail(anaId).timeline());
    }
}
