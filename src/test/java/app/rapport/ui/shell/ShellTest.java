package app.rapport.ui.shell;

import app.rapport.ui.ScreenTest;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window: the rail switches screens, by mouse and by Ctrl+1..5; screens not built yet say so. */
class ShellTest extends ScreenTest {

    @Test
    void opensOnContactsWithAnEmptyStateThatSaysWhatToDo() throws Exception {
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertTrue(isShown("#emptyListLabel"));
        assertEquals("No contacts yet — add the first one with Ctrl+N.", textOf("#emptyListLabel"));
        assertEquals("No contacts", textOf("#countLabel"));
    }

    @Test
    void screensNotBuiltYetSaySoPlainly() throws Exception {
        clickOn("Meetings");
        settle();
        assertEquals(ShellController.Screen.MEETINGS, window.shell().selected());
        assertTrue(isShown("#placeholder-meetings"));
        assertEquals("Not built yet.", textOf("#placeholder-meetings .placeholder-status"));

        clickOn("Go to Contacts");
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertFalse(isShown("#placeholder-meetings"));
    }

    @Test
    void ctrlDigitsSwitchScreens() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle();
        assertEquals(ShellController.Screen.TODAY, window.shell().selected());
        assertTrue(isShown("#placeholder-today"));
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        settle();
        assertEquals(ShellController.Screen.MEETINGS, window.shell().selected());
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
    }
}
