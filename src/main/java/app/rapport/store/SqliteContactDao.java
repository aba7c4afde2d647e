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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO contact (name, organisation, role, link, city, how_we_met, where_we_met, met_on,
                        introduced_by, needs, offers, notes, stage, stay_in_touch_days, archived, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int i = bindDetails(ps, contact);
                ps.setString(i++, now.toString());
                ps.setString(i, now.toString());
                ps.executeUpdate();
                id = Rows.generatedId(ps);
            }
            writeLists(c, contact.withId(id));
            return storedContact(id);
        });
    }

    @Override
    public Contact update(Contact contact) {
        return database.transaction(c -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM contact WHERE id = ?")) {
                ps.setLong(1, contact.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("No contact with id " + contact.id());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE contact SET name = ?, organisation = ?, role = ?, link = ?, city = ?, how_we_met = ?,
                        where_we_met = ?, met_on = ?, introduced_by = ?, needs = ?, offers = ?, notes = ?, stage = ?,
                        stay_in_touch_days = ?, archived = ?, updated_at = ?
                    WHERE id = ?""")) {
                int i = bindDetails(ps, contact);
                ps.setString(i++, now.toString());
                ps.setLong(i, contact.id());
                ps.executeUpdate();
            }
            for (String table : List.of("contact_email", "contact_phone", "contact_tag")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE contact_id = ?")) {
                    ps.setLong(1, contact.id());
                    ps.executeUpdate();
                }
            }
            writeLists(c, contact);
            return storedContact(contact.id());
        });
    }

    /**
     * The contact as stored, read back: tags are kept once each, under the spelling of a tag already in use
     * ("designer" joins "Designer"), so the caller holds exactly what a later {@link #find} returns.
     */
    private Contact storedContact(long id) {
        return find(id).orElseThrow(() -> new StoreException("Contact " + id + " vanished while being saved", null));
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
        return i;
    }

    /** Writes emails, phones and tags, and the contact's full-text row. */
    private static void writeLists(Connection c, Contact contact) throws SQLException {
        writePositional(c, "INSERT INTO contact_email (contact_id, position, email) VALUES (?, ?, ?)", contact.id(),
                contact.emails());
        writePositional(c, "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?, ?, ?)", contact.id(),
                contact.phones());
        // Only an existing tag of the same name is skipped; a tag the schema refuses (blank, too long) fails the
        // write rather than vanish, as INSERT OR IGNORE would let it.
        List<String> tags = distinctIgnoringCase(contact.tags());
        try (PreparedStatement addTag = c.prepareStatement("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING");
             PreparedStatement link = c.prepareStatement("""
                     INSERT INTO contact_tag (contact_id, tag_id, position)
                     SELECT ?, id, ? FROM tag WHERE name = ?""")) {
            for (int position = 0; position < tags.size(); position++) {
                addTag.setString(1, tags.get(position));
                addTag.executeUpdate();
                link.setLong(1, contact.id());
                link.setInt(2, position);
                link.setString(3, tags.get(position));
                link.executeUpdate();
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM contact_search WHERE rowid = ?")) {
            delete.setLong(1, contact.id());
            delete.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO contact_search (rowid, name, organisation, role, needs, offers, tags, notes, emails, city)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, contact.id());
            ps.setString(2, contact.name());
            ps.setString(3, contact.organisation());
            ps.setString(4, contact.role());
            ps.setString(5, contact.needs());
            ps.setString(6, contact.offers());
            ps.setString(7, String.join(" ", tags));
            ps.setString(8, contact.notes());
            ps.setString(9, String.join(" ", contact.emails()));
            ps.setString(10, contact.city());
            ps.executeUpdate();
        }
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            byKey.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        return new ArrayList<>(byKey.values());
    }

    private static void writePositional(Connection c, String sql, long contactId, List<String> values)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int position = 0; position < values.size(); position++) {
                ps.setLong(1, contactId);
                ps.setInt(2, position);
                ps.setString(3, values.get(position));
                ps.executeUpdate();
            }
        }
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

    /** The FROM/WHERE part shared by search and count, with its parameters. */
    private record Filter(String sql, List<Object> parameters) {
        static Filter of(ContactQuery query) {
            StringBuilder sql = new StringBuilder(" FROM contact c");
            List<Object> parameters = new ArrayList<>();
            if (query.tag() != null) {
                sql.append(" JOIN contact_tag ct ON ct.contact_id = c.id AND ct.tag_id = (SELECT id FROM tag WHERE name = ?)");
                parameters.add(query.tag());
            }
            sql.append(" WHERE c.archived = ?");
            parameters.add(query.archived() ? 1 : 0);
            if (query.stage() != null) {
                sql.append(" AND c.stage = ?");
                parameters.add(query.stage().name());
            }
            String match = SearchText.matchExpression(query.text());
            if (match != null) {
                sql.append(" AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
                parameters.add(match);
            }
            return new Filter(sql.toString(), parameters);
        }

        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
        }
    }

    @Override
    public List<ContactSummary> search(ContactQuery query, int offset, int limit) {
        Filter filter = Filter.of(query);
        String sql = "SELECT " + SUMMARY_COLUMNS + filter.sql()
                + " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ? OFFSET ?";
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                ps.setInt(filter.parameters().size() + 1, limit);
                ps.setInt(filter.parameters().size() + 2, offset);
                return summaries(ps);
            }
        });
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
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + filter.sql())) {
                filter.bind(ps);
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
                    SELECT t.name, count(*) AS contacts FROM tag t
                    JOIN contact_tag ct ON ct.tag_id = t.id JOIN contact c ON c.id = ct.contact_id AND c.archived = 0
                    GROUP BY t.id ORDER BY t.name COLLATE NOCASE""");
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
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM contact c WHERE c.archived = 0"
                    + " AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)"
                    + " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                return summaries(ps);
            }
        });
    }
}
