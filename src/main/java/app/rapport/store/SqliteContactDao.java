package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Tag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ContactDao} over SQLite; keeps the full-text index in step with every write, in the same transaction. */
final class SqliteContactDao implements ContactDao {

    private static final String SUMMARY_COLUMNS = """
            c.id, c.name, c.organisation, c.role, c.stage, c.archived,
            EXISTS (SELECT 1 FROM impression i WHERE i.contact_id = c.id AND i.decision = 'OPEN') AS open_deal_breaker
            """;

    private final Database database;

    SqliteContactDao(Database database) {
        this.database = database;
    }

    @Override
    public Contact insert(Contact contact) {
        if (contact.id() != 0) {
            throw new IllegalArgumentException("Contact is already stored: " + contact.id());
        }
        return database.transaction(c -> {
            long id;
            try (SqliteContactBatch batch = new SqliteContactBatch(c)) {
                id = batch.insert(contact);
            }
            return storedContact(id);
        });
    }

    @Override
    public Contact update(Contact contact) {
        return database.transaction(c -> {
            try (SqliteContactBatch batch = new SqliteContactBatch(c)) {
                batch.update(contact);
            }
            return storedContact(contact.id());
        });
    }

    @Override
    public ContactBatch batch() {
        // Called outside a transaction, this one ends at once and the batch refuses its first use.
        return database.transaction(SqliteContactBatch::new);
    }

    /**
     * The contact as stored, read back: tags are kept once each, under the spelling of a tag already in use
     * ("designer" joins "Designer"), so the caller holds exactly what a later {@link #find} returns.
     */
    private Contact storedContact(long id) {
        return find(id).orElseThrow(() -> new StoreException("Contact " + id + " vanished while being saved", null));
    }

