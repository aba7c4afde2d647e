package app.rapport.ui;

import app.rapport.model.Theme;
import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.ui.shell.ShellController;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Switching between the light and the dark theme restyles the open window at once, with no restart. */
class ThemesTest extends ScreenTest {

    @Override
    protected void seed(ContactBook book) {
        database.transaction(c -> DemoNetwork.populate(book, CLOCK));
    }

    @Override
    protected ShellController.Screen startScreen() {
        return null; // Today
    }

    @AfterEach
    void backToLight() {
        interact(() -> Themes.apply(Theme.LIGHT));
    }

    @Test
    void theWindowOpensLightAndSwitchesToDarkAndBackWhileOpen() throws Exception {
        assertEquals(Theme.LIGHT, Themes.current(), "the light theme unless the user chose dark");
        assertLight();

        interact(() -> Themes.apply(Theme.DARK));
        settle();
        assertEquals(Theme.DARK, Themes.current());
        assertTrue(brightness(sectionBackground()) < 0.2, "a Today section is dark: " + sectionBackground());
        assertTrue(brightness(titleText()) > 0.7, "the screen title is light text: " + titleText());
        assertTrue(brightness(navBackground()) < 0.2, "the navigation rail is dark too: " + navBackground());

        // a screen first opened in the dark theme is dark as well
        clickOn("#boardButton");
        settle();
        Color card = fill(lookup(".board-card").queryAs(Region.class));
        assertTrue(brightness(card) < 0.2, "a board card is dark: " + card);

        interact(() -> Themes.apply(Theme.LIGHT));
        settle();
        clickOn("#todayButton");
        settle();
        assertLight();
    }

    @Test
    void switchingLeavesTheContactsListAsWideAsItWas() throws Exception {
        clickOn("#contactsButton");
        settle();
        SplitPane split = lookup(".contacts-screen").queryAs(SplitPane.class);
        double before = split.getDividerPositions()[0];
        interact(() -> Themes.apply(Theme.DARK));
        settle();
        assertEquals(before, split.getDividerPositions()[0], 0.01, "the divider stays where it was");
    }

    @Test
    void theWindowCarriesTheAppIconInSmallAndLargeSizes() {
        var widths = stage.getIcons().stream().map(icon -> (int) icon.getWidth()).toList();
        assertTrue(widths.contains(16) && widths.contains(256), "icons of 16 and 256 pixels: " + widths);
    }

    private void assertLight() {
        assertTrue(brightness(sectionBackground()) > 0.9, "a Today section is light: " + sectionBackground());
        assertTrue(brightness(titleText()) < 0.3, "the screen title is dark text: " + titleText());
        assertTrue(brightness(navBackground()) > 0.9, "the navigation rail is light: " + navBackground());
    }

    private Color sectionBackground() {
        return fill(lookup(".today-section").queryAs(Region.class));
    }

    private Color navBackground() {
        return fill(lookup(".nav-rail").queryAs(Region.class));
    }

    private Color titleText() {
        return (Color) lookup(".today-page .screen-title").queryAs(Labeled.class).getTextFill();
    }

    private static Color fill(Region region) {
        var fills = region.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    private static double brightness(Color color) {
        return color.getBrightness();
    }
}
