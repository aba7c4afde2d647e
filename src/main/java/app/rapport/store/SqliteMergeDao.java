package app.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link MergeDao} over SQLite. It knows every table that points at a contact (schema versions 1 to 6): the lists
 * (emails, phones, tags), the full-text row, impressions, stage history, timeline links, introductions, meeting
 * attendance, introduced-by and the stay-in-touch snooze. The triggers of version 6 keep
 * {@code contact.last_interaction_on} on inserted and deleted timeline links, so links are moved by inserting and
 * deleting, never by updating, and the day is worked out again at the end all the same.
 */
final class SqliteMergeDao implements MergeDao {

    private static final List<String> LIST_TABLES = List.of("contact_email", "contact_phone", "contact_tag");
    private static final String SEARCH_COLUMNS = "rowid AS rowid, name, organisation, role, needs, offers, tags, notes,"
            + " emails, city";

    private final Database database;

    SqliteMergeDao(Database database) {
        this.database = database;
    }

    @Override
    public MergeCounts counts(long keptId, long otherId) {
        return database.transaction(c -> new MergeCounts(
                count(c, "SELECT count(*) FROM impression WHERE contact_id = ?1", otherId),
                count(c, "SELECT count(*) FROM stage_change WHERE contact_id = ?1", otherId),
                count(c, """
                        SELECT count(*) FROM interaction_contact o WHERE o.contact_id = ?1 AND NOT EXISTS
                        (SELECT 1 FROM interaction_contact k WHERE k.interaction_id = o.interaction_id
                         AND k.contact_id = ?2)""", otherId, keptId),
                count(c, """
                        SELECT count(*) FROM interaction_contact o WHERE o.contact_id = ?1 AND EXISTS
                        (SELECT 1 FROM interaction_contact k WHERE k.interaction_id = o.interaction_id
                         AND k.contact_id = ?2)""", otherId, keptId),
                count(c, """
                        SELECT count(*) FROM introduction WHERE (contact_a = ?1 AND contact_b <> ?2)
                        OR (contact_b = ?1 AND contact_a <> ?2)""", otherId, keptId),
                count(c, """
                        SELECT count(*) FROM introduction WHERE (contact_a = ?1 AND contact_b = ?2)
                        OR (contact_b = ?1 AND contact_a = ?2)""", otherId, keptId),
                count(c, """
                        SELECT count(*) FROM meeting_attendee o WHERE o.contact_id = ?1 AND NOT EXISTS
                        (SELECT 1 FROM meeting_attendee k WHERE k.meeting_id = o.meeting_id AND k.contact_id = ?2)""",
                        otherId, keptId),
                count(c, """
                        SELECT count(*) FROM meeting_attendee o WHERE o.contact_id = ?1 AND EXISTS
                        (SELECT 1 FROM meeting_attendee k WHERE k.meeting_id = o.meeting_id AND k.contact_id = ?2)""",
                        otherId, keptId),
                count(c, "SELECT count(*) FROM contact WHERE introduced_by = ?1 AND id <> ?2", otherId, keptId)));
    }

    @Override
    public MergeSnapshot snapshot(long keptId, long otherId) {
        return database.transaction(c -> {
            Map<String, Object> kept = single(c, "SELECT * FROM contact WHERE id = ?", keptId);
            Map<String, Object> other = single(c, "SELECT * FROM contact WHERE id = ?", otherId);
            Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
            for (String table : LIST_TABLES) {
                lists.put(table, rows(c, "SELECT * FROM " + table + " WHERE contact_id IN (?, ?)", keptId, otherId));
            }
            return new MergeSnapshot(keptId, otherId, kept, other, lists,
                    rows(c, "SELECT " + SEARCH_COLUMNS + " FROM contact_search WHERE rowid IN (?, ?)", keptId, otherId),
                    ids(c, "SELECT id FROM impression WHERE contact_id = ?", otherId),
                    ids(c, "SELECT id FROM stage_change WHERE contact_id = ?", otherId),
                    ids(c, "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", otherId),
                    new HashSet<>(ids(c, "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", keptId)),
                    rows(c, "SELECT * FROM meeting_attendee WHERE contact_id = ?", otherId),
                    new HashSet<>(ids(c, "SELECT meeting_id FROM meeting_attendee WHERE contact_id = ?", keptId)),
                    rows(c, "SELECT * FROM introduction WHERE contact_a = ?1 OR contact_b = ?1", otherId),
                    ids(c, "SELECT id FROM contact WHERE introduced_by = ?1 AND id <> ?2", otherId, keptId),
                    rows(c, "SELECT * FROM stay_in_touch_snooze WHERE contact_id IN (?, ?)", keptId, otherId));
        });
    }

