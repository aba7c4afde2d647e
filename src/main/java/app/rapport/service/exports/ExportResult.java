package app.rapport.service.exports;

import java.nio.file.Path;

/**
 * What an export wrote: where, how many items (contacts for cards and rows; contacts, timeline entries,
 * introductions and meetings for the archive), and how many confidential impressions and timeline entries were left
 * out, so the user can be told ("3 confidential notes left out").
 */
public record ExportResult(ExportFormat format, Path file, long written, long confidentialLeftOut) {
}
