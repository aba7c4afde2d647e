package app.rapport.service.imports;

/** The user cancelled a preview or an import; an import's writes were all rolled back. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportCancelledException(long recordsRead) {
        super("Import cancelled after " + recordsRead + " records; nothing was changed.");
    }
}
