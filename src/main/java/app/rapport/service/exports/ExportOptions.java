package app.rapport.service.exports;

/**
 * What the user chose to include. Archived contacts and confidential notes are left out unless asked for: a card
 * file or spreadsheet is usually shared, and confidences are kept (DESIGN.md, idea 6).
 *
 * @param includeArchived     cards and rows for archived contacts too (the JSON archive always holds everyone)
 * @param includeConfidential confidential impressions and timeline entries in the JSON archive (cards and rows never
 *                            hold impressions or timeline entries)
 */
public record ExportOptions(boolean includeArchived, boolean includeConfidential) {

    /** Active contacts, nothing confidential. */
    public static ExportOptions defaults() {
        return new ExportOptions(false, false);
    }
}
