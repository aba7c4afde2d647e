package app.rapport.ui.data;

import app.rapport.service.exports.ExportCancelledException;
import app.rapport.service.exports.ExportFormat;
import app.rapport.service.exports.ExportOptions;
import app.rapport.service.exports.ExportResult;
import app.rapport.ui.AppContext;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Export (Ctrl+E): contacts as vCard 4.0 or CSV, or everything as a JSON archive that imports back into an empty
 * database. Confidential impressions and timeline entries go into the archive only when the user ticks so; vCard
 * and CSV never carry them. The file appears only when complete; progress is shown and the export can be cancelled,
 * which leaves no file behind.
 */
public final class ExportDialog extends Dialog<Void> {

    private final AppContext context;
    private final Texts texts;
    private final ToggleGroup formats = new ToggleGroup();
    private final CheckBox archived = new CheckBox();
    private final CheckBox confidential = new CheckBox();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancelWork = new Button();
    private final Label status = new Label();
    private final Button exportButton;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean working;

    public ExportDialog(AppContext context) {
        this.context = context;
        this.texts = context.texts();
        setTitle(texts.get("export.title"));
        setHeaderText(texts.get("export.header"));
        ButtonType exportType = new ButtonType(texts.get("export.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(texts.get("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(exportType, closeType);
        getDialogPane().getStyleClass().add("export-dialog");
        exportButton = (Button) getDialogPane().lookupButton(exportType);
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            chooseFile();
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

        VBox choices = new VBox(8);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton option = new RadioButton(texts.get("export.format." + format.name()));
            option.setId("export-" + format.name().toLowerCase(java.util.Locale.ROOT));
            option.setUserData(format);
            option.setToggleGroup(formats);
            Label what = new Label(texts.get("export.format." + format.name() + ".note"));
            what.setWrapText(true);
            what.getStyleClass().add("dialog-note");
            what.setPadding(new javafx.geometry.Insets(0, 0, 4, 26));
            choices.getChildren().addAll(option, what);
        }
        formats.getToggles().get(0).setSelected(true);
        archived.setText(texts.get("export.archived"));
        archived.setId("export-archived");
        confidential.setText(texts.get("export.confidential"));
        confidential.setId("export-confidential");
        formats.selectedToggleProperty().addListener((obs, before, now) -> showOptions());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(texts.get("export.progress"));
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancelWork.setText(texts.get("import.cancelWork"));
        cancelWork.setOnAction(event -> cancelled.set(true));
        HBox workRow = new HBox(10, progress, cancelWork);
        status.setId("export-status");
        status.setWrapText(true);
        VBox content = new VBox(12, choices, archived, confidential, workRow, status);
        getDialogPane().setPrefWidth(600);
        getDialogPane().setMinWidth(600);
        getDialogPane().setContent(content);
        Shown.set(workRow, false);
        progress.visibleProperty().addListener((obs, before, now) -> Shown.set(workRow, now));
        Shown.set(progress, false);
        showOptions();
        setOnShown(event -> Platform.runLater(() -> ((RadioButton) formats.getSelectedToggle()).requestFocus()));
    }

    private ExportFormat format() {
        return (ExportFormat) formats.getSelectedToggle().getUserData();
    }

    private void showOptions() {
        boolean archive = format() == ExportFormat.JSON;
        Shown.set(archived, !archive);
        Shown.set(confidential, archive);
    }

    private void chooseFile() {
        if (working) {
            return;
        }
        ExportFormat format = format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.choose"));
        chooser.setInitialFileName("rapport-" + context.contacts().today() + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                texts.get("export.format." + format.name()), "*." + format.extension()));
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            export(format, file.toPath());
        }
    }

    /** Writes {@code format} to {@code file} in the background, with progress and Cancel. */
    public void export(ExportFormat format, Path file) {
        ExportOptions options = new ExportOptions(archived.isSelected(),
                format == ExportFormat.JSON && confidential.isSelected());
        working = true;
        cancelled.set(false);
        exportButton.setDisable(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        Shown.set(progress, true);
        status.setText(texts.get("export.working", file.getFileName()));
        context.background().run(() -> context.transfers().exports().export(format, file, options,
                (done, total) -> Platform.runLater(() -> progress.setProgress(total == 0 ? 1 : (double) done / total)),
                cancelled::get), this::exported, this::failed);
    }

    private void exported(ExportResult result) {
        idle();
        String text = texts.get("export.done." + result.format().name(), result.written(), result.file());
        if (result.confidentialLeftOut() > 0) {
            text += " " + texts.get("export.leftOut", result.confidentialLeftOut());
        }
        status.setText(text);
        context.notifications().show(text);
    }

    private void failed(Throwable error) {
        idle();
        status.setText(error instanceof ExportCancelledException ? texts.get("export.cancelled")
                : texts.get("export.failed", texts.describe(error)));
    }

    private void idle() {
        working = false;
        Shown.set(progress, false);
        exportButton.setDisable(false);
    }
}