    @Override
    public void moveRecords(long keptId, long otherId) {
        database.transaction(c -> {
            execute(c, "UPDATE impression SET contact_id = ?1 WHERE contact_id = ?2", keptId, otherId);
            execute(c, "UPDATE stage_change SET contact_id = ?1 WHERE contact_id = ?2", keptId, otherId);
            execute(c, """
                    INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id)
                    SELECT interaction_id, ?1 FROM interaction_contact WHERE contact_id = ?2""", keptId, otherId);
            execute(c, "DELETE FROM interaction_contact WHERE contact_id = ?", otherId);
            execute(c, "UPDATE introduction SET contact_a = ?1 WHERE contact_a = ?2", keptId, otherId);
            execute(c, "UPDATE introduction SET contact_b = ?1 WHERE contact_b = ?2", keptId, otherId);
            execute(c, """
                    INSERT OR IGNORE INTO meeting_attendee (meeting_id, contact_id, position)
                    SELECT meeting_id, ?1, position FROM meeting_attendee WHERE contact_id = ?2""", keptId, otherId);
            execute(c, "DELETE FROM meeting_attendee WHERE contact_id = ?", otherId);
            execute(c, "UPDATE contact SET introduced_by = ?1 WHERE introduced_by = ?2 AND id <> ?1", keptId, otherId);
            execute(c, """
                    INSERT INTO stay_in_touch_snooze (contact_id, until)
                    SELECT ?1, until FROM stay_in_touch_snooze WHERE contact_id = ?2 AND true
                    ON CONFLICT (contact_id) DO UPDATE SET until = max(until, excluded.until)""", keptId, otherId);
            execute(c, "DELETE FROM stay_in_touch_snooze WHERE contact_id = ?", otherId);
            recomputeLastInteraction(c, keptId);
            return null;
        });
    }

    private static void recomputeLastInteraction(Connection c, long contactId) throws SQLException {
        execute(c, """
                UPDATE contact SET last_interaction_on = (SELECT max(i.happened_on)
                    FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                    WHERE ic.contact_id = ?1)
                WHERE id = ?1""", contactId);
    }

    @Override
    public void deleteContact(long contactId) {
        database.transaction(c -> {
            execute(c, "DELETE FROM contact_search WHERE rowid = ?", contactId);
            if (execute(c, "DELETE FROM contact WHERE id = ?", contactId) != 1) {
                throw new SQLException("No contact with id " + contactId);
            }
            return null;
        });
    }

    @Override
    public void restore(MergeSnapshot s) {
        database.transaction(c -> {
            if (count(c, "SELECT count(*) FROM contact WHERE id = ?", s.keptId) != 1) {
                throw new StoreException("The contact kept by the merge no longer exists.", null);
            }
            if (count(c, "SELECT count(*) FROM contact WHERE id = ?", s.otherId) != 0) {
                throw new StoreException("Another contact has taken the merged contact's place.", null);
            }
            insert(c, "contact", s.otherContact);
            List<String> columns = new ArrayList<>(s.keptContact.keySet());
            columns.remove("id");
            StringBuilder update = new StringBuilder("UPDATE contact SET ");
            List<Object> values = new ArrayList<>();
            for (String column : columns) {
                update.append(values.isEmpty() ? "" : ", ").append(column).append(" = ?");
                values.add(s.keptContact.get(column));
            }
            values.add(s.keptId);
            execute(c, update.append(" WHERE id = ?").toString(), values.toArray());
            for (String table : LIST_TABLES) {
                execute(c, "DELETE FROM " + table + " WHERE contact_id = ?", s.keptId);
                for (Map<String, Object> row : s.lists.get(table)) {
                    insert(c, table, row);
                }
            }
            execute(c, "DELETE FROM contact_search WHERE rowid = ?", s.keptId);
            for (Map<String, Object> row : s.searchRows) {
                insert(c, "contact_search", row);
            }
            for (long id : s.otherImpressions) {
                execute(c, "UPDATE impression SET contact_id = ? WHERE id = ?", s.otherId, id);
            }
            for (long id : s.otherStageChanges) {
                execute(c, "UPDATE stage_change SET contact_id = ? WHERE id = ?", s.otherId, id);
            }
            for (long interaction : s.otherInteractions) {
                execute(c, "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)",
                        interaction, s.otherId);
                if (!s.keptInteractions.contains(interaction)) {
                    execute(c, "DELETE FROM interaction_contact WHERE interaction_id = ? AND contact_id = ?",
                            interaction, s.keptId);
                }
            }
            for (Map<String, Object> row : s.otherMeetings) {
                long meeting = ((Number) row.get("meeting_id")).longValue();
                execute(c, "DELETE FROM meeting_attendee WHERE meeting_id = ? AND contact_id = ?", meeting, s.otherId);
                insert(c, "meeting_attendee", row);
                if (!s.keptMeetings.contains(meeting)) {
                    execute(c, "DELETE FROM meeting_attendee WHERE meeting_id = ? AND contact_id = ?", meeting,
                            s.keptId);
                }
            }
            for (Map<String, Object> row : s.otherIntroductions) {
                Object id = row.get("id");
                if (count(c, "SELECT count(*) FROM introduction WHERE id = ?", id) == 1) {
                    execute(c, "UPDATE introduction SET contact_a = ?, contact_b = ? WHERE id = ?",
                            row.get("contact_a"), row.get("contact_b"), id);
                } else {
                    insert(c, "introduction", row);
                }
            }
            for (long id : s.introducedByOther) {
                execute(c, "UPDATE contact SET introduced_by = ? WHERE id = ? AND introduced_by = ?", s.otherId, id,
                        s.keptId);
            }
            execute(c, "DELETE FROM stay_in_touch_snooze WHERE contact_id IN (?, ?)", s.keptId, s.otherId);
            for (Map<String, Object> row : s.snoozes) {
                insert(c, "stay_in_touch_snooze", row);
            }
            recomputeLastInteraction(c, s.keptId);
            recomputeLastInteraction(c, s.otherId);
            return null;
        });
    }

