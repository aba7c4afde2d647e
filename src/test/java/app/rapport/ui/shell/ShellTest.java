package app.rapport.ui.shell;

import app.rapport.ui.ScreenTest;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window: it opens on Today; the rail switches screens, by mouse and by Ctrl+1..5. */
class ShellTest extends ScreenTest {

    @Override
    protected ShellController.Screen startScreen() {
        return null; // as the app opens
    }

    @Test
    void opensOnTodayWhoseEmptyListsSayWhatToDoNext() throws Exception {
        assertEquals(ShellController.Screen.TODAY, window.shell().selected());
        assertTrue(isShown(".today-page"));
        assertTrue(lookup(".today-empty").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().startsWith("No meetings coming up. Plan the next one")));
        assertEquals(6, lookup(".today-empty").queryAll().size(), "every list says what to do when empty");
    }

    @Test
    void contactsStartsEmptyWithAHint() throws Exception {
        clickOn("Contacts");
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertTrue(isShown("#emptyListLabel"));
        assertEquals("No contacts yet — add the first one with Ctrl+N, or import a vCard or CSV file with Ctrl+I.",
                textOf("#emptyListLabel"));
        assertEquals("No contacts", textOf("#countLabel"));
    }

    @Test
    void ctrlDigitsSwitchScreens() throws Exception {
        shortcut(KeyCode.DIGIT5);
        settle();
        assertEquals(ShellController.Screen.MEETINGS, window.shell().selected());
        assertTrue(isShown(".meetings-screen"));
        shortcut(KeyCode.DIGIT2);
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        shortcut(KeyCode.DIGIT1);
        settle();
        assertEquals(ShellController.Screen.TODAY, window.shell().selected());
        assertTrue(isShown(".today-page"));
    }
}
