package app.rapport.ui;

import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Theme;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactDetail;
import app.rapport.service.DemoNetwork;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of every screen on the demo data, taken headless from the real window, in the light theme (the names
 * the README links) and the dark one ({@code -dark}), at 1280×800, and Today and Contacts at 1920×1080. They land in
 * {@code target/screenshots} (system property {@code rapport.screenshots}); the README's copies in
 * {@code docs/screenshots} are refreshed with {@code -Drapport.screenshots=docs/screenshots}.
 */
class ScreenshotsTest extends ScreenTest {

    @Override
    protected void seed(ContactBook book) {
        database.transaction(c -> DemoNetwork.populate(book, CLOCK));
    }

    @AfterEach
    void backToLight() {
        interact(() -> Themes.apply(Theme.LIGHT));
    }

    @Test
    void everyScreenInTheLightTheme() throws Exception {
        everyScreen(""); // the names the README links
    }

    @Test
    void everyScreenInTheDarkTheme() throws Exception {
        interact(() -> Themes.apply(Theme.DARK));
        everyScreen("-dark");
    }

    /** Today and Contacts on a full-HD screen, light and dark: today-1920.png, today-dark-1920.png, ... */
    @Test
    void todayAndContactsOnAWideScreen() throws Exception {
        Path out = Path.of(System.getProperty("rapport.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        interact(() -> stage.setWidth(1920));
        interact(() -> stage.setHeight(1080));
        try {
            for (Theme theme : Theme.values()) {
                String suffix = theme == Theme.DARK ? "-dark-1920" : "-1920";
                interact(() -> Themes.apply(theme));
                clickOn("#todayButton");
                settle();
                screenshot(out.resolve("today" + suffix + ".png"));
                clickOn("#contactsButton");
                settle();
                screenshot(out.resolve("contacts-list" + suffix + ".png"));
                assertEquals(1920, window.scene().getWidth(), "a full-HD window");
            }
        } finally {
            // the stage outlives the test: the next test's window starts at the usual size, as a user's does
            interact(() -> stage.setWidth(1280));
            interact(() -> stage.setHeight(800));
        }
    }

    private void everyScreen(String suffix) throws Exception {
        Path out = Path.of(System.getProperty("rapport.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        interact(() -> stage.setWidth(1280));
        interact(() -> stage.setHeight(800));
        settle();
        screenshot(out.resolve("contacts-list" + suffix + ".png"));

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
        screenshot(out.resolve("contact-profile" + suffix + ".png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Impressions")).queryLabeled());
        settle();
        screenshot(out.resolve("contact-impressions" + suffix + ".png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Timeline")).queryLabeled());
        settle();
        screenshot(out.resolve("contact-timeline" + suffix + ".png"));

        clickOn("Board");
        settle();
        screenshot(out.resolve("board" + suffix + ".png"));
        clickOn(".parked-lane > .title");
        settle();
        screenshot(out.resolve("board-parked" + suffix + ".png"));
        clickOn(".parked-lane > .title");
        clickOn(".attention-toggle");
        settle();
        screenshot(out.resolve("board-needs-attention" + suffix + ".png"));

        clickOn("Introductions");
        settle();
        Node asking = lookup(".pipeline-table .table-row-cell").match(node ->
                node instanceof javafx.scene.control.TableRow<?> tableRow && tableRow.getItem() != null
                        && tableRow.getItem().toString().contains("Amara Okafor")).query();
        clickOn(asking);
        settle();
        screenshot(out.resolve("introductions" + suffix + ".png"));
        clickOn("Who should meet whom");
        settle();
        screenshot(out.resolve("introductions-suggestions" + suffix + ".png"));
        clickOn("People to thank");
        settle();
        screenshot(out.resolve("introductions-gratitude" + suffix + ".png"));

        clickOn("#meetingsButton");
        settle();
        clickOn(lookup(".meeting-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof app.rapport.model.Meeting m
                && m.title().equals("Thursday networking breakfast")).queryAs(Node.class));
        settle();
        screenshot(out.resolve("meetings-plan" + suffix + ".png"));
        clickOn("Briefing");
        settle();
        screenshot(out.resolve("meetings-briefing" + suffix + ".png"));
        clickOn("After the meeting");
        settle();
        screenshot(out.resolve("meetings-capture" + suffix + ".png"));

        clickOn("#todayButton");
        settle();
        screenshot(out.resolve("today" + suffix + ".png"));

        assertTrue(Files.size(out.resolve("contact-impressions" + suffix + ".png")) > 10_000,
                "a real picture was written");
        assertTrue(detail.impressions().size() >= 2);
    }

    /** The merge dialog, opened from "Possible duplicates…" on a demo person entered a second time: merge-dialog.png. */
    @Test
    void mergeDialogOnTheDemoData() throws Exception {
        Path out = Path.of(System.getProperty("rapport.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        interact(() -> stage.setWidth(1280));
        interact(() -> stage.setHeight(800));
        app.rapport.model.Contact amara = book.contact(book.findByName("Amara Okafor", 1).get(0).id());
        book.save(new app.rapport.model.Contact(0, "Amara Okafor", "", "Skincare founder",
                java.util.List.of(amara.emails().isEmpty() ? "amara@glow.example" : amara.emails().get(0),
                        "amara.okafor@mail.example"), java.util.List.of("+44 7700 900123"), "", "Manchester",
                "Swapped cards at the makers' market", "Northern Quarter makers' market", null, null,
                "Stockists in Leeds and York", "", java.util.List.of("skincare"), "Met her again at the market.",
                app.rapport.model.RelationshipStage.JUST_MET, null, false, null, null));
        clickOn("#duplicatesButton");
        settle();
        clickOn(lookup("#duplicateList .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof app.rapport.service.merge.DuplicatePair pair
                && pair.first().name().equals("Amara Okafor")).queryAs(Node.class));
        clickOn(lookup(".dialog-pane .button").match(node -> "Merge…".equals(((javafx.scene.control.Button) node)
                .getText())).queryButton());
        settle();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        Node dialog = lookup(".merge-dialog").query();
        interact(() -> shot.set(dialog.getScene().snapshot(null)));
        WritableImage image = shot.get();
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out.resolve("merge-dialog.png").toFile());
        clickOn(lookup(".dialog-pane .button").match(node -> "Cancel".equals(((javafx.scene.control.Button) node)
                .getText())).queryButton());
        settle();
        assertTrue(Files.size(out.resolve("merge-dialog.png")) > 10_000, "a real picture was written");
    }
}
