package app.rapport.service.imports;

import java.util.List;

/**
 * What an import of the file would do, worked out without writing anything: how many people would be added, who
 * looks like someone already known (each to be merged, added or skipped as the user decides), and which records
 * would be skipped and why.
 *
 * @param format       the kind of file read
 * @param recordsRead  records (vCards or CSV rows) found in the file
 * @param newContacts  people who would be added as new contacts
 * @param duplicates   people who would be merged by default, in file order
 * @param skipped      records that cannot be imported, in file order, each with its line and reason
 * @param notes        remarks on the whole file ("lines from 12 on are not UTF-8 and were read as Windows-1252")
 */
public record ImportPreview(ImportFormat format, int recordsRead, int newContacts, List<Duplicate> duplicates,
                            List<SkippedRecord> skipped, List<String> notes) {

    public ImportPreview {
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
