package app.rapport.service;

import app.rapport.service.exports.ExportProgress;
import app.rapport.service.exports.Exporter;
import app.rapport.service.exports.JsonArchive;
import app.rapport.service.imports.ContactImport;
import app.rapport.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Data in and out of the open database, the same code paths for the screens and the command line: imports from
 * vCard and CSV, exports to vCard, CSV and the JSON archive, and restoring an archive into an empty database.
 */
public final class Transfers {

    private final Database database;
    private final ContactImport imports;
    private final Exporter exports;

    public Transfers(Database database, Clock clock) {
        this.database = database;
        this.imports = new ContactImport(database);
        this.exports = new Exporter(database, clock);
    }

    public ContactImport imports() {
        return imports;
    }

    public Exporter exports() {
        return exports;
    }

    /** Restores a JSON archive into this database, which must be empty; all or nothing. */
    public JsonArchive.Restored restoreArchive(Path file, ExportProgress progress, BooleanSupplier cancelled) {
        return JsonArchive.restoreInto(database, file, progress, cancelled);
    }
}
