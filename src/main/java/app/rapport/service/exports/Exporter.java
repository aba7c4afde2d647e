package app.rapport.service.exports;

import app.rapport.store.ArchiveDao;
import app.rapport.store.Database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Export (issue 6) in one call, for the command line ({@code export --format vcard|csv|json FILE}) and the screens:
 * the chosen format written to a file, with progress and cancellation. The file appears only when complete; a
 * cancelled or failed export leaves no file, not even a temporary one, and a file that was there before untouched.
 *
 * <p>Run it off the FX thread: it reads the database in one transaction, so other database work waits for it.
 */
public final class Exporter {

    private final Database database;
    private final Clock clock;

    public Exporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes {@code format} to {@code file}.
     *
     * @param progress  told the items written of the total as it goes
     * @param cancelled asked before each item; when it says true the export stops with
     *                  {@link ExportCancelledException}
     * @throws IOException when the file cannot be written (the message says why)
     */
    public ExportResult export(ExportFormat format, Path file, ExportOptions options, ExportProgress progress,
                               BooleanSupplier cancelled) throws IOException {
        return switch (format) {
            case VCARD -> new ExportResult(format, file,
                    VCardExport.write(database, file, options.includeArchived(), progress, cancelled), 0);
            case CSV -> new ExportResult(format, file,
                    CsvExport.write(database, file, options.includeArchived(), progress, cancelled), 0);
            case JSON -> JsonArchive.write(database, file, options.includeConfidential(), clock, progress, cancelled);
        };
    }

    /** How many items an export of {@code format} would write, for a screen to show before it starts. */
    public long itemCount(ExportFormat format, ExportOptions options) {
        boolean archive = format == ExportFormat.JSON;
        ArchiveDao.Counts counts = database.archive().counts(new ArchiveDao.Selection(
                archive || options.includeArchived(), options.includeConfidential(), archive));
        return archive ? counts.contacts() + counts.interactions() + counts.introductions() + counts.meetings()
                : counts.contacts();
    }
}
