package app.rapport.service.imports;

import java.util.List;

/**
 * What an import did, all in one transaction: contacts added, contacts merged (existing contacts completed from the
 * file), and records skipped with their line and reason (including people the user chose to skip).
 */
public record ImportReport(ImportFormat format, int recordsRead, int added, int merged, List<SkippedRecord> skipped,
                           List<String> notes) {

    public ImportReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** "Added 120, merged 4, skipped 3." */
    public String summary() {
        return "Added " + added + ", merged " + merged + ", skipped " + skipped.size() + ".";
    }
}
