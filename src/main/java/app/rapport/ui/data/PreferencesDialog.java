package app.rapport.ui.data;

import app.rapport.model.Preferences;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Theme;
import app.rapport.ui.AppContext;
import app.rapport.ui.DatabaseFiles;
import app.rapport.ui.RhythmFields;
import app.rapport.ui.Shown;
import app.rapport.ui.SpinnerText;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Preferences (Ctrl+,): the theme, the stay-in-touch rhythm per stage, where backups go and how many are kept, and
 * where the database file lives (with Move…). They are stored in the preferences file in the data folder, outside the
 * database, so a broken database never hides them. The dialog returns what the user chose; the caller saves it off
 * the JavaFX thread.
 */
public final class PreferencesDialog extends Dialog<Preferences> {

    private final Texts texts;
    private final AppContext context;
    private final RadioButton light;
    private final RadioButton dark;
    private final RhythmFields rhythm;
    private final TextField backupFolder = new TextField();
    private final Spinner<Integer> keep;
    private final Label backupError = new Label();
    private final Node saveButton;

    public PreferencesDialog(AppContext context, Preferences current) {
        this.context = context;
        this.texts = context.texts();
        setTitle(texts.get("preferences.title"));
        setHeaderText(null);
        ButtonType save = new ButtonType(texts.get("preferences.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().getStyleClass().add("preferences-dialog");
        saveButton = getDialogPane().lookupButton(save);

        ToggleGroup themes = new ToggleGroup();
        light = new RadioButton(texts.get("preferences.theme.light"));
        light.setId("theme-light");
        light.setToggleGroup(themes);
        dark = new RadioButton(texts.get("preferences.theme.dark"));
        dark.setId("theme-dark");
        dark.setToggleGroup(themes);
        (current.theme() == Theme.DARK ? dark : light).setSelected(true);
        Label themeLabel = new Label(texts.get("preferences.theme"));
        VBox look = new VBox(10, themeLabel, light, dark, note(texts.get("preferences.theme.note")));

        rhythm = new RhythmFields(texts, current.stayInTouch());
        Button defaults = new Button(texts.get("rhythm.defaults"));
        defaults.setOnAction(event -> rhythm.show(StayInTouchCadence.defaults()));
        VBox stayInTouch = new VBox(10, note(texts.get("rhythm.header")), rhythm.grid(), rhythm.error(), defaults,
                note(texts.get("rhythm.note")));

        backupFolder.setId("backup-folder");
        backupFolder.setText(context.safekeeping().folder().toString());
        backupFolder.setPrefColumnCount(34);
        Label folderLabel = new Label(texts.get("preferences.backups.folder"));
        folderLabel.setLabelFor(backupFolder);
        Button chooseFolder = new Button(texts.get("preferences.backups.choose"));
        chooseFolder.setOnAction(event -> chooseBackupFolder());
        HBox.setHgrow(backupFolder, Priority.ALWAYS);
        keep = new Spinner<>(1, Preferences.MOST_BACKUPS_TO_KEEP, context.safekeeping().keep());
        keep.setId("backups-keep");
        keep.setEditable(true);
        keep.setPrefWidth(96);
        Label keepLabel = new Label(texts.get("preferences.backups.keep"));
        keepLabel.setLabelFor(keep);
        backupError.getStyleClass().add("field-error");
        GridPane backupGrid = new GridPane();
        backupGrid.getStyleClass().add("dialog-grid");
        backupGrid.addRow(0, folderLabel, new HBox(8, backupFolder, chooseFolder));
        backupGrid.addRow(1, keepLabel, keep);
        VBox backups = new VBox(10, backupGrid, backupError, note(texts.get("preferences.backups.note")));

        Label file = new Label(context.safekeeping().databaseFile().toString());
        file.setId("database-file");
        file.setWrapText(true);
        file.getStyleClass().add("path-text");
        Button move = new Button(texts.get("preferences.data.move"));
        move.setId("move-database");
        move.setOnAction(event -> chooseNewPlace());
        VBox data = new VBox(10, new Label(texts.get("preferences.data.file")), file, move,
                note(texts.get("preferences.data.note")));

        TabPane tabs = new TabPane(tab(texts.get("preferences.tab.look"), look),
                tab(texts.get("preferences.tab.stayInTouch"), stayInTouch),
                tab(texts.get("preferences.tab.backups"), backups),
                tab(texts.get("preferences.tab.data"), data));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 430);
        getDialogPane().setContent(tabs);

        rhythm.validProperty().addListener((obs, before, now) -> validate());
        backupFolder.textProperty().addListener((obs, before, now) -> validate());
        keep.getEditor().textProperty().addListener((obs, before, now) -> validate());
        setResultConverter(button -> button == save ? chosen(current) : null);
        setOnShown(event -> Platform.runLater(light.isSelected() ? light::requestFocus : dark::requestFocus));
    }

    private static Tab tab(String title, VBox content) {
        content.getStyleClass().add("preferences-page");
        return new Tab(title, content);
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("dialog-note");
        return note;
    }

    private void validate() {
        String problem = folderProblem(backupFolder.getText());
        if (problem == null && !SpinnerText.isValid(keep)) {
            problem = texts.get("preferences.backups.keepInvalid", Preferences.MOST_BACKUPS_TO_KEEP);
        }
        backupError.setText(problem == null ? "" : problem);
        saveButton.setDisable(problem != null || !rhythm.validProperty().get());
    }

    /** Why the typed backup folder cannot be used, or null. Only the text is checked; the folder is made later. */
    String folderProblem(String text) {
        if (text == null || text.isBlank()) {
            return texts.get("preferences.backups.folderMissing");
        }
        try {
            if (!Path.of(text.strip()).isAbsolute()) {
                return texts.get("preferences.backups.folderRelative");
            }
        } catch (InvalidPathException e) {
            return texts.get("preferences.backups.folderInvalid", e.getReason());
        }
        return null;
    }

    private Preferences chosen(Preferences current) {
        SpinnerText.commit(keep);
        return current.withTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT)
                .withStayInTouch(rhythm.chosen())
                .withBackups(Path.of(backupFolder.getText().strip()), keep.getValue());
    }

    private void chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("preferences.backups.folder"));
        File folder = context.safekeeping().folder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            backupFolder.setText(chosen.getAbsolutePath());
        }
    }

    private void chooseNewPlace() {
        FileChooser chooser = DatabaseFiles.chooser(texts, texts.get("preferences.data.moveTitle"));
        chooser.setInitialFileName(context.safekeeping().databaseFile().getFileName().toString());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            confirmMove(chosen.toPath().toAbsolutePath());
        }
    }

    /** Asks before moving; a place that is taken or is the same file is refused with the reason. */
    void confirmMove(Path target) {
        Path now = context.safekeeping().databaseFile();
        String refusal = target.equals(now) ? texts.get("preferences.data.same")
                : Files.exists(target) ? texts.get("preferences.data.taken", target) : null;
        if (refusal != null) {
            Shown.alert(getDialogPane(), Alert.AlertType.INFORMATION, texts.get("preferences.data.moveTitle"),
                    refusal, "").showAndWait();
            return;
        }
        ButtonType yes = new ButtonType(texts.get("preferences.data.moveYes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = Shown.alert(getDialogPane(), Alert.AlertType.CONFIRMATION,
                texts.get("preferences.data.moveTitle"), texts.get("preferences.data.moveHeader", target),
                texts.get("preferences.data.moveText", now), yes, no);
        if (confirm.showAndWait().orElse(no) == yes) {
            setResult(null);
            close();
            context.navigator().moveDatabase(target);
        }
    }
}