    /**
     * Pairs of active contacts sharing an email address, by address. One pass over the email index finds the
     * addresses held more than once; only their rows are read. CROSS JOIN keeps that order: left to choose, SQLite
     * 3.53 walks every contact instead (six times the work on 100,000 contacts).
     */
    static final String EMAIL_PAIRS = """
            WITH shared AS MATERIALIZED (
                SELECT email COLLATE NOCASE AS email FROM contact_email
                GROUP BY email COLLATE NOCASE HAVING count(*) > 1)
            SELECT a.contact_id, b.contact_id, min(a.email)
            FROM shared s
            CROSS JOIN contact_email a ON a.email = s.email COLLATE NOCASE
            CROSS JOIN contact_email b ON b.email = s.email COLLATE NOCASE AND b.contact_id > a.contact_id
            CROSS JOIN contact ca ON ca.id = a.contact_id AND ca.archived = 0
            CROSS JOIN contact cb ON cb.id = b.contact_id AND cb.archived = 0
            GROUP BY a.contact_id, b.contact_id
            ORDER BY min(a.email) COLLATE NOCASE, a.contact_id, b.contact_id
            LIMIT ?""";

    /**
     * Pairs of active contacts with the same name, in name order. It walks the list's own index (archived, sort_name,
     * id) in order and looks each name up in it again, so the first pairs come without sorting; organisations are
     * read only for pairs of equal names.
     */
    static final String NAME_PAIRS = """
            SELECT a.id, b.id, a.organisation, b.organisation
            FROM contact a JOIN contact b
                ON b.archived = 0 AND b.sort_name = a.sort_name AND b.id > a.id
            WHERE a.archived = 0
              AND (trim(a.organisation) = '' OR trim(b.organisation) = ''
                   OR lower(trim(a.organisation)) = lower(trim(b.organisation)))
            ORDER BY a.sort_name, a.id, b.id
            LIMIT ?""";

    @Override
    public List<EmailPair> sharingAnEmail(int limit) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(EMAIL_PAIRS)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<EmailPair> pairs = new ArrayList<>();
                    while (rs.next()) {
                        pairs.add(new EmailPair(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    }
                    return pairs;
                }
            }
        });
    }

    @Override
    public List<NamePair> sharingAName(int limit) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(NAME_PAIRS)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<NamePair> pairs = new ArrayList<>();
                    while (rs.next()) {
                        pairs.add(new NamePair(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                    }
                    return pairs;
                }
            }
        });
    }

    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    private static List<Long> ids(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }

    /** Every row the query returns, each as column name to value, in column order. */
    private static List<Map<String, Object>> rows(Connection c, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static Map<String, Object> single(Connection c, String sql, long id) throws SQLException {
        List<Map<String, Object>> rows = rows(c, sql, id);
        if (rows.isEmpty()) {
            throw new SQLException("No contact with id " + id);
        }
        return rows.get(0);
    }

    private static void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        execute(c, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }
}
