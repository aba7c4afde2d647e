package app.rapport.ui.shell;

import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.ui.ScreenTest;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** App-wide keys: Ctrl+K jumps to anyone by name from any screen; F1 and Ctrl+/ list every shortcut. */
class KeyboardTest extends ScreenTest {

    @Override
    protected ShellController.Screen startScreen() {
        return null; // from Today, as the app opens
    }

    @Override
    protected void seed(ContactBook book) {
        book.save(contact("Ana Sousa").organisation("Sousa Bookkeeping").stage(RelationshipStage.TRUST).build());
        book.save(contact("Anaïs Martin").stage(RelationshipStage.LIKE).build());
        book.save(contact("Ben Whitaker").build());
    }

    private void typeInQuickJump(String text) throws Exception {
        shortcut(KeyCode.K);
        settle();
        assertTrue(isShown("#quickJumpName"));
        clickOn("#quickJumpName").write(text);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup("#quickJumpMatches").queryAs(ListView.class).getItems().isEmpty());
        settle();
    }

    @Test
    void ctrlKOpensTheFirstMatchWithEnter() throws Exception {
        typeInQuickJump("ana");
        @SuppressWarnings("unchecked")
        List<Object> matches = lookup("#quickJumpMatches").queryAs(ListView.class).getItems();
        assertEquals(2, matches.size(), "Ana and Anaïs (accents folded), not Ben");

        type(KeyCode.ENTER);
        settle();
        assertEquals(ShellController.Screen.CONTACTS, window.shell().selected());
        assertEquals("Ana Sousa", textOf("#nameHeading"));
    }

    @Test
    void downPicksAnotherMatchAndEscapeChangesNothing() throws Exception {
        typeInQuickJump("ana");
        type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle();
        assertEquals("Anaïs Martin", textOf("#nameHeading"));

        typeInQuickJump("ben");
        type(KeyCode.ESCAPE);
        settle();
        assertFalse(isShown("#quickJumpName"));
        assertEquals("Anaïs Martin", textOf("#nameHeading"));
    }

    @Test
    void f1AndCtrlSlashListEveryShortcut() throws Exception {
        type(KeyCode.F1);
        settle();
        List<String> keys = lookup(".shortcut-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(keys.containsAll(List.of("Ctrl+1 … Ctrl+5", "Ctrl+K", "Ctrl+N", "Ctrl+F", "F1, Ctrl+/", "Ctrl+M",
                "Ctrl+I", "Ctrl+E", "Ctrl+B", "Ctrl+,")), keys.toString());
        clickOn("Close");
        settle();
        assertFalse(isShown(".shortcuts-overlay"));

        press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        settle();
        assertTrue(isShown(".shortcuts-overlay"));
        clickOn("Close");
        settle();
    }

    /** The data dialogs open from the keyboard, and Escape closes each without a change. */
    @Test
    void ctrlIECommaAndBOpenImportExportPreferencesAndBackups() throws Exception {
        for (var entry : java.util.Map.of(KeyCode.I, ".import-dialog", KeyCode.E, ".export-dialog",
                KeyCode.COMMA, ".preferences-dialog", KeyCode.B, ".backups-dialog").entrySet()) {
            press(KeyCode.CONTROL, entry.getKey()).release(entry.getKey(), KeyCode.CONTROL);
            settle();
            assertTrue(isShown(entry.getValue()), entry.getValue());
            type(KeyCode.ESCAPE);
            settle();
            assertFalse(isShown(entry.getValue()), entry.getValue() + " closes with Escape");
        }
    }
}
