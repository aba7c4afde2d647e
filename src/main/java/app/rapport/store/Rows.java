package app.rapport.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions between JDBC columns and model values, shared by the DAOs. */
final class Rows {
    private Rows() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Instant.parse(value);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** The id SQLite gave the row {@code ps} just inserted (the connection does not collect generated keys). */
    static long generatedId(PreparedStatement ps) throws SQLException {
        try (Statement s = ps.getConnection().createStatement();
             ResultSet keys = s.executeQuery("SELECT last_insert_rowid()")) {
            if (!keys.next() || keys.getLong(1) == 0) {
                throw new SQLException("No id was generated");
            }
            return keys.getLong(1);
        }
    }

    /** Runs one statement with one id in its own transaction (or the caller's): a delete by key. */
    static void deleteById(Database database, String sql, long id) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
                return null;
            }
        });
    }
}
