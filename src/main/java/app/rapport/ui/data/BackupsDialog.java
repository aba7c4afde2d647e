package app.rapport.ui.data;

import app.rapport.service.Safekeeping;
import app.rapport.store.Backups;
import app.rapport.store.Backups.Backup;
import app.rapport.ui.AppContext;
import app.rapport.ui.DatabaseFiles;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The user's backups: where they are kept and how many, each with its date, contacts and size; "Back up now"; and
 * restoring one (or any backup file) after a confirmation that names its date and how many contacts it holds.
 * The current database is never overwritten by a restore: it is kept beside it, renamed. Listing, backing up and
 * checking a file all run off the JavaFX thread.
 */
public final class BackupsDialog extends Dialog<Void> {

    private final AppContext context;
    private final Texts texts;
    private final Safekeeping safekeeping;
    private final TableView<Backup> table = new TableView<>();
    private final Label status = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    private final Button backUpNow;
    private final Button restore;
    private final Button restoreFile;

    public BackupsDialog(AppContext context) {
        this.context = context;
        this.texts = context.texts();
        this.safekeeping = context.safekeeping();
        setTitle(texts.get("backups.title"));
        setHeaderText(texts.get("backups.header"));
        getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("backups.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().getStyleClass().add("backups-dialog");

        Label where = new Label(texts.get("backups.where", safekeeping.folder(), safekeeping.keep()));
        where.setWrapText(true);
        where.getStyleClass().add("dialog-note");

        table.setId("backups-table");
        table.setPlaceholder(new Label(texts.get("backups.none")));
        table.getColumns().add(column(texts.get("backups.column.taken"), b -> texts.dateTime(b.taken()), 190));
        table.getColumns().add(column(texts.get("backups.column.contacts"),
                b -> b.damaged() ? "" : texts.get("backups.contacts", b.contacts()), 110));
        table.getColumns().add(column(texts.get("backups.column.size"), b -> texts.size(b.size()), 90));
        table.getColumns().add(column(texts.get("backups.column.state"),
                b -> b.damaged() ? texts.get("backups.damaged", b.problem()) : texts.get("backups.good"), 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.setAccessibleText(texts.get("backups.title"));

        backUpNow = new Button(texts.get("backups.now"));
        backUpNow.setId("back-up-now");
        backUpNow.setDefaultButton(false);
        backUpNow.setOnAction(event -> backUpNow());
        restore = new Button(texts.get("backups.restore"));
        restore.setId("restore-backup");
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Backup selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.damaged();
        }, table.getSelectionModel().selectedItemProperty()));
        restore.setOnAction(event -> confirmRestore(table.getSelectionModel().getSelectedItem()));
        restoreFile = new Button(texts.get("backups.restoreFile"));
        restoreFile.setOnAction(event -> chooseFile());
        working.setPrefSize(18, 18);
        working.setAccessibleText(texts.get("backups.working"));
        Shown.set(working, false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, backUpNow, working, gap, restoreFile, restore);
        actions.getStyleClass().add("dialog-actions");
        status.setWrapText(true);
        status.setId("backups-status");

        VBox content = new VBox(10, where, table, actions, status);
        getDialogPane().setPrefWidth(760);
        getDialogPane().setMinWidth(760); // a dialog window otherwise opens at its default 600
        getDialogPane().setContent(content);
        load();
    }

    private static TableColumn<Backup, String> column(String title, Function<Backup, String> text, double width) {
        TableColumn<Backup, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void load() {
        busy(true, texts.get("backups.reading"));
        context.background().run(safekeeping::list, this::show, this::failed);
    }

    private void show(List<Backup> backups) {
        busy(false, null);
        table.getItems().setAll(backups);
        if (!backups.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void backUpNow() {
        busy(true, texts.get("backups.working"));
        context.background().run(safekeeping::backUp, made -> {
            status.setText(texts.get("backups.made", texts.dateTime(made.backup().taken()), made.backup().contacts(),
                    made.removed().size()));
            context.background().run(safekeeping::list, this::show, this::failed);
        }, this::failed);
    }

    private void chooseFile() {
        FileChooser chooser = DatabaseFiles.chooser(texts, texts.get("backups.chooseFile"));
        if (!table.getItems().isEmpty()) { // the folder exists: backups were read from it (no disk check here)
            chooser.setInitialDirectory(safekeeping.folder().toFile());
        }
        File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            checkThenConfirm(file.toPath());
        }
    }

    /** A file picked by hand is checked in full first; a damaged or foreign file is refused with the reason. */
    void checkThenConfirm(Path file) {
        busy(true, texts.get("backups.checking", file.getFileName()));
        context.background().run(() -> {
            Path database = safekeeping.databaseFile();
            if (Files.exists(file) && Files.isSameFile(file, database)) {
                throw new IllegalArgumentException(texts.get("backups.itself", database.getFileName()));
            }
            return Backups.verify(file);
        }, checked -> {
            busy(false, "");
            confirmRestore(checked);
        }, this::failed);
    }

    private void confirmRestore(Backup backup) {
        if (backup == null) {
            return;
        }
        String when = backup.taken() == null ? backup.file().getFileName().toString() : texts.dateTime(backup.taken());
        ButtonType yes = new ButtonType(texts.get("backups.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = Shown.alert(table, Alert.AlertType.CONFIRMATION, texts.get("backups.confirm.title"),
                texts.get("backups.confirm.header", when, backup.contacts()),
                texts.get("backups.confirm.text", safekeeping.databaseFile().getFileName(), backup.file()), yes, no);
        if (confirm.showAndWait().orElse(no) == yes) {
            close();
            context.navigator().restoreBackup(backup);
        }
    }

    private void failed(Throwable error) {
        busy(false, "");
        status.setText(texts.get("backups.failed", texts.describe(error)));
    }

    private void busy(boolean on, String message) {
        Shown.set(working, on);
        backUpNow.setDisable(on);
        restoreFile.setDisable(on);
        table.setDisable(on);
        if (message != null) {
            status.setText(message);
        }
    }
}
