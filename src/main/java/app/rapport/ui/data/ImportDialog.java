package app.rapport.ui.data;

import app.rapport.service.exports.ExportCancelledException;
import app.rapport.service.imports.ColumnMapping;
import app.rapport.service.imports.Duplicate;
import app.rapport.service.imports.DuplicateDecision;
import app.rapport.service.imports.ImportCancelledException;
import app.rapport.service.imports.ImportField;
import app.rapport.service.imports.ImportPreview;
import app.rapport.service.imports.ImportReport;
import app.rapport.service.imports.ImportSource;
import app.rapport.service.imports.SampleRow;
import app.rapport.service.imports.SkippedRecord;
import app.rapport.store.Backups.Backup;
import app.rapport.ui.AppContext;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Import (Ctrl+I): a vCard file, a LinkedIn, Google or Outlook CSV export, any other CSV through a column mapping the
 * user checks against the first rows, or a Rapport JSON archive into an empty database. The file is read once to
 * show what would happen (new people, possible duplicates — each to merge, add as new or skip —, records that
 * cannot be imported, with line and reason), then, on Import, a backup is made and everything is written in one
 * transaction. Both readings show progress and can be cancelled; a cancelled or failed import changes nothing.
 */
public final class ImportDialog extends Dialog<Void> {

    private static final int SAMPLE_ROWS = 5;

    private final AppContext context;
    private final Texts texts;
    private final Runnable onImported;
    private final Label fileLabel = new Label();
    private final Label formatLabel = new Label();
    private final VBox mappingBox = new VBox(8);
    private final TableView<ColumnRow> mappingTable = new TableView<>();
    private final TableView<SampleRow> sampleTable = new TableView<>();
    private final VBox previewBox = new VBox(8);
    private final Label previewSummary = new Label();
    private final TableView<DuplicateRow> duplicatesTable = new TableView<>();
    private final ListView<String> skippedList = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button checkButton = new Button();
    private final Hyperlink changeColumns = new Hyperlink();
    private final Button cancelWork = new Button();
    private final Button importButton;
    private final ButtonType importType;
    private final ButtonType closeType;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ImportSource source;
    private boolean archive;
    private boolean working;
    private boolean done;

