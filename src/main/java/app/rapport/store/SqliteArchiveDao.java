package app.rapport.store;

import app.rapport.model.DealBreakerDecision;
import app.rapport.model.ImpressionKind;
import app.rapport.model.InteractionKind;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipStage;
import app.rapport.model.TextLimits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link ArchiveDao} on SQLite: every table of schema versions 1-6 that holds what the user stored, described once
 * as columns (the archive's field name, the column, what it holds), so that reading, checking and writing a row
 * follow the same list. Derived data is not read but made again on restore, as the contact DAO makes it: the sort
 * key of a name, the full-text row of a contact, and (by the schema's triggers) each contact's latest interaction day.
 */
final class SqliteArchiveDao implements ArchiveDao {

    /** Rows read per query: a page of contacts and everything nested in them. */
    static final int PAGE = 500;

    private enum Kind { TEXT, INTEGER, FLAG, DATE, INSTANT, DATE_TIME, CHOICE }

    /** One stored column as the archive names and checks it. */
    private record Column(String field, String sql, Kind kind, boolean nullable, int maxLength, boolean notBlank,
                          List<String> choices) {
    }

    private static Column text(String field, String sql, int maxLength) {
        return new Column(field, sql, Kind.TEXT, false, maxLength, false, List.of());
    }

    private static Column nonBlank(String field, String sql, int maxLength) {
        return new Column(field, sql, Kind.TEXT, false, maxLength, true, List.of());
    }

    private static Column number(String field, String sql, boolean nullable) {
        return new Column(field, sql, Kind.INTEGER, nullable, 0, false, List.of());
    }

    private static Column flag(String field, String sql) {
        return new Column(field, sql, Kind.FLAG, false, 0, false, List.of());
    }

    private static Column date(String field, String sql, boolean nullable) {
        return new Column(field, sql, Kind.DATE, nullable, 0, false, List.of());
    }

    private static Column choice(String field, String sql, boolean nullable, Enum<?>[] values) {
        return new Column(field, sql, Kind.CHOICE, nullable, 0, false,
                Arrays.stream(values).map(Enum::name).toList());
    }

    private static final Column ID = number("id", "id", false);

    private static final List<Column> TAG = List.of(ID, nonBlank("name", "name", TextLimits.TAG));

    private static final List<Column> CONTACT = List.of(
            ID,
            nonBlank("name", "name", TextLimits.NAME),
            text("organisation", "organisation", TextLimits.ORGANISATION),
            text("role", "role", TextLimits.ROLE),
            text("link", "link", TextLimits.LINK),
            text("city", "city", TextLimits.CITY),
            text("howWeMet", "how_we_met", TextLimits.HOW_WE_MET),
            text("whereWeMet", "where_we_met", TextLimits.WHERE_WE_MET),
            date("metOn", "met_on", true),
            number("introducedBy", "introduced_by", true),
            text("needs", "needs", TextLimits.NEEDS),
            text("offers", "offers", TextLimits.OFFERS),
            text("notes", "notes", TextLimits.NOTES),
            choice("stage", "stage", false, RelationshipStage.values()),
            number("stayInTouchDays", "stay_in_touch_days", true),
            flag("archived", "archived"),
            new Column("createdAt", "created_at", Kind.INSTANT, false, 0, false, List.of()),
            new Column("updatedAt", "updated_at", Kind.INSTANT, false, 0, false, List.of()));
    private static final List<String> CONTACT_LISTS =
            List.of("emails", "phones", "tags", "snoozedUntil", "impressions", "stageHistory");

    private static final List<Column> IMPRESSION = List.of(
            ID,
            choice("kind", "kind", false, ImpressionKind.values()),
            nonBlank("text", "text", TextLimits.IMPRESSION),
            date("notedOn", "noted_on", false),
            flag("confidential", "confidential"),
            choice("decision", "decision", true, DealBreakerDecision.values()),
            date("decidedOn", "decided_on", true));

    private static final List<Column> STAGE_CHANGE = List.of(
            ID,
            choice("from", "from_stage", true, RelationshipStage.values()),
            choice("to", "to_stage", false, RelationshipStage.values()),
            date("changedOn", "changed_on", false),
            text("reason", "reason", TextLimits.REASON));

    private static final List<Column> INTERACTION = List.of(
            ID,
            choice("kind", "kind", false, InteractionKind.values()),
            date("happenedOn", "happened_on", false),
            text("summary", "summary", TextLimits.SUMMARY),
            text("notes", "notes", TextLimits.NOTES),
            flag("confidential", "confidential"),
            date("followUpOn", "follow_up_on", true));

    private static final List<Column> INTRODUCTION = List.of(
            ID,
            number("contactA", "contact_a", false),
            number("contactB", "contact_b", false),
            nonBlank("whyA", "why_a", TextLimits.WHY),
            nonBlank("whyB", "why_b", TextLimits.WHY),
            text("note", "note", TextLimits.INTRODUCTION_NOTE),
            choice("sideA", "side_a", false, OptIn.values()),
            date("askedA", "asked_a", true),
            date("answeredA", "answered_a", true),
            choice("sideB", "side_b", false, OptIn.values()),
            date("askedB", "asked_b", true),
            date("answeredB", "answered_b", true),
            date("introducedOn", "introduced_on", true),
            choice("outcome", "outcome", true, IntroductionOutcome.values()),
            date("outcomeOn", "outcome_on", true),
            date("followUpOn", "follow_up_on", true),
            date("plannedOn", "planned_on", false));

    private static final List<Column> MEETING = List.of(
            ID,
            nonBlank("title", "title", TextLimits.MEETING_TITLE),
            new Column("startsAt", "starts_at", Kind.DATE_TIME, false, 0, false, List.of()),
            text("place", "place", TextLimits.PLACE),
            text("notes", "notes", TextLimits.NOTES));

    private static final List<Column> ATTENDEE = List.of(
            number("contact", "contact_id", false), number("position", "position", false));

    private final Database database;
    /** The statements of a restore, prepared once each and used for every row; closed by {@link #endRestore}. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    SqliteArchiveDao(Database database) {
        this.database = database;
    }

    private PreparedStatement prepared(Connection c, String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void endRestore() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement of a finished restore: nothing left to lose
            }
        }
        statements.clear();
        if (cacheSizeBefore != null) {
            long before = cacheSizeBefore;
            cacheSizeBefore = null;
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA cache_size = " + before);
                }
                return null;
            });
        }
    }

    // ------------------------------------------------------------------------------------------------- reading

    @Override
    public Counts counts(Selection selection) {
        return database.transaction(c -> new Counts(
                count(c, "SELECT count(*) FROM contact" + (selection.includeArchived() ? "" : " WHERE archived = 0")),
                count(c, "SELECT count(*) FROM interaction"
                        + (selection.includeConfidential() ? "" : " WHERE confidential = 0")),
                count(c, "SELECT count(*) FROM introduction"),
                count(c, "SELECT count(*) FROM meeting"),
                count(c, "SELECT count(*) FROM tag"),
                selection.includeConfidential() ? 0 : count(c, "SELECT count(*) FROM impression WHERE confidential = 1"
                        + (selection.includeArchived() ? "" : " AND contact_id IN (SELECT id FROM contact"
                        + " WHERE archived = 0)")),
                selection.includeConfidential() ? 0
                        : count(c, "SELECT count(*) FROM interaction WHERE confidential = 1")));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void forEachTag(Consumer<Map<String, Object>> visitor) {
        database.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + columns("", TAG) + " FROM tag ORDER BY id")) {
                while (rs.next()) {
                    visitor.accept(read(rs, TAG));
                }
            }
            return null;
        });
    }

    @Override
    public void forEachContact(Selection selection, Consumer<Map<String, Object>> visitor) {
        database.transaction(c -> {
            String sql = contactPage(selection.includeArchived());
            try (PreparedStatement page = c.prepareStatement(sql)) {
                long after = Long.MIN_VALUE;
                while (true) {
                    Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
                    page.setLong(1, after);
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            Map<String, Object> row = read(rs, CONTACT);
                            row.put("emails", new ArrayList<String>());
                            row.put("phones", new ArrayList<String>());
                            row.put("tags", new ArrayList<String>());
                            row.put("snoozedUntil", rs.getString("snoozed_until"));
                            if (selection.withHistory()) {
                                row.put("impressions", new ArrayList<Map<String, Object>>());
                                row.put("stageHistory", new ArrayList<Map<String, Object>>());
                            }
                            byId.put((Long) row.get("id"), row);
                        }
                    }
                    if (byId.isEmpty()) {
                        return null;
                    }
                    long first = byId.keySet().iterator().next();
                    long last = new ArrayList<>(byId.keySet()).get(byId.size() - 1);
                    fillStrings(c, byId, "emails", "SELECT contact_id, email FROM contact_email"
                            + " WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, position", first, last);
                    fillStrings(c, byId, "phones", "SELECT contact_id, phone FROM contact_phone"
                            + " WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, position", first, last);
                    fillStrings(c, byId, "tags", "SELECT ct.contact_id, t.name FROM contact_tag ct"
                            + " JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id BETWEEN ? AND ?"
                            + " ORDER BY ct.contact_id, ct.position", first, last);
                    if (selection.withHistory()) {
                        fillRows(c, byId, "impressions", "SELECT contact_id, " + columns("", IMPRESSION)
                                + " FROM impression WHERE contact_id BETWEEN ? AND ?"
                                + (selection.includeConfidential() ? "" : " AND confidential = 0")
                                + " ORDER BY contact_id, id", IMPRESSION, first, last);
                        fillRows(c, byId, "stageHistory", "SELECT contact_id, " + columns("", STAGE_CHANGE)
                                + " FROM stage_change WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, id",
                                STAGE_CHANGE, first, last);
                    }
                    byId.values().forEach(visitor);
                    after = last;
                }
            }
        });
    }

    /**
     * The query of a page of contacts after an id. "+c.archived": not through the contact list's index on archived,
     * which would sort every active contact for each page, but along the ids, skipping the archived.
     */
    static String contactPage(boolean includeArchived) {
        return "SELECT " + columns("c.", CONTACT) + ", s.until AS snoozed_until FROM contact c"
                + " LEFT JOIN stay_in_touch_snooze s ON s.contact_id = c.id"
                + " WHERE c.id > ?" + (includeArchived ? "" : " AND +c.archived = 0")
                + " ORDER BY c.id LIMIT " + PAGE;
    }

    @SuppressWarnings("unchecked")
    private static void fillStrings(Connection c, Map<Long, Map<String, Object>> byId, String field, String sql,
                                    long first, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> owner = byId.get(rs.getLong(1));
                    if (owner != null) {
                        ((List<String>) owner.get(field)).add(rs.getString(2));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void fillRows(Connection c, Map<Long, Map<String, Object>> byId, String field, String sql,
                                 List<Column> columns, long first, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> owner = byId.get(rs.getLong(1));
                    if (owner != null) {
                        ((List<Map<String, Object>>) owner.get(field)).add(read(rs, columns));
                    }
                }
            }
        }
    }

    @Override
    public void forEachInteraction(Selection selection, Consumer<Map<String, Object>> visitor) {
        pages("SELECT " + columns("", INTERACTION) + " FROM interaction WHERE id > ?"
                        + (selection.includeConfidential() ? "" : " AND confidential = 0")
                        + " ORDER BY id LIMIT " + PAGE,
                INTERACTION, (c, byId, first, last) -> {
                    byId.values().forEach(row -> row.put("contacts", new ArrayList<Long>()));
                    try (PreparedStatement ps = c.prepareStatement("SELECT interaction_id, contact_id"
                            + " FROM interaction_contact WHERE interaction_id BETWEEN ? AND ?"
                            + " ORDER BY interaction_id, contact_id")) {
                        ps.setLong(1, first);
                        ps.setLong(2, last);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Map<String, Object> owner = byId.get(rs.getLong(1));
                                if (owner != null) {
                                    @SuppressWarnings("unchecked")
                                    List<Long> ids = (List<Long>) owner.get("contacts");
                                    ids.add(rs.getLong(2));
                                }
                            }
                        }
                    }
                }, visitor);
    }

    @Override
    public void forEachIntroduction(Consumer<Map<String, Object>> visitor) {
        pages("SELECT " + columns("", INTRODUCTION) + " FROM introduction WHERE id > ? ORDER BY id LIMIT " + PAGE,
                INTRODUCTION, (c, byId, first, last) -> { }, visitor);
    }

    @Override
    public void forEachMeeting(Consumer<Map<String, Object>> visitor) {
        pages("SELECT " + columns("", MEETING) + " FROM meeting WHERE id > ? ORDER BY id LIMIT " + PAGE, MEETING,
                (c, byId, first, last) -> {
                    byId.values().forEach(row -> row.put("attendees", new ArrayList<Map<String, Object>>()));
                    fillRows(c, byId, "attendees", "SELECT meeting_id, " + columns("", ATTENDEE)
                            + " FROM meeting_attendee WHERE meeting_id BETWEEN ? AND ? ORDER BY meeting_id, position",
                            ATTENDEE, first, last);
                }, visitor);
    }

    /** Adds what is nested in a page of rows. */
    @FunctionalInterface
    private interface Nested {
        void fill(Connection c, Map<Long, Map<String, Object>> byId, long first, long last) throws SQLException;
    }

    private void pages(String sql, List<Column> columns, Nested nested, Consumer<Map<String, Object>> visitor) {
        database.transaction(c -> {
            try (PreparedStatement page = c.prepareStatement(sql)) {
                long after = Long.MIN_VALUE;
                while (true) {
                    Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
                    page.setLong(1, after);
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            Map<String, Object> row = read(rs, columns);
                            byId.put((Long) row.get("id"), row);
                        }
                    }
                    if (byId.isEmpty()) {
                        return null;
                    }
                    long first = byId.keySet().iterator().next();
                    long last = new ArrayList<>(byId.keySet()).get(byId.size() - 1);
                    nested.fill(c, byId, first, last);
                    byId.values().forEach(visitor);
                    after = last;
                }
            }
        });
    }

    private static String columns(String prefix, List<Column> columns) {
        return columns.stream().map(column -> prefix + column.sql()).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> read(ResultSet rs, List<Column> columns) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column column : columns) {
            switch (column.kind()) {
                case INTEGER -> {
                    long value = rs.getLong(column.sql());
                    row.put(column.field(), rs.wasNull() ? null : value);
                }
                case FLAG -> row.put(column.field(), rs.getInt(column.sql()) == 1);
                default -> row.put(column.field(), rs.getString(column.sql()));
            }
        }
        return row;
    }

    // ------------------------------------------------------------------------------------------------- writing

    @Override
    public String whatIsStored() {
        return database.transaction(c -> {
            Map<String, String> tables = new LinkedHashMap<>();
            tables.put("contact", "contact");
            tables.put("tag", "tag");
            tables.put("interaction", "timeline entr");
            tables.put("introduction", "introduction");
            tables.put("meeting", "meeting");
            List<String> held = new ArrayList<>();
            for (Map.Entry<String, String> table : tables.entrySet()) {
                long n = count(c, "SELECT count(*) FROM " + table.getKey());
                String word = table.getValue();
                if (n > 0) {
                    held.add(n + " " + word + (word.endsWith("entr") ? (n == 1 ? "y" : "ies") : (n == 1 ? "" : "s")));
                }
            }
            return held.isEmpty() ? null : String.join(", ", held);
        });
    }

    /** Pages SQLite may keep in memory during a restore (in KiB, as PRAGMA cache_size takes them when negative). */
    private static final int RESTORE_CACHE_KIB = 256 * 1024;
    /** The connection's cache size before the restore, put back by {@link #endRestore}. */
    private Long cacheSizeBefore;

    @Override
    public void beginRestore() {
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
                // One transaction writes every row and index entry: with SQLite's default 2 MB cache the indexes'
                // pages would be evicted and read back over and over.
                try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                    cacheSizeBefore = rs.next() ? rs.getLong(1) : null;
                }
                s.execute("PRAGMA cache_size = -" + RESTORE_CACHE_KIB);
            }
            return null;
        });
    }

    @Override
    public void insertTag(Map<String, Object> row) {
        allowOnly(row, TAG, List.of());
        database.transaction(c -> {
            insert(c, "tag", TAG, row, "", Map.of());
            return null;
        });
    }

    @Override
    public void insertContact(Map<String, Object> row) {
        allowOnly(row, CONTACT, CONTACT_LISTS);
        List<String> emails = strings(row, "emails", TextLimits.EMAIL);
        List<String> phones = strings(row, "phones", TextLimits.PHONE);
        List<String> tags = strings(row, "tags", TextLimits.TAG);
        String snoozedUntil = (String) checked(
                new Column("snoozedUntil", "until", Kind.DATE, true, 0, false, List.of()), row, "");
        List<Map<String, Object>> impressions = rows(row, "impressions");
        List<Map<String, Object>> history = rows(row, "stageHistory");
        database.transaction(c -> {
            String name = (String) checked(CONTACT.get(1), row, "");
            insert(c, "contact", CONTACT, row, "", Map.of("sort_name", SearchText.sortKey(name)));
            long id = (Long) row.get("id");
            positional(c, "INSERT INTO contact_email (contact_id, position, email) VALUES (?, ?, ?)", id, emails,
                    "emails");
            positional(c, "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?, ?, ?)", id, phones,
                    "phones");
            PreparedStatement find = prepared(c, "SELECT id FROM tag WHERE name = ?");
            PreparedStatement link = prepared(c,
                    "INSERT INTO contact_tag (contact_id, tag_id, position) VALUES (?, ?, ?)");
            for (int i = 0; i < tags.size(); i++) {
                find.setString(1, tags.get(i));
                long tagId;
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        throw new BadField("tags[" + i + "]",
                                "no tag named \"" + tags.get(i) + "\" among the archive's tags");
                    }
                    tagId = rs.getLong(1);
                }
                link.setLong(1, id);
                link.setLong(2, tagId);
                link.setInt(3, i);
                execute(link, "tags[" + i + "]");
            }
            if (snoozedUntil != null) {
                PreparedStatement snooze = prepared(c,
                        "INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (?, ?)");
                snooze.setLong(1, id);
                snooze.setString(2, snoozedUntil);
                execute(snooze, "snoozedUntil");
            }
            for (int i = 0; i < impressions.size(); i++) {
                String where = "impressions[" + i + "].";
                allowOnly(impressions.get(i), IMPRESSION, List.of(), where);
                insert(c, "impression", IMPRESSION, impressions.get(i), where, Map.of("contact_id", id));
            }
            for (int i = 0; i < history.size(); i++) {
                String where = "stageHistory[" + i + "].";
                allowOnly(history.get(i), STAGE_CHANGE, List.of(), where);
                insert(c, "stage_change", STAGE_CHANGE, history.get(i), where, Map.of("contact_id", id));
            }
            PreparedStatement search = prepared(c, """
                    INSERT INTO contact_search (rowid, name, organisation, role, needs, offers, tags, notes, emails,
                    city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            search.setLong(1, id);
            search.setString(2, SearchText.fold(name));
            search.setString(3, SearchText.fold((String) row.get("organisation")));
            search.setString(4, SearchText.fold((String) row.get("role")));
            search.setString(5, SearchText.fold((String) row.get("needs")));
            search.setString(6, SearchText.fold((String) row.get("offers")));
            search.setString(7, SearchText.fold(String.join(" ", tags)));
            search.setString(8, SearchText.fold((String) row.get("notes")));
            search.setString(9, SearchText.fold(String.join(" ", emails)));
            search.setString(10, SearchText.fold((String) row.get("city")));
            execute(search, "");
            return null;
        });
    }

    @Override
    public void insertInteraction(Map<String, Object> row) {
        allowOnly(row, INTERACTION, List.of("contacts"));
        List<Long> contacts = ids(row, "contacts");
        database.transaction(c -> {
            insert(c, "interaction", INTERACTION, row, "", Map.of());
            PreparedStatement link = prepared(c,
                    "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)");
            for (int i = 0; i < contacts.size(); i++) {
                String where = "contacts[" + i + "]";
                requireContact(contacts.get(i), where);
                link.setLong(1, (Long) row.get("id"));
                link.setLong(2, contacts.get(i));
                execute(link, where);
            }
            return null;
        });
    }

    @Override
    public void insertIntroduction(Map<String, Object> row) {
        allowOnly(row, INTRODUCTION, List.of());
        database.transaction(c -> {
            insert(c, "introduction", INTRODUCTION, row, "", Map.of());
            requireContact((Long) row.get("contactA"), "contactA");
            requireContact((Long) row.get("contactB"), "contactB");
            return null;
        });
    }

    @Override
    public void insertMeeting(Map<String, Object> row) {
        allowOnly(row, MEETING, List.of("attendees"));
        List<Map<String, Object>> attendees = rows(row, "attendees");
        database.transaction(c -> {
            insert(c, "meeting", MEETING, row, "", Map.of());
            for (int i = 0; i < attendees.size(); i++) {
                String where = "attendees[" + i + "].";
                allowOnly(attendees.get(i), ATTENDEE, List.of(), where);
                Long contact = (Long) checked(ATTENDEE.get(0), attendees.get(i), where);
                requireContact(contact, where + "contact");
                insert(c, "meeting_attendee", ATTENDEE, attendees.get(i), where, Map.of("meeting_id", row.get("id")));
            }
            return null;
        });
    }

    @Override
    public boolean hasContact(long id) {
        return database.transaction(c -> {
            PreparedStatement ps = prepared(c, "SELECT 1 FROM contact WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private void requireContact(long id, String field) {
        if (!hasContact(id)) {
            throw new BadField(field, "no contact with id " + id + " in the archive");
        }
    }

    @Override
    public void checkReferences() {
        database.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw new BadField("", "a " + rs.getString(1) + " row (" + rs.getLong(2) + ") refers to a "
                            + rs.getString(3) + " that is not in the archive");
                }
            }
            return null;
        });
    }

    /** Checks every column of {@code row} and inserts it, with {@code extra} columns (keys, derived values). */
    private void insert(Connection c, String table, List<Column> columns, Map<String, Object> row,
                               String where, Map<String, Object> extra) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (Column column : columns) {
            values.add(checked(column, row, where));
        }
        List<String> names = new ArrayList<>(columns.stream().map(Column::sql).toList());
        for (Map.Entry<String, Object> more : extra.entrySet()) {
            names.add(more.getKey());
            values.add(more.getValue());
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        PreparedStatement ps = prepared(c, sql);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof Boolean flag) {
                ps.setInt(i + 1, flag ? 1 : 0);
            } else if (value instanceof Long number) {
                ps.setLong(i + 1, number);
            } else {
                ps.setString(i + 1, value.toString());
            }
        }
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("UNIQUE constraint failed: " + table + ".id")
                    || message.contains("PRIMARY KEY")) {
                throw new BadField(where + "id", "id " + row.get("id") + " is used twice");
            }
            throw new BadField(where.isEmpty() ? "" : where.substring(0, where.length() - 1),
                    "cannot be stored: " + message);
        }
    }

    private static void execute(PreparedStatement ps, String where) {
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            throw new BadField(where, message.contains("UNIQUE") ? "appears twice" : "cannot be stored: " + message);
        }
    }

    private void positional(Connection c, String sql, long id, List<String> values, String field)
            throws SQLException {
        PreparedStatement ps = prepared(c, sql);
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(1, id);
            ps.setInt(2, i);
            ps.setString(3, values.get(i));
            execute(ps, field + "[" + i + "]");
        }
    }

    private static void allowOnly(Map<String, Object> row, List<Column> columns, List<String> nested) {
        allowOnly(row, columns, nested, "");
    }

    private static void allowOnly(Map<String, Object> row, List<Column> columns, List<String> nested, String where) {
        Set<String> known = new LinkedHashSet<>(nested);
        columns.forEach(column -> known.add(column.field()));
        for (String field : row.keySet()) {
            if (!known.contains(field)) {
                throw new BadField(where + field, "not a field this version of Rapport knows");
            }
        }
        for (String field : nested) {
            if (!row.containsKey(field)) {
                throw new BadField(where + field, "missing");
            }
        }
    }

    /** The value of {@code column} in {@code row}, checked: the stored text, number or flag. */
    private static Object checked(Column column, Map<String, Object> row, String where) {
        String field = where + column.field();
        if (!row.containsKey(column.field())) {
            throw new BadField(field, "missing");
        }
        Object value = row.get(column.field());
        if (value == null) {
            if (!column.nullable()) {
                throw new BadField(field, "must have a value (it is null)");
            }
            return null;
        }
        switch (column.kind()) {
            case INTEGER -> {
                if (!(value instanceof Long)) {
                    throw new BadField(field, "expected a whole number");
                }
                return value;
            }
            case FLAG -> {
                if (!(value instanceof Boolean)) {
                    throw new BadField(field, "expected true or false");
                }
                return value;
            }
            default -> {
                if (!(value instanceof String text)) {
                    throw new BadField(field, "expected text");
                }
                checkText(column, text, field);
                return text;
            }
        }
    }

    private static void checkText(Column column, String text, String field) {
        try {
            switch (column.kind()) {
                case DATE -> LocalDate.parse(text);
                case INSTANT -> Instant.parse(text);
                case DATE_TIME -> LocalDateTime.parse(text);
                case CHOICE -> {
                    if (!column.choices().contains(text)) {
                        throw new BadField(field, "\"" + text + "\" is not one of " + String.join(", ",
                                column.choices()));
                    }
                }
                default -> {
                    if (column.notBlank() && text.isBlank()) {
                        throw new BadField(field, "must not be empty");
                    }
                    if (text.codePointCount(0, text.length()) > column.maxLength()) {
                        throw new BadField(field, "longer than " + column.maxLength() + " characters");
                    }
                }
            }
        } catch (DateTimeParseException e) {
            throw new BadField(field, "\"" + text + "\" is not a " + switch (column.kind()) {
                case DATE -> "date (yyyy-mm-dd)";
                case INSTANT -> "moment in UTC (yyyy-mm-ddThh:mm:ssZ)";
                default -> "date and time (yyyy-mm-ddThh:mm)";
            });
        }
    }

    private static List<String> strings(Map<String, Object> row, String field, int maxLength) {
        List<?> values = list(row, field);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String where = field + "[" + i + "]";
            if (!(values.get(i) instanceof String text)) {
                throw new BadField(where, "expected text");
            }
            checkText(new Column(field, field, Kind.TEXT, false, maxLength, true, List.of()), text, where);
            result.add(text);
        }
        return result;
    }

    private static List<Long> ids(Map<String, Object> row, String field) {
        List<?> values = list(row, field);
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof Long id)) {
                throw new BadField(field + "[" + i + "]", "expected a contact id (a whole number)");
            }
            result.add(id);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> row, String field) {
        List<?> values = list(row, field);
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof Map)) {
                throw new BadField(field + "[" + i + "]", "expected an object");
            }
        }
        return (List<Map<String, Object>>) values;
    }

    private static List<?> list(Map<String, Object> row, String field) {
        if (!row.containsKey(field)) {
            throw new BadField(field, "missing");
        }
        if (!(row.get(field) instanceof List<?> values)) {
            throw new BadField(field, "expected a list");
        }
        return values;
    }
}
