package app.rapport.ui.data;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.Preferences;
import app.rapport.model.Theme;
import app.rapport.service.ContactBook;
import app.rapport.service.exports.ExportFormat;
import app.rapport.store.Backups.Backup;
import app.rapport.ui.ScreenTest;
import app.rapport.ui.Themes;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import, export, backups and preferences as the user meets them. */
class DataDialogsTest extends ScreenTest {

    @Override
    protected void seed(ContactBook book) {
        book.save(new Contact(0, "Ana Silva", "", "", List.of("ana@silva.example"), List.of(), "", "", "", "", null,
                null, "", "", List.of(), "", null, null, false, null, null));
    }

    @AfterEach
    void lightAgain() throws Exception {
        FxToolkit.setupFixture(() -> Themes.apply(Theme.LIGHT));
    }

    /** Writes the dialog (the one with {@code styleClass}) to the screenshots folder, for looking at. */
    private void shot(String styleClass, String name) throws Exception {
        String folder = System.getProperty("rapport.screenshots");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            screenshot(lookup(styleClass).query().getScene(), Path.of(folder, name));
        }
    }

    @Test
    void preferencesChangeTheThemeBackupsAndRhythmAndAreStoredOutsideTheDatabase() throws Exception {
        shortcut(KeyCode.COMMA);
        settle();
        assertTrue(isShown(".preferences-dialog"));
        clickOn("#theme-dark");
        clickOn(lookup(".tab-label").match(n -> "Backups".equals(((Label) n).getText())).queryLabeled());
        TextField backupFolder = lookup("#backup-folder").queryAs(TextField.class);
        Path elsewhere = folder.resolve("safe place");
        interact(() -> backupFolder.setText(elsewhere.toString()));
        interact(() -> lookup("#backups-keep").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("3"));
        answerDialog("Save");

        Preferences stored = preferences().load();
        assertEquals(Theme.DARK, stored.theme());
        assertEquals(elsewhere, stored.backupFolder());
        assertEquals(3, stored.backupsToKeep());
        assertEquals(Theme.DARK, Themes.current(), "the window changed at once");
        assertEquals(elsewhere, window.context().safekeeping().folder());
        assertEquals("Preferences saved.", textOf(".notification-message"));
        shortcut(KeyCode.COMMA);
        settle();
        shot(".preferences-dialog", "preferences.png");
        answerDialog("Cancel");
    }

    @Test
    void aRelativeBackupFolderCannotBeSaved() throws Exception {
        shortcut(KeyCode.COMMA);
        settle();
        clickOn(lookup(".tab-label").match(n -> "Backups".equals(((Label) n).getText())).queryLabeled());
        interact(() -> lookup("#backup-folder").queryAs(TextField.class).setText("backups"));
        assertTrue(lookup(".dialog-pane .button").match(n -> "Save".equals(((Button) n).getText())).queryButton()
                .isDisabled());
        assertTrue(isShown(".field-error"));
        assertEquals("Give the whole path of the folder, e.g. /home/you/Backups/Rapport.",
                lookup(".preferences-dialog .field-error").match(n -> !((Label) n).getText().isEmpty())
                        .queryLabeled().getText());
        answerDialog("Cancel");
        assertEquals(Preferences.defaults(), preferences().load(), "nothing stored");
    }

    @Test
    void backUpNowThenRestoreAsksWithTheDateAndCountFirst() throws Exception {
        AtomicReference<Backup> restored = new AtomicReference<>();
        window.context().navigator().onRestoreBackup(restored::set);
        clickOn("Backups…");
        settle();
        assertEquals("No backups yet. Back up now, or wait for the daily one.",
                ((Label) lookup("#backups-table").queryAs(TableView.class).getPlaceholder()).getText());
        clickOn("#back-up-now");
        settle();
        TableView<?> table = lookup("#backups-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(textOf("#backups-status").startsWith("Backed up 1 contact ("), textOf("#backups-status"));
        shot(".backups-dialog", "backups.png");

        clickOn("#restore-backup");
        settle();
        String header = lookup(".dialog-pane .header-panel .label").match(n -> ((Label) n).getText() != null
                && ((Label) n).getText().startsWith("Restore the backup of")).queryLabeled().getText();
        assertTrue(header.endsWith(", with 1 contact?"), header);
        answerDialog("Restore");
        assertNotNull(restored.get(), "the app was asked to restore it");
        assertEquals(1, restored.get().contacts());
    }

    @Test
    void importAVCardFileMergesTheKnownPersonAndAddsTheNew() throws Exception {
        Path cards = Files.writeString(folder.resolve("phone.vcf"), """
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Ana Silva\r
                ORG:Silva Design\r
                EMAIL:ana@silva.example\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Bruno Costa\r
                EMAIL:bruno@costa.example\r
                END:VCARD\r
                """);
        ImportDialog dialog = openImport();
        interact(() -> dialog.open(cards));
        settle();
        assertEquals("Read as: vCard", textOf("#import-format"));
        assertEquals("2 records read: 1 new, 1 possibly already known, 0 cannot be imported.",
                textOf("#import-summary"));
        assertEquals(1, lookup("#import-duplicates").queryAs(TableView.class).getItems().size());
        shot(".import-dialog", "import-preview.png");

        clickOn(lookup(".dialog-pane .button").match(n -> "Import".equals(((Button) n).getText())).queryButton());
        settle();
        assertEquals("Imported: 1 added, 1 merged, 0 skipped.", textOf("#import-summary"));
        assertEquals(2, book.count(ContactQuery.all()));
        long ana = book.findByName("Ana Silva", 1).get(0).id();
        assertEquals("Silva Design", book.contact(ana).organisation());
        assertEquals(1, window.context().safekeeping().list().size(), "a backup was made first");
        assertEquals("Import done: 1 added, 1 merged, 0 skipped.", textOf(".notification-message"));

        // Undo goes back to the backup made just before
        AtomicReference<Backup> restored = new AtomicReference<>();
        window.context().navigator().onRestoreBackup(restored::set);
        interact(() -> lookup(".dialog-pane .button").match(n -> "Close".equals(((Button) n).getText()))
                .queryButton().fire());
        clickOn(".notification-undo");
        settle();
        assertEquals(null, restored.get(), "not before the user confirms");
        answerDialog("Undo the import");
        assertEquals(window.context().safekeeping().list().get(0).file(), restored.get().file());
        assertEquals(1, restored.get().contacts(), "the network as it was before the import");
    }

    @Test
    void anUnknownCsvIsMatchedColumnByColumnBeforeImporting() throws Exception {
        Path csv = Files.writeString(folder.resolve("fair.csv"), "Wer;Firma;Mail\nCarla Dias;Dias & Filhos;"
                + "carla@dias.example\nDuarte Reis;;duarte@reis.example\n");
        ImportDialog dialog = openImport();
        interact(() -> dialog.open(csv));
        settle();
        assertTrue(isShown("#import-mapping"));
        assertTrue(lookup("#import-check").queryButton().isDisabled(), "no column gives names yet");
        assertEquals("Choose the column with the name (or first and last name) to go on.", textOf("#import-status"));

        @SuppressWarnings("unchecked")
        ComboBox<app.rapport.service.imports.ImportField> first = lookup("#import-mapping .combo-box")
                .queryAs(ComboBox.class);
        interact(() -> first.setValue(app.rapport.service.imports.ImportField.NAME));
        settle();
        TableView<?> sample = lookup("#import-sample").queryAs(TableView.class);
        assertEquals(2, sample.getItems().size());
        shot(".import-dialog", "import-mapping.png");
        clickOn("#import-check");
        settle();
        assertEquals("2 records read: 2 new, 0 possibly already known, 0 cannot be imported.",
                textOf("#import-summary"));
        clickOn(lookup(".dialog-pane .button").match(n -> "Import".equals(((Button) n).getText())).queryButton());
        settle();
        assertEquals(3, book.count(ContactQuery.all()), textOf("#import-status"));
        assertFalse(book.findByName("Carla Dias", 1).isEmpty());
    }

    @Test
    void exportAnArchiveWithoutConfidentialNotesByDefault() throws Exception {
        AtomicReference<ExportDialog> made = new AtomicReference<>();
        interact(() -> {
            ExportDialog shown = new ExportDialog(window.context());
            shown.initOwner(stage);
            shown.show();
            made.set(shown);
        });
        ExportDialog dialog = made.get();
        clickOn("#export-json");
        assertTrue(isShown("#export-confidential"));
        assertFalse(isShown("#export-archived"));
        shot(".export-dialog", "export.png");
        Path file = folder.resolve("all.json");
        interact(() -> dialog.export(ExportFormat.JSON, file));
        settle();
        assertEquals("Archived 1 items to " + file + ".", textOf("#export-status"));
        assertTrue(Files.readString(file).contains("Ana Silva"));
        interact(dialog::close);
    }

    private ImportDialog openImport() throws Exception {
        AtomicReference<ImportDialog> made = new AtomicReference<>();
        interact(() -> {
            ImportDialog dialog = new ImportDialog(window.context(), () -> { });
            dialog.initOwner(stage);
            dialog.show();
            made.set(dialog);
        });
        settle();
        return made.get();
    }
}
