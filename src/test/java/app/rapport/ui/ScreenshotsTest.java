package app.rapport.ui;

import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactDetail;
import app.rapport.service.DemoNetwork;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of every screen on the demo data, taken headless from the real window. They land in
 * {@code target/screenshots} (system property {@code rapport.screenshots}); the README's copies in
 * {@code docs/screenshots} are refreshed with {@code -Drapport.screenshots=docs/screenshots}.
 */
class ScreenshotsTest extends ScreenTest {

    @Override
    protected void seed(ContactBook book) {
        database.transaction(c -> DemoNetwork.populate(book, CLOCK));
    }

    @Test
    void contactsScreenOnTheDemoData() throws Exception {
        Path out = Path.of(System.getProperty("rapport.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        interact(() -> stage.setWidth(1280));
        interact(() -> stage.setHeight(800));
        settle();
        screenshot(out.resolve("contacts-list.png"));

        // the person with the most impressions, for the detail shots
        ContactSummary richest = book.search(ContactQuery.all(), 0, 200).stream()
                .filter(ContactSummary::hasUnresolvedDealBreaker)
                .max(Comparator.comparingInt(c -> book.detail(c.id()).impressions().size()))
                .orElseThrow();
        ContactDetail detail = book.detail(richest.id());
        Node row = lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary s && s.id() == richest.id()).query();
        clickOn(row);
        settle();
        screenshot(out.resolve("contact-profile.png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Impressions")).queryLabeled());
        settle();
        screenshot(out.resolve("contact-impressions.png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Timeline")).queryLabeled());
        settle();
        screenshot(out.resolve("contact-timeline.png"));

        clickOn("Board");
        settle();
        screenshot(out.resolve("board.png"));
        clickOn(".parked-lane > .title");
        settle();
        screenshot(out.resolve("board-parked.png"));
        clickOn(".parked-lane > .title");
        clickOn(".attention-toggle");
        settle();
        screenshot(out.resolve("board-needs-attention.png"));

        clickOn("Introductions");
        settle();
        Node asking = lookup(".pipeline-table .table-row-cell").match(node ->
                node instanceof javafx.scene.control.TableRow<?> tableRow && tableRow.getItem() != null
                        && tableRow.getItem().toString().contains("Amara Okafor")).query();
        clickOn(asking);
        settle();
        screenshot(out.resolve("introductions.png"));
        clickOn("Who should meet whom");
        settle();
        screenshot(out.resolve("introductions-suggestions.png"));
        clickOn("People to thank");
        settle();
        screenshot(out.resolve("introductions-gratitude.png"));

        clickOn("#meetingsButton");
        settle();
        clickOn(lookup(".meeting-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof app.rapport.model.Meeting m
                && m.title().equals("Thursday networking breakfast")).queryAs(Node.class));
        settle();
        screenshot(out.resolve("meetings-plan.png"));
        clickOn("Briefing");
        settle();
        screenshot(out.resolve("meetings-briefing.png"));
        clickOn("After the meeting");
        settle();
        screenshot(out.resolve("meetings-capture.png"));

        clickOn("#todayButton");
        settle();
        screenshot(out.resolve("today.png"));

        assertTrue(Files.size(out.resolve("contact-impressions.png")) > 10_000, "a real picture was written");
        assertTrue(detail.impressions().size() >= 2);
    }
}
