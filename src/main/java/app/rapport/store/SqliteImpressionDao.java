package app.rapport.store;

import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteImpressionDao implements ImpressionDao {

    private final Database database;

    SqliteImpressionDao(Database database) {
        this.database = database;
    }

    @Override
    public Impression add(Impression impression) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO impression (contact_id, kind, text, noted_on, confidential, decision, decided_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, impression.contactId());
                ps.setString(2, impression.kind().name());
                ps.setString(3, impression.text());
                Rows.setDate(ps, 4, impression.notedOn());
                ps.setInt(5, impression.confidential() ? 1 : 0);
                ps.setString(6, impression.decision() == null ? null : impression.decision().name());
                Rows.setDate(ps, 7, impression.decidedOn());
                ps.executeUpdate();
                return new Impression(Rows.generatedId(ps), impression.contactId(), impression.kind(),
                        impression.text(), impression.notedOn(), impression.confidential(), impression.decision(),
                        impression.decidedOn());
            }
        });
    }

    @Override
    public Optional<Impression> find(long id) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM impression WHERE id = ?")) {
                ps.setLong(1, id);
                List<Impression> found = read(ps);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<Impression> forContact(long contactId) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM impression WHERE contact_id = ? ORDER BY noted_on, id")) {
                ps.setLong(1, contactId);
                return read(ps);
            }
        });
    }

    private static List<Impression> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Impression> result = new ArrayList<>();
            while (rs.next()) {
                String decision = rs.getString("decision");
                result.add(new Impression(rs.getLong("id"), rs.getLong("contact_id"),
                        ImpressionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        Rows.date(rs, "noted_on"), rs.getInt("confidential") == 1,
                        decision == null ? null : DealBreakerDecision.valueOf(decision), Rows.date(rs, "decided_on")));
            }
            return result;
        }
    }

    @Override
    public void decide(long impressionId, DealBreakerDecision decision, LocalDate on) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE impression SET decision = ?, decided_on = ? WHERE id = ? AND kind = 'DEAL_BREAKER'")) {
                ps.setString(1, decision.name());
                Rows.setDate(ps, 2, decision == DealBreakerDecision.OPEN ? null : on);
                ps.setLong(3, impressionId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No deal-breaker with id " + impressionId);
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long impressionId) {
        Rows.deleteById(database, "DELETE FROM impression WHERE id = ?", impressionId);
    }
}