    public ImportDialog(AppContext context, Runnable onImported) {
        this.context = context;
        this.texts = context.texts();
        this.onImported = onImported;
        setTitle(texts.get("import.title"));
        setHeaderText(texts.get("import.header"));
        setResizable(true);
        importType = new ButtonType(texts.get("import.run"), ButtonBar.ButtonData.OK_DONE);
        closeType = new ButtonType(texts.get("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importType, closeType);
        getDialogPane().getStyleClass().add("import-dialog");
        importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setDisable(true);
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the report
            startImport();
        });
        getDialogPane().lookupButton(closeType).addEventFilter(ActionEvent.ACTION, event -> {
            if (working) {
                event.consume();
                cancelled.set(true);
            }
        });
        setOnCloseRequest(event -> {
            if (working) {
                event.consume();
                cancelled.set(true);
            }
        });

        Button choose = new Button(texts.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(event -> chooseFile());
        fileLabel.setText(texts.get("import.noFile"));
        fileLabel.setId("import-file");
        formatLabel.setId("import-format");
        formatLabel.getStyleClass().add("dialog-note");
        HBox fileRow = new HBox(10, choose, fileLabel);
        fileRow.getStyleClass().add("dialog-actions");
        Label formats = new Label(texts.get("import.formats"));
        formats.setWrapText(true);
        formats.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, not cut to one line
        formats.getStyleClass().add("dialog-note");

        buildMapping();
        buildPreview();

        checkButton.setText(texts.get("import.check"));
        checkButton.setId("import-check");
        checkButton.setDisable(true);
        checkButton.setOnAction(event -> startPreview());
        cancelWork.setText(texts.get("import.cancelWork"));
        cancelWork.setId("import-cancel-work");
        cancelWork.setOnAction(event -> cancelled.set(true));
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        changeColumns.setText(texts.get("import.mapping.change"));
        changeColumns.setId("import-change-columns");
        changeColumns.setOnAction(event -> {
            Shown.set(previewBox, false);
            Shown.set(changeColumns, false);
            Shown.set(mappingBox, true);
            importButton.setDisable(true);
            getDialogPane().getScene().getWindow().sizeToScene();
        });
        Shown.set(changeColumns, false);
        HBox workRow = new HBox(10, checkButton, changeColumns, progress, cancelWork);
        workRow.getStyleClass().add("dialog-actions");
        status.setId("import-status");
        status.setWrapText(true);
        Shown.set(progress, false);
        Shown.set(cancelWork, false);

        VBox content = new VBox(12, formats, fileRow, formatLabel, mappingBox, workRow, status, previewBox);
        getDialogPane().setPrefWidth(860);
        getDialogPane().setMinWidth(860); // a dialog window otherwise opens at its default 600
        getDialogPane().setContent(content);
        Shown.set(mappingBox, false);
        Shown.set(previewBox, false);
        setOnShown(event -> Platform.runLater(choose::requestFocus));
    }

    // ------------------------------------------------------------------------------------------------ the file

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("import.filter.all"), "*.vcf", "*.vcard", "*.csv", "*.txt",
                        "*.json"),
                new FileChooser.ExtensionFilter(texts.get("problem.anyFile"), "*"));
        File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Reads the start of {@code file} to tell its kind (and guess a CSV's columns). */
    public void open(Path file) {
        source = null;
        archive = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        fileLabel.setText(file.toString());
        Shown.set(previewBox, false);
        Shown.set(mappingBox, false);
        importButton.setDisable(true);
        checkButton.setDisable(true);
        Shown.set(checkButton, !archive);
        Shown.set(changeColumns, false);
        if (archive) {
            formatLabel.setText(texts.get("import.format.archive"));
            importButton.setDisable(false);
            status.setText(texts.get("import.archive.note"));
            return;
        }
        status.setText(texts.get("import.reading"));
        context.background().run(() -> ImportSource.of(file), opened -> {
            source = opened;
            formatLabel.setText(texts.get("import.format", opened.format().label()));
            status.setText("");
            checkButton.setDisable(false);
            if (opened.format().isCsv()) {
                showMapping(opened.mapping());
            } else {
                startPreview();
            }
        }, this::failed);
    }

    // ------------------------------------------------------------------------------------------- the columns

    /** One column of a CSV file and what it fills. */
    private record ColumnRow(int index, String name) {
    }

    private void buildMapping() {
        Label title = new Label(texts.get("import.mapping.title"));
        title.getStyleClass().add("section-title");
        TableColumn<ColumnRow, String> column = new TableColumn<>(texts.get("import.mapping.column"));
        column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().name()));
        column.setPrefWidth(260);
        TableColumn<ColumnRow, ColumnRow> field = new TableColumn<>(texts.get("import.mapping.field"));
        field.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        field.setCellFactory(col -> new FieldCell());
        field.setPrefWidth(220);
        mappingTable.getColumns().setAll(List.of(column, field));
        mappingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mappingTable.setPrefHeight(180);
        mappingTable.setId("import-mapping");

        TableColumn<SampleRow, String> line = new TableColumn<>(texts.get("import.sample.line"));
        line.setCellValueFactory(cell -> new SimpleStringProperty(Integer.toString(cell.getValue().line())));
        line.setPrefWidth(60);
        TableColumn<SampleRow, String> name = new TableColumn<>(texts.get("import.sample.name"));
        name.setCellValueFactory(cell -> new SimpleStringProperty(
                cell.getValue().person() == null ? "" : cell.getValue().person().name()));
        name.setPrefWidth(170);
        TableColumn<SampleRow, String> organisation = new TableColumn<>(texts.get("import.sample.organisation"));
        organisation.setCellValueFactory(cell -> new SimpleStringProperty(
                cell.getValue().person() == null ? "" : cell.getValue().person().organisation()));
        organisation.setPrefWidth(150);
        TableColumn<SampleRow, String> email = new TableColumn<>(texts.get("import.sample.email"));
        email.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().person() == null ? ""
                : String.join(", ", cell.getValue().person().emails())));
        email.setPrefWidth(190);
        TableColumn<SampleRow, String> problem = new TableColumn<>(texts.get("import.sample.problem"));
        problem.setCellValueFactory(cell -> new SimpleStringProperty(
                cell.getValue().problem() == null ? "" : cell.getValue().problem()));
        problem.setPrefWidth(200);
        sampleTable.getColumns().setAll(List.of(line, name, organisation, email, problem));
        sampleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sampleTable.setPrefHeight(150);
        sampleTable.setId("import-sample");
        sampleTable.setPlaceholder(new Label(texts.get("import.sample.none")));
        Label sampleTitle = new Label(texts.get("import.sample.title"));
        sampleTitle.getStyleClass().add("section-title");
        mappingBox.getChildren().setAll(title, mappingTable, sampleTitle, sampleTable);
    }

    private void showMapping(ColumnMapping mapping) {
        List<ColumnRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < mapping.columns().size(); i++) {
            rows.add(new ColumnRow(i, mapping.columns().get(i)));
        }
        mappingTable.getItems().setAll(rows);
        Shown.set(mappingBox, true);
        resample();
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private void remap(int column, ImportField field) {
        source = source.withMapping(source.mapping().with(column, field));
        formatLabel.setText(texts.get("import.format", source.format().label()));
        Shown.set(previewBox, false);
        importButton.setDisable(true);
        resample();
    }

    private void resample() {
        ImportSource current = source;
        boolean names = current.mapping().givesNames();
        checkButton.setDisable(!names);
        status.setText(names ? "" : texts.get("import.mapping.noName"));
        context.background().run(() -> context.transfers().imports().sample(current, SAMPLE_ROWS),
                rows -> sampleTable.getItems().setAll(rows), this::failed);
    }

    /** The field a column fills, chosen from a drop-down. */
    private final class FieldCell extends TableCell<ColumnRow, ColumnRow> {
        private final ComboBox<ImportField> choice = new ComboBox<>();

        FieldCell() {
            choice.getItems().setAll(ImportField.values());
            choice.setConverter(texts.converter(ImportField::label));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setOnAction(event -> {
                ColumnRow row = getItem();
                ImportField picked = choice.getValue();
                if (row != null && picked != null && picked != source.mapping().fields().get(row.index())) {
                    remap(row.index(), picked);
                }
            });
        }

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            choice.setValue(source.mapping().fields().get(row.index()));
            choice.setAccessibleText(texts.get("import.mapping.accessible", row.name()));
            setGraphic(choice);
        }
    }

    // ------------------------------------------------------------------------------------------- the preview

    /** A possible duplicate with the user's decision. */
    private static final class DuplicateRow {
        private final Duplicate duplicate;
        private DuplicateDecision decision = DuplicateDecision.MERGE;

        DuplicateRow(Duplicate duplicate) {
            this.duplicate = duplicate;
        }
    }

    private void buildPreview() {
        previewSummary.setId("import-summary");
        previewSummary.setWrapText(true);
        previewSummary.getStyleClass().add("section-title");
        TableColumn<DuplicateRow, String> line = new TableColumn<>(texts.get("import.sample.line"));
        line.setCellValueFactory(cell -> new SimpleStringProperty(Integer.toString(cell.getValue().duplicate.line())));
        line.setPrefWidth(60);
        TableColumn<DuplicateRow, String> incoming = new TableColumn<>(texts.get("import.duplicates.incoming"));
        incoming.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().duplicate.name()));
        incoming.setPrefWidth(170);
        TableColumn<DuplicateRow, String> known = new TableColumn<>(texts.get("import.duplicates.known"));
        known.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().duplicate.inSameFile()
                ? texts.get("import.duplicates.earlier", cell.getValue().duplicate.existingName(),
                        cell.getValue().duplicate.earlierLine())
                : cell.getValue().duplicate.existingName()));
        known.setPrefWidth(200);
        TableColumn<DuplicateRow, String> why = new TableColumn<>(texts.get("import.duplicates.why"));
        why.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().duplicate.why()));
        why.setPrefWidth(190);
        TableColumn<DuplicateRow, DuplicateRow> decision = new TableColumn<>(texts.get("import.duplicates.decision"));
        decision.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        decision.setCellFactory(col -> new DecisionCell());
        decision.setPrefWidth(150);
        duplicatesTable.getColumns().setAll(List.of(line, incoming, known, why, decision));
        duplicatesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        duplicatesTable.setPrefHeight(160);
        duplicatesTable.setId("import-duplicates");
        duplicatesTable.setPlaceholder(new Label(texts.get("import.duplicates.none")));
        skippedList.setPrefHeight(110);
        skippedList.setId("import-skipped");
        skippedList.setPlaceholder(new Label(texts.get("import.skipped.none")));
        Label duplicatesTitle = new Label(texts.get("import.duplicates.title"));
        duplicatesTitle.getStyleClass().add("section-title");
        Label skippedTitle = new Label(texts.get("import.skipped.title"));
        skippedTitle.getStyleClass().add("section-title");
        previewBox.getChildren().setAll(previewSummary, duplicatesTitle, duplicatesTable, skippedTitle, skippedList);
    }

    /** Merge, add as new or skip, for one possible duplicate. */
    private final class DecisionCell extends TableCell<DuplicateRow, DuplicateRow> {
        private final ChoiceBox<DuplicateDecision> choice = new ChoiceBox<>();

        DecisionCell() {
            choice.getItems().setAll(DuplicateDecision.values());
            choice.setConverter(texts.converter(d -> texts.get("import.decision." + d.name())));
            choice.setOnAction(event -> {
                if (getItem() != null && choice.getValue() != null) {
                    getItem().decision = choice.getValue();
                }
            });
        }

        @Override
        protected void updateItem(DuplicateRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            choice.setValue(row.decision);
            choice.setAccessibleText(texts.get("import.decision.accessible", row.duplicate.name()));
            setGraphic(choice);
        }
    }

    private void startPreview() {
        ImportSource current = source;
        if (current == null) {
            return;
        }
        BooleanSupplier cancel = cancelledCheck();
        work(texts.get("import.checking"));
        context.background().run(() -> context.transfers().imports().preview(current, p -> progressed(p.fraction(),
                p.recordsRead()), cancel), this::showPreview, this::failed);
    }

    private void showPreview(ImportPreview preview) {
        idle();
        previewSummary.setText(texts.get("import.preview.summary", preview.recordsRead(), preview.newContacts(),
                preview.duplicates().size(), preview.skipped().size())
                + (preview.notes().isEmpty() ? "" : "\n" + String.join("\n", preview.notes())));
        duplicatesTable.getItems().setAll(preview.duplicates().stream().map(DuplicateRow::new).toList());
        skippedList.getItems().setAll(preview.skipped().stream().map(this::describe).toList());
        Shown.set(previewBox, true);
        // the columns were checked against the first rows; the preview takes their place (Change the columns… goes back)
        Shown.set(mappingBox, false);
        Shown.set(changeColumns, source.format().isCsv());
        Shown.set(checkButton, source.format().isCsv()); // a vCard has nothing to change before checking again
        boolean anything = preview.newContacts() > 0 || !preview.duplicates().isEmpty();
        importButton.setDisable(!anything);
        status.setText(anything ? texts.get("import.ready") : texts.get("import.nothing"));
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private String describe(SkippedRecord skipped) {
        return skipped.line() == 0 ? skipped.reason() : texts.get("import.skipped.line", skipped.line(),
                skipped.reason());
    }

    // -------------------------------------------------------------------------------------------- the import

    private void startImport() {
        if (working || done) {
            return;
        }
        if (archive) {
            startRestore();
            return;
        }
        ImportSource current = source;
        Map<Integer, DuplicateDecision> decisions = new HashMap<>();
        duplicatesTable.getItems().forEach(row -> decisions.put(row.duplicate.line(), row.decision));
        BooleanSupplier cancel = cancelledCheck(); // a Cancel during the backup counts too
        work(texts.get("import.backingUp"));
        context.background().run(() -> {
            Backup before = context.safekeeping().backUp().backup();
            if (cancel.getAsBoolean()) {
                throw new CancellationException();
            }
            Platform.runLater(() -> status.setText(texts.get("import.importing")));
            return new Imported(context.transfers().imports().run(current, decisions,
                    p -> progressed(p.fraction(), p.recordsRead()), cancel), before);
        }, this::imported, this::failed);
    }

    /** What an import did, and the backup made just before it (what Undo goes back to). */
    private record Imported(ImportReport report, Backup before) {
    }

    private void imported(Imported imported) {
        ImportReport report = imported.report();
        idle();
        finish();
        previewSummary.setText(texts.get("import.report", report.added(), report.merged(), report.skipped().size()));
        duplicatesTable.getItems().clear();
        skippedList.getItems().setAll(report.skipped().stream().map(this::describe).toList());
        status.setText(texts.get("import.done"));
        onImported.run();
        // Undo puts back the backup made just before the import (the imported file is kept beside it, renamed)
        context.notifications().show(texts.get("import.notification", report.added(), report.merged(),
                report.skipped().size()), () -> confirmUndo(imported.before()));
    }

    /** Undo of an import goes back to the whole database as it was before: asked first, as any restore is. */
    private void confirmUndo(Backup before) {
        ButtonType yes = new ButtonType(texts.get("import.undo.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert confirm = Shown.alert(context.notifications().bar(),
                javafx.scene.control.Alert.AlertType.CONFIRMATION, texts.get("import.undo.title"),
                texts.get("import.undo.header"), texts.get("import.undo.text", texts.dateTime(before.taken())), yes,
                no);
        if (confirm.showAndWait().orElse(no) == yes) {
            context.navigator().restoreBackup(before);
        }
    }

    private void startRestore() {
        Path file = Path.of(fileLabel.getText());
        BooleanSupplier cancel = cancelledCheck();
        work(texts.get("import.archive.restoring"));
        context.background().run(() -> {
            context.safekeeping().backUp();
            if (cancel.getAsBoolean()) {
                throw new CancellationException();
            }
            return context.transfers().restoreArchive(file, (doneItems, total) ->
                    progressed(total == 0 ? -1 : (double) doneItems / total, doneItems), cancel);
        }, restored -> {
            idle();
            finish();
            Shown.set(previewBox, false);
            status.setText(texts.get("import.archive.done", restored.contacts(), restored.interactions(),
                    restored.introductions(), restored.meetings()));
            onImported.run();
        }, this::failed);
    }

    private void finish() {
        done = true;
        importButton.setDisable(true);
        checkButton.setDisable(true);
        Shown.set(mappingBox, false);
        Shown.set(changeColumns, false);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private BooleanSupplier cancelledCheck() {
        cancelled.set(false);
        return cancelled::get;
    }

    private void progressed(double fraction, long records) {
        Platform.runLater(() -> {
            progress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
            if (working) {
                cancelWork.setText(texts.get("import.cancelWorkCount", records));
            }
        });
    }

    private void work(String message) {
        working = true;
        status.setText(message);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        Shown.set(progress, true);
        Shown.set(cancelWork, true);
        cancelWork.setText(texts.get("import.cancelWork"));
        checkButton.setDisable(true);
        importButton.setDisable(true);
        mappingTable.setDisable(true);
    }

    private void idle() {
        working = false;
        Shown.set(progress, false);
        Shown.set(cancelWork, false);
        checkButton.setDisable(source == null || done);
        mappingTable.setDisable(false);
    }

    private void failed(Throwable error) {
        idle();
        if (error instanceof ImportCancelledException || error instanceof ExportCancelledException
                || error instanceof CancellationException) {
            status.setText(texts.get("import.cancelled"));
        } else {
            status.setText(texts.get("import.failed", texts.describe(error)));
        }
        importButton.setDisable(source == null && !archive || done);
    }
}
