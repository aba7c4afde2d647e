package app.rapport.store;

import app.rapport.model.Meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings and their expected attendees. {@code starts_at} is stored as ISO local date-time text to the minute
 * ({@code 2024-03-01T09:30}), so text order is time order. Attendees keep the order they were given in
 * ({@code position}); a list of meetings reads all their attendees in one more query.
 */
final class SqliteMeetingDao implements MeetingDao {

    private static final String SOONEST_FIRST = " ORDER BY starts_at, id";
    private static final String LATEST_FIRST = " ORDER BY starts_at DESC, id DESC";

    private final Database database;

    SqliteMeetingDao(Database database) {
        this.database = database;
    }

    @Override
    public Meeting add(Meeting meeting) {
        if (meeting.id() != 0) {
            throw new IllegalArgumentException("Meeting is already stored: " + meeting.id());
        }
        Meeting stored = asStored(meeting);
        return database.transaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meeting (title, starts_at, place, notes) VALUES (?, ?, ?, ?)")) {
                bind(ps, stored);
                ps.executeUpdate();
                id = Rows.generatedId(ps);
            }
            insertAttendees(c, id, stored.attendeeIds());
            return stored.withId(id);
        });
    }

    @Override
    public Meeting update(Meeting meeting) {
        Meeting stored = asStored(meeting);
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE meeting SET title = ?, starts_at = ?, place = ?, notes = ? WHERE id = ?")) {
                int i = bind(ps, stored);
                ps.setLong(i, stored.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No meeting with id " + stored.id());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_attendee WHERE meeting_id = ?")) {
                ps.setLong(1, stored.id());
                ps.executeUpdate();
            }
            insertAttendees(c, stored.id(), stored.attendeeIds());
            return stored;
        });
    }

    /** What the database will hold: the start to the minute, each attendee once, in the order first given. */
    private static Meeting asStored(Meeting meeting) {
        return new Meeting(meeting.id(), meeting.title(), meeting.startsAt().truncatedTo(ChronoUnit.MINUTES),
                meeting.place(), meeting.notes(), meeting.attendeeIds().stream().distinct().toList());
    }

    private static int bind(PreparedStatement ps, Meeting meeting) throws SQLException {
        int i = 1;
        ps.setString(i++, meeting.title());
        ps.setString(i++, startText(meeting.startsAt()));
        ps.setString(i++, meeting.place());
        ps.setString(i++, meeting.notes());
        return i;
    }

    private static void insertAttendees(Connection c, long meetingId, List<Long> contactIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_attendee (meeting_id, contact_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (long contactId : contactIds) {
                ps.setLong(1, meetingId);
                ps.setLong(2, contactId);
                ps.setInt(3, position++);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public Optional<Meeting> find(long id) {
        return query("SELECT * FROM meeting WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void delete(long id) {
        Rows.deleteById(database, "DELETE FROM meeting WHERE id = ?", id);
    }

    @Override
    public void addAttendee(long meetingId, long contactId) {
        database.transaction(c -> {
            // Appended after the last one; already there: nothing changes (its place in the order included).
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO meeting_attendee (meeting_id, contact_id, position)
                    SELECT ?, ?, coalesce(max(position) + 1, 0) FROM meeting_attendee WHERE meeting_id = ?
                    ON CONFLICT (meeting_id, contact_id) DO NOTHING""")) {
                ps.setLong(1, meetingId);
                ps.setLong(2, contactId);
                ps.setLong(3, meetingId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeAttendee(long meetingId, long contactId) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM meeting_attendee WHERE meeting_id = ? AND contact_id = ?")) {
                ps.setLong(1, meetingId);
                ps.setLong(2, contactId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /*
     * The bounds are compared as LocalDateTime.toString() text with the minute-precise stored text. Both start with
     * the fixed-width yyyy-mm-ddThh:mm, and a stored start is a prefix of (so sorts before or equals) any bound in
     * the same minute: text order agrees with time order, and a meeting exactly at the bound compares equal.
     */

    @Override
    public List<Meeting> upcoming(LocalDateTime from, int limit) {
        return query("SELECT * FROM meeting WHERE starts_at >= ?" + SOONEST_FIRST + " LIMIT ?",
                from.toString(), checkedLimit(limit));
    }

    @Override
    public List<Meeting> past(LocalDateTime before, int limit) {
        return query("SELECT * FROM meeting WHERE starts_at < ?" + LATEST_FIRST + " LIMIT ?",
                before.toString(), checkedLimit(limit));
    }

    @Override
    public List<Meeting> forContact(long contactId) {
        return query("SELECT * FROM meeting WHERE id IN"
                + " (SELECT meeting_id FROM meeting_attendee WHERE contact_id = ?)" + SOONEST_FIRST, contactId);
    }

    private static long checkedLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        return limit;
    }

    private static String startText(LocalDateTime startsAt) {
        return startsAt.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** The meetings {@code sql} selects, in its order, each with its attendees (read in one more query). */
    private List<Meeting> query(String sql, Object... parameters) {
        return database.transaction(c -> {
            Map<Long, Meeting> byId = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        byId.put(id, new Meeting(id, rs.getString("title"),
                                LocalDateTime.parse(rs.getString("starts_at")), rs.getString("place"),
                                rs.getString("notes"), List.of()));
                    }
                }
            }
            if (byId.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Long>> attendees = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT meeting_id, contact_id FROM meeting_attendee
                    WHERE meeting_id IN (SELECT value FROM json_each(?))
                    ORDER BY meeting_id, position""")) {
                ps.setString(1, new ArrayList<>(byId.keySet()).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        attendees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            List<Meeting> result = new ArrayList<>(byId.size());
            byId.forEach((id, m) -> result.add(m.withAttendees(attendees.getOrDefault(id, List.of()))));
            return result;
        });
    }
}
