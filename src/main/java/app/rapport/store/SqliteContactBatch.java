package app.rapport.store;

import app.rapport.model.Contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ContactBatch} over SQLite: the statements of a contact write, prepared on first use and kept until
 * {@link #close}. The same code serves {@link SqliteContactDao}'s single writes, so both keep the full-text index and
 * tags the same way.
 *
 * <p>Each SQLite statement costs tens of microseconds whatever it does, so a long import is made of as few as
 * possible: a contact's own row is one statement; its emails, phones and tag links are held back and written
 * {@value #ROWS_PER_INSERT} rows at a time, one multi-row INSERT per table; its full-text row is held back too (see
 * {@link #writeSearchRows}); and the look-ups by email and by name answer "not stored" from fingerprints in memory
 * ({@link KnownPeople}) without a query, asking the database only when a fingerprint matches.
 */
final class SqliteContactBatch implements ContactBatch {

    /** At most this many full-text rows are held back before they are written. */
    private static final int PENDING_SEARCH_ROWS = 5000;
    /** At most this many rows go into one multi-row INSERT (a power of two: see {@link #chunks}). */
    private static final int ROWS_PER_INSERT = 64;
    private static final String DETAILS = "name, organisation, role, link, city, how_we_met, where_we_met, met_on,"
            + " introduced_by, needs, offers, notes, stage, stay_in_touch_days, archived, sort_name";
    private static final String SEARCH_COLUMNS = "rowid, name, organisation, role, needs, offers, tags, notes, emails,"
            + " city";

    /** The page cache a batch that {@link #expectMany expects many contacts} may use. */
    static final int MANY_CACHE_MB = 256;

    private final Connection connection;
    /** The connection's cache size before {@link #expectMany}, put back by {@link #close}; null if unchanged. */
    private Long cacheSizeBefore;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    /** Full-text rows not written yet, by contact id: see {@link #writeSearchRows}. */
    private final Map<Long, String[]> pendingSearch = new LinkedHashMap<>();
    private final HeldRows emails = new HeldRows("contact_email (contact_id, position, email)");
    private final HeldRows phones = new HeldRows("contact_phone (contact_id, position, phone)");
    private final HeldRows tagLinks = new HeldRows("contact_tag (contact_id, tag_id, position)");
    /** Fingerprints of the stored emails and people, loaded at the first look-up; null until then. */
    private KnownPeople known;

    SqliteContactBatch(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared once; refused once the transaction the batch belongs to is over. */
    private PreparedStatement statement(String sql) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("A contact batch works inside Database.transaction only");
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** {@code rows} split into powers of two of at most {@link #ROWS_PER_INSERT}: a few statements of each size. */
    private static int[] chunks(int rows) {
        int[] sizes = new int[rows / ROWS_PER_INSERT + Integer.bitCount(rows % ROWS_PER_INSERT)];
        int n = 0;
        for (int i = rows / ROWS_PER_INSERT; i > 0; i--) {
            sizes[n++] = ROWS_PER_INSERT;
        }
        for (int size = ROWS_PER_INSERT / 2; size > 0; size /= 2) {
            if ((rows & size) != 0) {
                sizes[n++] = size;
            }
        }
        return sizes;
    }

    /** "(?, ?, ?), (?, ?, ?)": {@code rows} rows of {@code width} parameters. */
    private static String valueRows(int rows, int width) {
        String row = "(" + "?, ".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder(rows * (row.length() + 2));
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    /**
     * Rows of (contact id, position, value) for one of the contact's list tables, held back and written
     * {@value #ROWS_PER_INSERT} at a time. Written before anything reads or deletes those tables (see
     * {@link #writeHeldRows}) and when the batch closes.
     */
    private final class HeldRows {
        private final String into;
        private final List<Object> values = new ArrayList<>();

        HeldRows(String into) {
            this.into = into;
        }

        void add(long contactId, Object second, Object third) throws SQLException {
            values.add(contactId);
            values.add(second);
            values.add(third);
            if (values.size() >= 3 * ROWS_PER_INSERT) {
                write();
            }
        }

        void write() throws SQLException {
            int next = 0;
            for (int rows : chunks(values.size() / 3)) {
                PreparedStatement ps = statement("INSERT INTO " + into + " VALUES " + valueRows(rows, 3));
                for (int p = 1; p <= rows * 3; p++) {
                    Object value = values.get(next++);
                    if (value instanceof String text) {
                        ps.setString(p, text);
                    } else if (value instanceof Integer number) {
                        ps.setInt(p, number);
                    } else {
                        ps.setLong(p, (Long) value);
                    }
                }
                ps.executeUpdate();
            }
            values.clear();
        }
    }

    /** Writes the emails, phones and tag links held back. */
    private void writeHeldRows() throws SQLException {
        emails.write();
        phones.write();
        tagLinks.write();
    }

    @Override
    public void expectMany() {
        try (Statement s = connection.createStatement()) {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("A contact batch works inside Database.transaction only");
            }
            if (cacheSizeBefore == null) {
                try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                    cacheSizeBefore = rs.next() ? rs.getLong(1) : null;
                }
                s.execute("PRAGMA cache_size = -" + MANY_CACHE_MB * 1024);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public long insert(Contact contact) {
        if (contact.id() != 0) {
            throw new IllegalArgumentException("Contact is already stored: " + contact.id());
        }
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            PreparedStatement ps = statement("INSERT INTO contact (" + DETAILS + ", created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            int i = bindDetails(ps, contact);
            ps.setString(i++, now.toString());
            ps.setString(i, now.toString());
            long id;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No id was generated");
                }
                id = rs.getLong(1);
            }
            writeLists(contact.withId(id));
            return id;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public void update(Contact contact) {
        try {
            writeHeldRows(); // this contact's rows may be among them: they are deleted below
            PreparedStatement exists = statement("SELECT 1 FROM contact WHERE id = ?");
            exists.setLong(1, contact.id());
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No contact with id " + contact.id());
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            PreparedStatement ps = statement("""
                    UPDATE contact SET name = ?, organisation = ?, role = ?, link = ?, city = ?, how_we_met = ?,
                        where_we_met = ?, met_on = ?, introduced_by = ?, needs = ?, offers = ?, notes = ?, stage = ?,
                        stay_in_touch_days = ?, archived = ?, sort_name = ?, updated_at = ?
                    WHERE id = ?""");
            int i = bindDetails(ps, contact);
            ps.setString(i++, now.toString());
            ps.setLong(i, contact.id());
            ps.executeUpdate();
            for (String table : List.of("contact_email", "contact_phone", "contact_tag")) {
                PreparedStatement delete = statement("DELETE FROM " + table + " WHERE contact_id = ?");
                delete.setLong(1, contact.id());
                delete.executeUpdate();
            }
            writeLists(contact);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static int bindDetails(PreparedStatement ps, Contact contact) throws SQLException {
        int i = 1;
        ps.setString(i++, contact.name());
        ps.setString(i++, contact.organisation());
        ps.setString(i++, contact.role());
        ps.setString(i++, contact.link());
        ps.setString(i++, contact.city());
        ps.setString(i++, contact.howWeMet());
        ps.setString(i++, contact.whereWeMet());
        Rows.setDate(ps, i++, contact.metOn());
        Rows.setLong(ps, i++, contact.introducedById());
        ps.setString(i++, contact.needs());
        ps.setString(i++, contact.offers());
        ps.setString(i++, contact.notes());
        ps.setString(i++, contact.stage().name());
        Rows.setInt(ps, i++, contact.stayInTouchDays());
        ps.setInt(i++, contact.archived() ? 1 : 0);
        ps.setString(i++, SearchText.sortKey(contact.name()));
        return i;
    }

    /** Writes emails, phones and tags (held back), and holds back the contact's full-text row. */
    private void writeLists(Contact contact) throws SQLException {
        for (int position = 0; position < contact.emails().size(); position++) {
            emails.add(contact.id(), position, contact.emails().get(position));
        }
        for (int position = 0; position < contact.phones().size(); position++) {
            phones.add(contact.id(), position, contact.phones().get(position));
        }
        // Only an existing tag of the same name is skipped; a tag the schema refuses (blank, too long) fails the
        // write rather than vanish, as INSERT OR IGNORE would let it.
        List<String> tags = distinctIgnoringCase(contact.tags());
        for (int position = 0; position < tags.size(); position++) {
            tagLinks.add(contact.id(), tagId(tags.get(position)), position);
        }
        if (known != null) {
            contact.emails().forEach(known::addEmail);
            known.addPerson(SearchText.sortKey(contact.name()), SearchText.sortKey(contact.organisation()));
        }
        pendingSearch.put(contact.id(), new String[] {contact.name(), contact.organisation(), contact.role(),
            contact.needs(), contact.offers(), String.join(" ", tags), contact.notes(),
            String.join(" ", contact.emails()), contact.city()});
        if (pendingSearch.size() >= PENDING_SEARCH_ROWS) {
            writeSearchRows();
        }
    }

    /**
     * Writes the full-text rows held back, one single-row statement after the other. Any other statement between two
     * FTS5 writes makes SQLite open a statement savepoint, on which FTS5 flushes its pending terms to a new tiny
     * segment of the index: written one contact at a time, 100,000 contacts cost 5 times the CPU (and tens of
     * thousands of segments to merge). Held back and written together, the terms of many contacts go into one
     * segment. A multi-row INSERT would open such a savepoint for every statement, so the rows go one by one.
     * {@code INSERT OR REPLACE} replaces the row of an updated contact (FTS5 deletes the old row's terms first) and
     * costs a look-up for a new one, where a separate DELETE would cost a statement.
     */
    private void writeSearchRows() throws SQLException {
        if (pendingSearch.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT OR REPLACE INTO contact_search (" + SEARCH_COLUMNS
                + ") VALUES " + valueRows(1, 10));
        for (Map.Entry<Long, String[]> row : pendingSearch.entrySet()) {
            insert.setLong(1, row.getKey());
            String[] columns = row.getValue();
            for (int i = 0; i < columns.length; i++) {
                insert.setString(i + 2, SearchText.fold(columns[i]));
            }
            insert.executeUpdate();
        }
        pendingSearch.clear();
    }

    /**
     * The id of the tag of this name (any case), created if need be. Ids are remembered for the batch's life, within
     * its one transaction, so a tag shared by thousands of imported contacts is looked up once.
     */
    private long tagId(String name) throws SQLException {
        String key = asciiLowerCase(name); // as the tag table's NOCASE collation compares names
        Long id = tagIds.get(key);
        if (id == null) {
            PreparedStatement addTag = statement("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING");
            addTag.setString(1, name);
            addTag.executeUpdate();
            PreparedStatement find = statement("SELECT id FROM tag WHERE name = ?");
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Tag " + name + " could not be stored");
                }
                id = rs.getLong(1);
            }
            tagIds.put(key, id);
        }
        return id;
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (lower == null) {
                    lower = new StringBuilder(text);
                }
                lower.setCharAt(i, (char) (ch + ('a' - 'A')));
            }
        }
        return lower == null ? text : lower.toString();
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            byKey.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public List<StoredPerson> withEmail(String email) {
        try {
            if (!known().mayHaveEmail(email)) {
                return List.of();
            }
            writeHeldRows(); // so that the query sees the emails held back, and whoever reads the match its lists
            PreparedStatement ps = statement("""
                    SELECT DISTINCT c.id, c.name, c.organisation
                    FROM contact_email e JOIN contact c ON c.id = e.contact_id
                    WHERE e.email = ? COLLATE NOCASE ORDER BY c.id""");
            ps.setString(1, email.strip());
            return people(ps);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public List<StoredPerson> withNameAndOrganisation(String name, String organisation) {
        try {
            // archived IN (0, 1) lets the list's index (archived, sort_name, ...) find the name directly.
            PreparedStatement ps = statement("SELECT id, name, organisation FROM contact"
                    + " WHERE archived IN (0, 1) AND sort_name = ? ORDER BY id");
            String nameKey = SearchText.sortKey(name);
            String organisationKey = SearchText.sortKey(organisation);
            if (!known().mayHavePerson(nameKey, organisationKey)) {
                return List.of();
            }
            writeHeldRows(); // a match is read next (to be merged into): with all its lists
            ps.setString(1, nameKey);
            List<StoredPerson> people = new ArrayList<>();
            for (StoredPerson person : people(ps)) {
                if (SearchText.sortKey(person.organisation()).equals(organisationKey)) {
                    people.add(person);
                }
            }
            return people;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * The fingerprints of every stored email and person, read once, at the first look-up (a batch that only writes,
     * like a single insert, never reads them); kept up to date by the batch's own writes.
     */
    private KnownPeople known() throws SQLException {
        if (known == null) {
            writeHeldRows();
            KnownPeople people = new KnownPeople();
            try (ResultSet rs = statement("SELECT email FROM contact_email").executeQuery()) {
                while (rs.next()) {
                    people.addEmail(rs.getString(1));
                }
            }
            try (ResultSet rs = statement("SELECT sort_name, organisation FROM contact").executeQuery()) {
                while (rs.next()) {
                    people.addPerson(rs.getString(1), SearchText.sortKey(rs.getString(2)));
                }
            }
            known = people;
        }
        return known;
    }

    private static List<StoredPerson> people(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<StoredPerson> people = new ArrayList<>();
            while (rs.next()) {
                people.add(new StoredPerson(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return people;
        }
    }

    /**
     * Writes the full-text rows held back, then closes the statements. Close the batch before anything in the same
     * transaction searches for the contacts it wrote.
     */
    @Override
    public void close() {
        StoreException failure = null;
        try {
            if (!connection.getAutoCommit()) {
                writeHeldRows();
                writeSearchRows();
            }
        } catch (SQLException e) {
            failure = new StoreException(e.getMessage(), e);
        }
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure = failure == null ? new StoreException(e.getMessage(), e) : failure;
            }
        }
        statements.clear();
        if (cacheSizeBefore != null) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA cache_size = " + cacheSizeBefore);
                cacheSizeBefore = null;
            } catch (SQLException e) {
                failure = failure == null ? new StoreException(e.getMessage(), e) : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
