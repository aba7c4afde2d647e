package app.rapport.store;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads and writes whole tables, for exports and for the archive that restores into an empty database.
 *
 * <p>Exports must stream: a network of 100,000 people is read a page at a time, each row handed to a visitor and
 * forgotten. Rows are plain maps from field names (the archive's names, such as {@code howWeMet}) to what is stored,
 * exactly as stored: text ({@link String}; dates, instants and enum values too, as their stored text), whole numbers
 * ({@link Long}), flags ({@link Boolean}), absent values ({@code null}), lists ({@link java.util.List}) and nested
 * rows (maps). Keeping the stored text of dates and instants, rather than parsing and printing them again, is what
 * makes a restored database identical to the one exported.
 *
 * <p>A contact's row holds, beside its columns: {@code emails}, {@code phones} and {@code tags} (names, in order),
 * {@code snoozedUntil}, and, when asked for, {@code impressions} and {@code stageHistory}. An interaction's row holds
 * {@code contacts} (ids); a meeting's holds {@code attendees} (rows of {@code contact} and {@code position}).
 *
 * <p>Every method runs in the caller's transaction when there is one (the export reads everything in one, so that
 * what it writes is one consistent moment).
 */
public interface ArchiveDao {

    /** How many rows an export will visit, and how many confidential ones it leaves out. */
    record Counts(long contacts, long interactions, long introductions, long meetings, long tags,
                  long confidentialImpressionsLeftOut, long confidentialInteractionsLeftOut) {
    }

    /** What a read should include. */
    record Selection(boolean includeArchived, boolean includeConfidential, boolean withHistory) {
    }

    Counts counts(Selection selection);

    /** Every tag ({@code id}, {@code name}), by id. */
    void forEachTag(Consumer<Map<String, Object>> visitor);

    /** Contacts by id, a page at a time, with impressions and stage history when {@code selection.withHistory()}. */
    void forEachContact(Selection selection, Consumer<Map<String, Object>> visitor);

    /** Interactions by id with their contact ids; confidential ones only when selected. */
    void forEachInteraction(Selection selection, Consumer<Map<String, Object>> visitor);

    void forEachIntroduction(Consumer<Map<String, Object>> visitor);

    /** Meetings by id with their attendees. */
    void forEachMeeting(Consumer<Map<String, Object>> visitor);

    /**
     * What the database already holds, as the user would say it ("60 contacts, 3 tags"), or null when it holds
     * nothing at all: an archive is only restored into an empty database.
     */
    String whatIsStored();

    /**
     * Prepares the current transaction for a restore: references to contacts further on in the archive (introduced
     * by) are checked at the end rather than row by row.
     */
    void beginRestore();

    /** Releases what the restore held (its prepared statements); call it once the restore ended, either way. */
    void endRestore();

    /** Stores a tag with its id. */
    void insertTag(Map<String, Object> row);

    /** Stores a contact with its id and everything nested in its row (see the class comment). */
    void insertContact(Map<String, Object> row);

    void insertInteraction(Map<String, Object> row);

    void insertIntroduction(Map<String, Object> row);

    void insertMeeting(Map<String, Object> row);

    boolean hasContact(long id);

    /** Checks that no stored row points at something missing; throws {@link BadField} naming the first one. */
    void checkReferences();

    /**
     * A row to restore that cannot be stored as it is: {@link #field} is where, relative to the row
     * ({@code "name"}, {@code "impressions[2].kind"}), and the message says what is wrong.
     */
    final class BadField extends RuntimeException {
        private final String field;

        public BadField(String field, String problem) {
            super(problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
