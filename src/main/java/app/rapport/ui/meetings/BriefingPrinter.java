package app.rapport.ui.meetings;

import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/**
 * Prints the briefing with JavaFX printing: the page is laid out afresh, off screen, then printed one page-high slice
 * at a time (scaled down if the printer's page is narrower than the page was laid out for).
 */
final class BriefingPrinter {

    /** The width the page is laid out at, in points, before scaling to the printer's page. */
    static final double LAYOUT_WIDTH = 560;

    private BriefingPrinter() {
    }

    /** True when the system has a printer to print to. */
    static boolean available() {
        return javafx.print.Printer.getDefaultPrinter() != null;
    }

    /**
     * Asks where and how to print (on the JavaFX thread), lays the page out, then sends the pages from a thread of
     * their own, as JavaFX's printing allows for nodes not on screen, so the window stays responsive; {@code done}
     * hears on the JavaFX thread whether it went to the printer (false when cancelled or without a printer).
     *
     * @param stylesheet the app's stylesheet, so the printed page looks as on screen
     */
    static void print(List<Node> content, String stylesheet, Window owner, Consumer<Boolean> done) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            done.accept(false);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            done.accept(false);
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        VBox page = new VBox();
        page.getStyleClass().addAll("briefing-page", "printed");
        page.getChildren().setAll(content);
        page.setPrefWidth(LAYOUT_WIDTH);
        Scene scene = new Scene(new Group(page));
        scene.getStylesheets().add(stylesheet);
        page.applyCss();
        page.layout();
        double height = page.prefHeight(LAYOUT_WIDTH);
        page.resize(LAYOUT_WIDTH, height);
        page.layout();
        double scale = Math.min(1, layout.getPrintableWidth() / LAYOUT_WIDTH);
        double sliceHeight = layout.getPrintableHeight() / scale;
        int pages = pages(height, sliceHeight);
        Thread printing = new Thread(() -> {
            boolean printed = true;
            for (int i = 0; i < pages && printed; i++) {
                double top = i * sliceHeight;
                page.setClip(new Rectangle(0, top, LAYOUT_WIDTH, sliceHeight));
                page.getTransforms().setAll(new Scale(scale, scale), new Translate(0, -top));
                printed = job.printPage(layout, page);
            }
            boolean ended = printed && job.endJob();
            if (!printed) {
                job.cancelJob();
            }
            Platform.runLater(() -> done.accept(ended));
        }, "rapport-print");
        printing.setDaemon(true);
        printing.start();
    }

    /** How many pages of {@code pageHeight} a page of {@code contentHeight} needs: at least one. */
    static int pages(double contentHeight, double pageHeight) {
        if (pageHeight <= 0) {
            throw new IllegalArgumentException("A page must have a height: " + pageHeight);
        }
        return Math.max(1, (int) Math.ceil(contentHeight / pageHeight - 1e-9));
    }
}
