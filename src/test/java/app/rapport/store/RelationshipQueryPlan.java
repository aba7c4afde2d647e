package app.rapport.store;

import app.rapport.model.ContactQuery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** SQLite's plan for the statement {@link RelationshipDao#activity} runs: for the board benchmark's report. */
public final class RelationshipQueryPlan {

    private RelationshipQueryPlan() {
    }

    /** The statement itself. */
    public static String sql(ContactQuery query) {
        return SqliteRelationshipDao.sql(query);
    }

    /** {@code EXPLAIN QUERY PLAN} of the statement, one line per step, indented as the sqlite3 shell shows it. */
    public static List<String> explain(Database database, ContactQuery query, LocalDate today) {
        List<Object> parameters = SqliteRelationshipDao.parameters(query, today);
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + SqliteRelationshipDao.sql(query))) {
                for (int i = 0; i < parameters.size(); i++) {
                    ps.setObject(i + 1, parameters.get(i));
                }
                List<Integer> ids = new ArrayList<>();
                List<Integer> depth = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int id = rs.getInt("id");
                        int parent = rs.getInt("parent");
                        int at = ids.indexOf(parent);
                        int level = at < 0 ? 0 : depth.get(at) + 1;
                        ids.add(id);
                        depth.add(level);
                        lines.add("  ".repeat(level) + rs.getString("detail"));
                    }
                }
                return lines;
            }
        });
    }
}
