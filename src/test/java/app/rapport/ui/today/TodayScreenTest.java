package app.rapport.ui.today;

import app.rapport.model.Contact;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.MeetingPlanner;
import app.rapport.ui.ScreenTest;
import app.rapport.ui.shell.ShellController;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Today screen: what needs the user today, each row opening what it is about. */
class TodayScreenTest extends ScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private long anaId;
    private long callId;

    @Override
    protected ShellController.Screen startScreen() {
        return null; // Today is where the app opens
    }

    @Override
    protected void seed(ContactBook book) {
        Contact ana = book.save(contact("Ana Sousa").stage(RelationshipStage.LIKE).metOn(TODAY.minusYears(1)).build());
        anaId = ana.id();
        callId = book.logInteraction(new Interaction(0, InteractionKind.CALL, TODAY.minusDays(90),
                "Send the tender list", "", false, TODAY.minusDays(2), List.of(anaId))).id();
        Contact ben = book.save(contact("Ben Whitaker").stage(RelationshipStage.TRUST).metOn(TODAY.minusDays(10))
                .build());
        book.noteImpression(ben.id(), ImpressionKind.DEAL_BREAKER, "Pays invoices months late", false);
        Contact cleo = book.save(contact("Cleo Hart").stage(RelationshipStage.PARTNER).metOn(TODAY.minusDays(20))
                .build());
        book.logInteraction(Interaction.draft(InteractionKind.REFERRAL_RECEIVED, TODAY.minusDays(5),
                "Sent me the Acme job", null, List.of(cleo.id())));
        Contact eve = book.save(contact("Eve Moss").stage(RelationshipStage.LIKE).metOn(TODAY.minusDays(20)).build());
        book.logInteraction(Interaction.draft(InteractionKind.HELP_RECEIVED, TODAY.minusDays(3),
                "Lent me her studio", null, List.of(eve.id())));
        Contact dev = book.save(contact("Dev Patel").stage(RelationshipStage.TRUST).metOn(TODAY.minusDays(20))
                .build());
        IntroductionPlanner introductions = new IntroductionPlanner(database, CLOCK);
        long asked = introductions.plan(cleo.id(), dev.id(), "Dev does SEO", "Cleo has clients", "", false)
                .after().id();
        introductions.ask(asked, app.rapport.model.Introduction.Side.B);
        MeetingPlanner meetings = new MeetingPlanner(database, CLOCK);
        Meeting breakfast = meetings.save(Meeting.planned("BNI breakfast", LocalDateTime.of(2026, 11, 25, 7, 30),
                "The Old Bakery", ""));
        meetings.addAttendee(breakfast.id(), anaId);
    }

    private Node row(String text) {
        return lookup(".today-row-title").match(node -> ((Label) node).getText().equals(text)).query();
    }

    @Test
    void everyListShowsWhatNeedsTheUser() throws Exception {
        assertTrue(isShown(".today-page"));
        assertTrue(textOf(".today-day").startsWith("Monday"), textOf(".today-day"));
        List<String> rows = lookup(".today-row-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(rows.containsAll(List.of("Ana Sousa: Send the tender list", "BNI breakfast",
                "Cleo Hart ↔ Dev Patel", "Eve Moss", "Ben Whitaker")), rows.toString());
        assertTrue(!rows.contains("Cleo Hart"), "Cleo is being introduced already: not on the list to thank");
        assertTrue(rows.contains("Ana Sousa"), "90 days without touch at Like (60) is cooling: " + rows);
    }

    @Test
    void aFollowUpIsMarkedDoneAndUndone() throws Exception {
        Node followUp = row("Ana Sousa: Send the tender list").getParent().getParent().getParent();
        clickOn(from(followUp).lookup(".button").match(node -> "Done".equals(((Button) node).getText()))
                .queryButton());
        settle();
        assertNull(book.detail(anaId).timeline().get(0).followUpOn());
        assertTrue(lookup(".today-row-title").match(node -> ((Label) node).getText().startsWith("Ana Sousa:"))
                .tryQuery().isEmpty());

        clickOn(".notification-undo");
        settle();
        assertEquals(TODAY.minusDays(2), book.detail(anaId).timeline().get(0).followUpOn());
        assertEquals(callId, book.detail(anaId).timeline().get(0).id());
        assertTrue(isShown(".today-row-title"));
    }

    @Test
    void prepareOpensTheMeetingsBriefing() throws Exception {
        clickOn("Prepare");
        settle();
        assertEquals(ShellController.Screen.MEETINGS, window.shell().selected());
        Tab selected = lookup(".meeting-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertEquals("Briefing", selected.getText());
        assertTrue(lookup(".briefing-name").tryQuery().isPresent());
    }

    @Test
    void aRowOpensWhatItIsAbout() throws Exception {
        clickOn(row("Ana Sousa")); // cooling
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertEquals("Ana Sousa", textOf("#nameHeading"));

        clickOn("#todayButton");
        settle();
        clickOn(row("Cleo Hart ↔ Dev Patel"));
        settle();
        assertEquals(ShellController.Screen.INTRODUCTIONS, window.shell().selected());
        assertTrue(textOf("#pairHeading").contains("Cleo Hart"));
    }
}