    @Override
    public Optional<Contact> find(long id) {
        return database.transaction(c -> {
            Contact contact;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM contact WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    contact = new Contact(id, rs.getString("name"), rs.getString("organisation"), rs.getString("role"),
                            List.of(), List.of(), rs.getString("link"), rs.getString("city"),
                            rs.getString("how_we_met"), rs.getString("where_we_met"), Rows.date(rs, "met_on"),
                            Rows.nullableLong(rs, "introduced_by"), rs.getString("needs"), rs.getString("offers"),
                            List.of(), rs.getString("notes"), RelationshipStage.valueOf(rs.getString("stage")),
                            Rows.nullableInt(rs, "stay_in_touch_days"), rs.getInt("archived") == 1,
                            Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
                }
            }
            List<String> emails = strings(c, "SELECT email FROM contact_email WHERE contact_id = ? ORDER BY position", id);
            List<String> phones = strings(c, "SELECT phone FROM contact_phone WHERE contact_id = ? ORDER BY position", id);
            List<String> tags = strings(c, """
                    SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                    WHERE ct.contact_id = ? ORDER BY ct.position""", id);
            return Optional.of(new Contact(id, contact.name(), contact.organisation(), contact.role(), emails, phones,
                    contact.link(), contact.city(), contact.howWeMet(), contact.whereWeMet(), contact.metOn(),
                    contact.introducedById(), contact.needs(), contact.offers(), tags, contact.notes(),
                    contact.stage(), contact.stayInTouchDays(), contact.archived(), contact.createdAt(),
                    contact.updatedAt()));
        });
    }

    private static List<String> strings(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }

    /**
     * The contact list a query asks for, leaving out its text: joins and conditions for the tag, stage and archived
     * filters, with their parameters (in the order they appear). The text is matched by {@link #search},
     * {@link #count} and {@link #findByName}, each in the way that suits it.
     */
    private record Filter(String joins, String where, List<Object> parameters, String tag, boolean archived,
                          boolean staged) {
        /** The contacts that carry the tag bound to it, archived or not. */
        static final String TAGGED_IDS =
                "SELECT contact_id FROM contact_tag WHERE tag_id = (SELECT id FROM tag WHERE name = ?)";

        static Filter of(ContactQuery query) {
            String joins = "";
            List<Object> parameters = new ArrayList<>();
            if (query.tag() != null) {
                joins = " JOIN contact_tag ct ON ct.contact_id = c.id AND ct.tag_id = (SELECT id FROM tag WHERE name = ?)";
                parameters.add(query.tag());
            }
            String where = " WHERE c.archived = ?";
            parameters.add(query.archived() ? 1 : 0);
            if (query.stage() != null) {
                where += " AND c.stage = ?";
                parameters.add(query.stage().name());
            }
            return new Filter(joins, where, parameters, query.tag(), query.archived(), query.stage() != null);
        }

        /** FROM the contact list WHERE it is filtered; more conditions may follow with AND. */
        String sql() {
            return " FROM contact c" + joins + where;
        }

        /** The list can be read in order straight from the name index (contact_by_name covers archived and stage). */
        boolean inNameIndexOrder() {
            return tag == null;
        }

        boolean everyActiveContact() {
            return tag == null && !archived && !staged;
        }

        boolean tagged() {
            return tag != null;
        }

        /** How many contacts carry the tag, archived or not: at least as many as the list holds. */
        long tagSize(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + TAGGED_IDS + ")")) {
                ps.setString(1, tag);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
    }

    /** The ids of the contacts whose full-text row matches the expression bound to it. */
    private static final String MATCHING_IDS = "SELECT rowid FROM contact_search WHERE contact_search MATCH ?";
    private static final String PAGE = " ORDER BY c.sort_name, c.id LIMIT ? OFFSET ?";

    /** Typed words up to this many characters have a prefix index of their own (V1: {@code prefix = '1 2 3'}). */
    private static final int PREFIX_INDEXED_LENGTH = 3;
    /** The most matches {@link FirstMatches} reads; fewer means the matches are few enough to simply sort. */
    private static final int ESTIMATE_SAMPLE = 1000;
    /** Pages ending deeper than this in the list are found by sorting every match: scrolling that far is rare. */
    private static final int DEEPEST_WINDOWED_ROW = 1000;
    /** Up to this many matches, sorting them all takes a few milliseconds (about half a microsecond each). */
    private static final int SORT_MATCHES_UP_TO = 10_000;
    /** Measured: asking the full-text index about one contact costs about as much as reading 300 matches. */
    private static final int PROBE_COST = 300;

    @Override
    public List<ContactSummary> search(ContactQuery query, int offset, int limit) {
        Filter filter = Filter.of(query);
        String match = SearchText.matchExpression(query.text());
        return database.transaction(c -> {
            if (match == null) {
                return summaries(c, "SELECT " + SUMMARY_COLUMNS + filter.sql() + PAGE, filter.parameters(), limit,
                        offset);
            }
            return matching(c, filter, match, prefixIndexed(query.text()), false, offset, limit);
        });
    }

    /**
     * One page of the contacts that {@code match} finds, in name order, exactly as sorting every match would give.
     *
     * <p>With 100,000 contacts a first letter typed matches most of them, and gathering every match to keep the
     * first 50 by name takes tens of milliseconds. So when matches are many, the page is looked for only among
     * the first contacts of the list: a window sized, from how common the words are, to hold about twice the
     * matches needed. Within the window, either each contact in name order is looked up in the full-text index
     * until the page is full (best when most contacts match, and only for words short enough to have a prefix
     * index), or the matches are read once and those in the window kept. A window holding too few matches is
     * widened once. When matches are few, or the window did not hold them, every match is gathered and sorted;
     * only when they are too many for that is the whole list walked in name order.
     */
    private static List<ContactSummary> matching(Connection c, Filter filter, String match, boolean prefixIndexed,
                                                 boolean namesOnly, int offset, int limit) throws SQLException {
        FirstMatches first = FirstMatches.of(c, match);
        if (first.all()) {
            // Few matches: look up just those contacts and sort them. (Left to itself SQLite would walk the whole
            // name index looking for them, to avoid a sort.)
            return sortedPage(c, " FROM json_each(?) m CROSS JOIN contact c ON c.id = m.value" + filter.joins()
                    + filter.where(), first.idsAsJson(), filter.parameters(), limit, offset);
        }
        long wanted = (long) offset + limit;
        // Matches on names bunch in name order (every Zoë together, at the end); matches anywhere spread out.
        boolean bunched = namesOnly;
        if (limit > 0 && wanted <= DEEPEST_WINDOWED_ROW && filter.inNameIndexOrder()) {
            boolean probe = prefixIndexed && first.probingIsCheaper(wanted);
            long window = first.windowFor(wanted);
            for (int attempt = 0; attempt < 2 && (probe || window < first.estimatedMatches()); attempt++) {
                Bound last = lastInWindow(c, filter, window);
                List<ContactSummary> page = probe ? probeWindow(c, filter, match, last, offset, limit)
                        : readWindow(c, filter, match, last, offset, limit);
                if (page.size() == limit || last == null) {
                    return page;
                }
                bunched = true; // the window held too few: the matches lie further down the list
                window *= 4;
            }
        } else if (filter.tagged() && filter.tagSize(c) < first.estimatedMatches()) {
            // A tag's contacts are a short list next to the matches, and not in name-index order: keep the matches
            // that carry the tag, streaming them past the tag's contact ids, then filter and sort just those.
            return sortedPage(c, " FROM (SELECT rowid AS id FROM contact_search WHERE contact_search MATCH ?"
                    + " AND +rowid IN (" + Filter.TAGGED_IDS + ")) m CROSS JOIN contact c ON c.id = m.id"
                    + filter.joins() + filter.where(), match, filter.tag(), filter.parameters(), limit, offset);
        }
        if (bunched && first.estimatedMatches() <= SORT_MATCHES_UP_TO) {
            // The matches lie bunched somewhere down the list, so walking it would pass most of it; they are not too
            // many to sort them all.
            return sortedPage(c, " FROM (SELECT rowid AS id FROM contact_search WHERE contact_search MATCH ?) m"
                    + " CROSS JOIN contact c ON c.id = m.id" + filter.joins() + filter.where(),
                    match, filter.parameters(), limit, offset);
        }
        // Otherwise walk the list in name order, checking each contact against the set of all matches, up to the
        // end of the page.
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + filter.sql() + " AND c.id IN (" + MATCHING_IDS + ")" + PAGE,
                filter.parameters(), match, limit, offset);
    }

    /**
     * A page of a list that must be sorted: the ids are sorted by name first, and only the page's contacts are
     * then summarised (their open deal-breakers looked up), rather than every contact handed to the sort.
     */
    private static List<ContactSummary> sortedPage(Connection c, String fromWhere, Object... parameters)
            throws SQLException {
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM (SELECT c.id" + fromWhere + PAGE + ") p"
                + " CROSS JOIN contact c ON c.id = p.id ORDER BY c.sort_name, c.id", parameters);
    }

    /** Whether every typed word is short enough to have a prefix index of its own. */
    private static boolean prefixIndexed(String typed) {
        return SearchText.words(typed).stream()
                .allMatch(word -> word.codePointCount(0, word.length()) <= PREFIX_INDEXED_LENGTH);
    }

    /**
     * The first {@value #ESTIMATE_SAMPLE} matches in id order: all of them when there are fewer, and otherwise a
     * measure of how common the words are. Ids grow as contacts are added, so if the 1,000th match is the
     * 1,400th contact, about 70% of contacts match.
     */
    private record FirstMatches(List<Long> ids, double share, long estimatedMatches) {
        static FirstMatches of(Connection c, String match) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(MATCHING_IDS + " LIMIT " + ESTIMATE_SAMPLE)) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.size() < ESTIMATE_SAMPLE) {
                return new FirstMatches(ids, 1.0, ids.size());
            }
            long firstId;
            long span;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT (SELECT min(id) FROM contact), (SELECT max(id) FROM contact)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                firstId = rs.getLong(1);
                span = Math.max(1, rs.getLong(2) - firstId + 1);
            }
            double share = Math.min(1.0, ids.size() / (double) Math.max(1, ids.get(ids.size() - 1) - firstId + 1));
            return new FirstMatches(ids, share, Math.round(share * span));
        }

        /** Whether these are all the matches. */
        boolean all() {
            return ids.size() < ESTIMATE_SAMPLE;
        }

        String idsAsJson() {
            return ids.toString();
        }

        /** How many contacts from the top of the list should hold about twice {@code wanted} matches. */
        long windowFor(long wanted) {
            return (long) Math.ceil(2 * wanted / share) + 50;
        }

        /** Looking up each contact of the window until the page is full, against reading all matches once. */
        boolean probingIsCheaper(long wanted) {
            return wanted / share * PROBE_COST < estimatedMatches + 2 * windowFor(wanted);
        }
    }

    /** The last contact, by list order, of a window at the top of the list; null when the window holds them all. */
    private record Bound(String name, long id) {
        /** The condition "up to and including the last contact of the window", for a query on contact c. */
        static String within(Bound last) {
            return last == null ? "" : " AND c.sort_name <= ? AND (c.sort_name < ? OR c.id <= ?)";
        }

        static List<Object> parameters(Bound last) {
            return last == null ? List.of() : List.of(last.name, last.name, last.id);
        }
    }

    /** The last of the first {@code window} contacts of the filtered list, or null when the list is shorter. */
    private static Bound lastInWindow(Connection c, Filter filter, long window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.sort_name, c.id" + filter.sql()
                + " ORDER BY c.sort_name, c.id LIMIT 1 OFFSET ?")) {
            bind(ps, filter.parameters(), window - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Bound(rs.getString(1), rs.getLong(2)) : null;
            }
        }
    }

    /** Walks the window in name order, asking the full-text index about each contact, until the page is full. */
    private static List<ContactSummary> probeWindow(Connection c, Filter filter, String match, Bound last,
                                                    int offset, int limit) throws SQLException {
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + filter.sql() + Bound.within(last)
                        + " AND EXISTS (SELECT 1 FROM contact_search"
                        + " WHERE contact_search.rowid = c.id AND contact_search MATCH ?)" + PAGE,
                filter.parameters(), Bound.parameters(last), match, limit, offset);
    }

    /** Reads the matches once, keeps those within the window, and pages through them in name order. */
    private static List<ContactSummary> readWindow(Connection c, Filter filter, String match, Bound last,
                                                   int offset, int limit) throws SQLException {
        String within = Bound.within(last);
        List<Object> bounds = Bound.parameters(last);
        // "+rowid" keeps the window's ids away from the full-text index, which would look each one up in turn;
        // instead the matches stream past a small in-memory set of the window's ids.
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + filter.sql() + within
                        + " AND c.id IN (" + MATCHING_IDS + " AND +rowid IN (SELECT c.id" + filter.sql() + within + "))"
                        + PAGE,
                filter.parameters(), bounds, match, filter.parameters(), bounds, limit, offset);
    }

    /** Runs a query for contact summaries; parameters are bound in order, lists flattened. */
    private static List<ContactSummary> summaries(Connection c, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return summaries(ps);
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof List<?> list) {
                for (Object value : list) {
                    ps.setObject(index++, value);
                }
            } else {
                ps.setObject(index++, parameter);
            }
        }
    }

    private static List<ContactSummary> summaries(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<ContactSummary> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new ContactSummary(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
                        rs.getString("role"), RelationshipStage.valueOf(rs.getString("stage")),
                        rs.getInt("open_deal_breaker") == 1, rs.getInt("archived") == 1));
            }
            return result;
        }
    }

    @Override
    public int count(ContactQuery query) {
        Filter filter = Filter.of(query);
        String match = SearchText.matchExpression(query.text());
        return database.transaction(c -> {
            String sql;
            Object[] parameters;
            if (filter.everyActiveContact()) {
                // Every full-text row belongs to a contact (rowid = contact id; writeLists writes it with the
                // contact, and whatever deletes a contact must delete its row too), and archived is 0 or 1: so count
                // all matches, or the whole table, less the archived few, rather than look up every match's
                // contact. (Streaming the matches past the archived ids with "IN" skips most lookups; "NOT IN"
                // cannot, and takes twice as long.)
                sql = match == null
                        ? "SELECT (SELECT count(*) FROM contact) - (SELECT count(*) FROM contact WHERE archived = 1)"
                        : "SELECT (SELECT count(*) FROM contact_search WHERE contact_search MATCH ?1)"
                                + " - (SELECT count(*) FROM contact_search WHERE contact_search MATCH ?1"
                                + " AND +rowid IN (SELECT id FROM contact WHERE archived = 1))";
                parameters = match == null ? new Object[0] : new Object[] {match};
            } else {
                sql = "SELECT count(*)" + filter.sql() + (match == null ? "" : " AND c.id IN (" + MATCHING_IDS + ")");
                parameters = match == null ? new Object[] {filter.parameters()}
                        : new Object[] {filter.parameters(), match};
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, parameters);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void setArchived(long id, boolean archived) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE contact SET archived = ?, updated_at = ? WHERE id = ?")) {
                ps.setInt(1, archived ? 1 : 0);
                ps.setString(2, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                ps.setLong(3, id);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No contact with id " + id);
                }
            }
            return null;
        });
    }

    @Override
    public List<Tag> tags() {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH everyone AS MATERIALIZED (SELECT tag_id, count(*) AS n FROM contact_tag GROUP BY tag_id),
                         archived AS MATERIALIZED (SELECT ct.tag_id, count(*) AS n FROM contact c
                                                   JOIN contact_tag ct ON ct.contact_id = c.id
                                                   WHERE c.archived = 1 GROUP BY ct.tag_id)
                    SELECT t.name, e.n - coalesce(a.n, 0) AS contacts
                    FROM tag t JOIN everyone e ON e.tag_id = t.id LEFT JOIN archived a ON a.tag_id = t.id
                    WHERE e.n - coalesce(a.n, 0) > 0
                    ORDER BY t.name COLLATE NOCASE""");
                 ResultSet rs = ps.executeQuery()) {
                List<Tag> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(new Tag(rs.getString(1), rs.getInt(2)));
                }
                return tags;
            }
        });
    }

    @Override
    public List<ContactSummary> findByName(String text, int limit) {
        List<String> words = SearchText.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String match = "name : (" + SearchText.matchExpression(text) + ")";
        return database.transaction(c -> matching(c, Filter.of(ContactQuery.all()), match, prefixIndexed(text), true,
                0, limit));
    }
}
