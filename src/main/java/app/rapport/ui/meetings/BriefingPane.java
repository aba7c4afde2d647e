package app.rapport.ui.meetings;

import app.rapport.model.Briefing;
import app.rapport.service.BriefingHtml;
import app.rapport.service.MeetingBriefing;
import app.rapport.store.SafeWrite;
import app.rapport.ui.AppContext;
import app.rapport.ui.Texts;
import app.rapport.ui.shell.MainWindow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * The Briefing tab: the briefing read in the background and shown as one page; exported to a self-contained HTML
 * file, or printed. "Include confidential" holds for the next export or print only, and for the meeting shown:
 * it is unticked after each and when another meeting is chosen. Export and print only ever use the briefing read
 * for the box as it is now: while another is being read, they wait (disabled).
 */
final class BriefingPane {

    private final AppContext context;
    private final MeetingBriefing briefings;
    private final Texts texts;
    private final VBox page;
    private final CheckBox includeConfidential;
    private final Button export;
    private final Button print;
    private final BriefingView view;
    /** The briefing wanted now: a read for another one is skipped (the queue is shared with every save). */
    private final AtomicLong wanted = new AtomicLong();
    private long meetingId;
    private Briefing shown;
    /** Asks where to save the HTML file: the window and a suggested name; empty when the user cancels. */
    private BiFunction<Window, String, Optional<Path>> saveLocation = BriefingPane::chooseFile;

    BriefingPane(AppContext context, VBox page, CheckBox includeConfidential, Button export, Button print) {
        this.context = context;
        this.briefings = context.briefings();
        this.texts = context.texts();
        this.page = page;
        this.includeConfidential = includeConfidential;
        this.export = export;
        this.print = print;
        this.view = new BriefingView(texts, id -> context.navigator().openContact(id));
        includeConfidential.selectedProperty().addListener((obs, before, now) -> {
            setShown(null);
            if (meetingId != 0) {
                show(meetingId);
            }
        });
        setShown(null);
    }

    void setSaveLocation(BiFunction<Window, String, Optional<Path>> chooser) {
        this.saveLocation = chooser;
    }

    private void setShown(Briefing briefing) {
        shown = briefing;
        export.setDisable(briefing == null);
        print.setDisable(briefing == null);
    }

    /** The same meeting changed: read again when next shown. */
    void meetingChanged() {
        setShown(null);
        page.getChildren().clear();
    }

    /** Another meeting is chosen: its briefing starts without confidential notes. */
    void meetingChosen() {
        meetingId = 0;
        includeConfidential.setSelected(false);
        meetingChanged();
    }

    /** Reads the briefing of {@code id} in the background and shows it. */
    void show(long id) {
        boolean confidential = includeConfidential.isSelected();
        meetingId = id;
        long ticket = wanted.incrementAndGet();
        if (shown == null) {
            Label reading = new Label(texts.get("meetings.briefing.reading"));
            reading.getStyleClass().add("muted");
            page.getChildren().setAll(reading);
        }
        context.background().run(() -> wanted.get() != ticket ? null
                : briefings.briefing(id, context.preferences().load().stayInTouch(), confidential), briefing -> {
            if (briefing == null || wanted.get() != ticket || briefing.meeting().id() != meetingId
                    || briefing.includesConfidential() != includeConfidential.isSelected()) {
                return; // another read was asked for meanwhile
            }
            setShown(briefing);
            page.getChildren().setAll(view.build(briefing));
        });
    }

    void export() {
        Briefing briefing = shown;
        if (briefing == null || briefing.includesConfidential() != includeConfidential.isSelected()) {
            return;
        }
        Optional<Path> target = saveLocation.apply(page.getScene().getWindow(),
                BriefingHtml.fileName(briefing.meeting()));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get());
        context.background().run(() -> write(file, BriefingHtml.render(briefing, Locale.getDefault())), () -> {
            context.notifications().show(texts.get(briefing.includesConfidential()
                    ? "meetings.briefing.exported.confidential" : "meetings.briefing.exported", file.toString()));
            includeConfidential.setSelected(false);
        });
    }

    /** A name typed without an extension gets ".html", so the file opens in a browser. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? file
                : file.resolveSibling(file.getFileName() + ".html");
    }

    /** Writes the whole file next to its place, then moves it there: never a half-written briefing. */
    static void write(Path file, String html) throws IOException {
        SafeWrite.replace(file, temporary -> Files.writeString(temporary, html, StandardCharsets.UTF_8));
    }

    void print() {
        Briefing briefing = shown;
        if (briefing == null || briefing.includesConfidential() != includeConfidential.isSelected()) {
            return;
        }
        if (!BriefingPrinter.available()) {
            context.notifications().show(texts.get("meetings.briefing.noPrinter"));
            return;
        }
        List<Node> content = view.build(briefing);
        String stylesheet = MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm();
        print.setDisable(true);
        BriefingPrinter.print(content, stylesheet, page.getScene().getWindow(), printed -> {
            print.setDisable(shown == null);
            if (printed) {
                context.notifications().show(texts.get("meetings.briefing.printed"));
                includeConfidential.setSelected(false);
            }
        });
    }

    private static Optional<Path> chooseFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html", "*.htm"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
