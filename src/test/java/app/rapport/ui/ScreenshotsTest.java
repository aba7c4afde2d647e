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
 * Screenshots of the Contacts screen on the demo data, taken headless from the real window. They land in
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
        save(out.resolve("contacts-list.png"));

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
        save(out.resolve("contact-profile.png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Impressions")).queryLabeled());
        settle();
        save(out.resolve("contact-impressions.png"));

        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith("Timeline")).queryLabeled());
        settle();
        save(out.resolve("contact-timeline.png"));

        clickOn("Board");
        settle();
        save(out.resolve("board.png"));
        clickOn(".parked-lane > .title");
        settle();
        save(out.resolve("board-parked.png"));
        clickOn(".parked-lane > .title");
        clickOn(".attention-toggle");
        settle();
        save(out.resolve("board-needs-attention.png"));

        clickOn("Introductions");
        settle();
        Node asking = lookup(".pipeline-table .table-row-cell").match(node ->
                node instanceof javafx.scene.control.TableRow<?> tableRow && tableRow.getItem() != null
                        && tableRow.getItem().toString().contains("Amara Okafor")).query();
        clickOn(asking);
        settle();
        save(out.resolve("introductions.png"));
        clickOn("Who should meet whom");
        settle();
        save(out.resolve("introductions-suggestions.png"));
        clickOn("People to thank");
        settle();
        save(out.resolve("introductions-gratitude.png"));

        clickOn("Meetings");
        settle();
        save(out.resolve("not-built-yet.png"));

        assertTrue(Files.size(out.resolve("contact-impressions.png")) > 10_000, "a real picture was written");
        assertTrue(detail.impressions().size() >= 2);
    }

    private void save(Path file) throws IOException {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(window.scene().snapshot(null)));
        WritableImage image = shot.get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
