package app.rapport.store;

import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.OptIn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteIntroductionDao implements IntroductionDao {

    private static final String COLUMNS = """
            contact_a, contact_b, why_a, why_b, note, side_a, asked_a, answered_a, side_b, asked_b, answered_b,
            introduced_on, outcome, outcome_on, follow_up_on, planned_on""";
    private static final String NEWEST_FIRST = " ORDER BY planned_on DESC, id DESC";

    private final Database database;

    SqliteIntroductionDao(Database database) {
        this.database = database;
    }

    @Override
    public Introduction add(Introduction introduction) {
        if (introduction.id() != 0) {
            throw new IllegalArgumentException("Introduction is already stored: " + introduction.id());
        }
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO introduction (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, introduction);
                ps.executeUpdate();
                return introduction.withId(Rows.generatedId(ps));
            }
        });
    }

    @Override
    public Introduction update(Introduction introduction) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE introduction SET contact_a = ?, contact_b = ?, why_a = ?, why_b = ?, note = ?, side_a = ?,
                        asked_a = ?, answered_a = ?, side_b = ?, asked_b = ?, answered_b = ?, introduced_on = ?,
                        outcome = ?, outcome_on = ?, follow_up_on = ?, planned_on = ?
                    WHERE id = ?""")) {
                int i = bind(ps, introduction);
                ps.setLong(i, introduction.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No introduction with id " + introduction.id());
                }
                return introduction;
            }
        });
    }

    private static int bind(PreparedStatement ps, Introduction intro) throws SQLException {
        int i = 1;
        ps.setLong(i++, intro.contactA());
        ps.setLong(i++, intro.contactB());
        ps.setString(i++, intro.whyA());
        ps.setString(i++, intro.whyB());
        ps.setString(i++, intro.note());
        ps.setString(i++, intro.sideA().name());
        Rows.setDate(ps, i++, intro.askedA());
        Rows.setDate(ps, i++, intro.answeredA());
        ps.setString(i++, intro.sideB().name());
        Rows.setDate(ps, i++, intro.askedB());
        Rows.setDate(ps, i++, intro.answeredB());
        Rows.setDate(ps, i++, intro.introducedOn());
        ps.setString(i++, intro.outcome() == null ? null : intro.outcome().name());
        Rows.setDate(ps, i++, intro.outcomeOn());
        Rows.setDate(ps, i++, intro.followUpOn());
        Rows.setDate(ps, i++, intro.plannedOn());
        return i;
    }

    @Override
    public Optional<Introduction> find(long id) {
        return query("SELECT * FROM introduction WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void delete(long id) {
        Rows.deleteById(database, "DELETE FROM introduction WHERE id = ?", id);
    }

    @Override
    public List<Introduction> all() {
        return query("SELECT * FROM introduction" + NEWEST_FIRST);
    }

    @Override
    public List<Introduction> forContact(long contactId) {
        return query("SELECT * FROM introduction WHERE contact_a = ? UNION ALL"
                + " SELECT * FROM introduction WHERE contact_b = ?" + NEWEST_FIRST, contactId, contactId);
    }

    @Override
    public List<Introduction> between(long one, long other) {
        return query("SELECT * FROM introduction WHERE (contact_a = ? AND contact_b = ?)"
                + " OR (contact_a = ? AND contact_b = ?)" + NEWEST_FIRST, one, other, other, one);
    }

    private List<Introduction> query(String sql, long... parameters) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setLong(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Introduction> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                    return result;
                }
            }
        });
    }

    private static Introduction read(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Introduction(rs.getLong("id"), rs.getLong("contact_a"), rs.getLong("contact_b"),
                rs.getString("why_a"), rs.getString("why_b"), rs.getString("note"),
                OptIn.valueOf(rs.getString("side_a")), Rows.date(rs, "asked_a"), Rows.date(rs, "answered_a"),
                OptIn.valueOf(rs.getString("side_b")), Rows.date(rs, "asked_b"), Rows.date(rs, "answered_b"),
                Rows.date(rs, "introduced_on"), outcome == null ? null : IntroductionOutcome.valueOf(outcome),
                Rows.date(rs, "outcome_on"), Rows.date(rs, "follow_up_on"), Rows.date(rs, "planned_on"));
    }
}
