package app.rapport.ui;

import app.rapport.service.ContactBook;
import app.rapport.store.Database;
import app.rapport.store.PreferencesFile;
import app.rapport.ui.shell.MainWindow;
import app.rapport.ui.shell.ShellController;
import app.rapport.model.ContactSummary;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

/**
 * A UI test over the real main window and FXML screens, on a real SQLite file in a temp folder, with the app's own
 * background executor. Subclasses put their data in with {@link #seed(ContactBook)}.
 */
public abstract class ScreenTest extends FxRobot {

    /** Tests run on a fixed day, so dates on screen are predictable. */
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC"));

    static {
        // Monocle's headless screen is 1280×800 unless told; full HD lets a window of that size (wide screenshots) fit
        System.getProperties().putIfAbsent("headless.geometry", "1920x1080-32");
    }

    @TempDir
    protected Path folder;
    protected Database database;
    protected ContactBook book;
    protected Background background;
    protected MainWindow window;

    protected Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        // a test may close the window, as a user does; that must not end JavaFX for the tests after it
        FxToolkit.setupFixture(() -> javafx.application.Platform.setImplicitExit(false));
        database = Database.open(folder.resolve("rapport.db"));
        book = new ContactBook(database, CLOCK);
        seed(book);
        background = Background.singleThread();
        FxToolkit.setupFixture(() -> {
            window = MainWindow.create(database, preferences(), background, CLOCK);
            window.showOn(stage, "rapport.db");
            if (startScreen() != null) {
                window.shell().select(startScreen());
            }
        });
        settle();
    }

    /**
     * The screen the test starts on: Contacts, where most tests begin; null for where the app itself opens
     * (Today).
     */
    protected ShellController.Screen startScreen() {
        return ShellController.Screen.CONTACTS;
    }

    /** The preferences the window starts with: a file of the test's own (missing: the defaults). */
    protected PreferencesFile preferences() {
        return new PreferencesFile(folder.resolve("preferences.properties"));
    }

    /** Data the test starts with; none by default. */
    protected void seed(ContactBook book) throws Exception {
    }

    @AfterEach
    void closeWindow() throws Exception {
        settle();
        FxToolkit.setupFixture(() -> stage.hide());
        database.close();
    }

    /**
     * Waits until the background work started by the screen, and what its results start in turn, is done,
     * including the short pause the search field takes while the user types.
     */
    protected void settle() throws Exception {
        for (int round = 0; round < 4; round++) {
            WaitForAsyncUtils.sleep(round == 0 ? 180 : 10, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            background.await(() -> null);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Clicks the contact called {@code name} in the list, and waits for its detail. */
    protected void selectContact(String name) throws Exception {
        Node row = lookup(".contact-list .list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ContactSummary contact && contact.name().equals(name)).query();
        clickOn(row);
        settle();
    }

    /** Clicks the detail tab whose title starts with {@code title} ("Impressions" for "Impressions (3)"). */
    protected void openTab(String title) throws Exception {
        clickOn(lookup(".tab-label").match(node -> ((Label) node).getText().startsWith(title)).queryLabeled());
        settle();
    }

    /** Clicks the button labelled {@code button} in the open dialog. */
    protected void answerDialog(String button) throws Exception {
        clickOn(lookup(".dialog-pane .button").match(node -> button.equals(((Button) node).getText())).queryButton());
        settle();
    }

    /** Presses Ctrl (Cmd on macOS is not used headless) with {@code key}. */
    protected void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    protected String textOf(String query) {
        Node node = lookup(query).query();
        return ((Labeled) node).getText();
    }

    /** True when a node matching {@code query} is on screen (it and all its parents visible). */
    protected boolean isShown(String query) {
        return lookup(query).match(node -> node.getScene() != null && isTreeVisible(node)).tryQuery().isPresent();
    }

    private static boolean isTreeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Writes what the window shows now to a PNG file. */
    protected void screenshot(Path file) throws java.io.IOException {
        screenshot(window.scene(), file);
    }

    /** Writes what {@code scene} (a dialog's, say) shows now to a PNG file. */
    protected void screenshot(javafx.scene.Scene scene, Path file) throws java.io.IOException {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> shot.set(scene.snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(png, "png", file.toFile());
    }
}
