package app.rapport.store;

import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

final class SqliteStageHistoryDao implements StageHistoryDao {

    private final Database database;

    SqliteStageHistoryDao(Database database) {
        this.database = database;
    }

    @Override
    public StageChange record(StageChange change) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_on, reason)
                    VALUES (?, ?, ?, ?, ?)""")) {
                ps.setLong(1, change.contactId());
                ps.setString(2, change.from() == null ? null : change.from().name());
                ps.setString(3, change.to().name());
                Rows.setDate(ps, 4, change.changedOn());
                ps.setString(5, change.reason());
                ps.executeUpdate();
                return new StageChange(Rows.generatedId(ps), change.contactId(), change.from(), change.to(),
                        change.changedOn(), change.reason());
            }
        });
    }

    @Override
    public List<StageChange> forContact(long contactId) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM stage_change WHERE contact_id = ? ORDER BY id")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StageChange> result = new ArrayList<>();
                    while (rs.next()) {
                        String from = rs.getString("from_stage");
                        result.add(new StageChange(rs.getLong("id"), contactId,
                                from == null ? null : RelationshipStage.valueOf(from),
                                RelationshipStage.valueOf(rs.getString("to_stage")), Rows.date(rs, "changed_on"),
                                rs.getString("reason")));
                    }
                    return result;
                }
            }
        });
    }

    @Override
    public void delete(long changeId) {
        Rows.deleteById(database, "DELETE FROM stage_change WHERE id = ?", changeId);
    }
}
