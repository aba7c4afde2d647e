package app.rapport.store;

import app.rapport.model.StayInTouchCadence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQLite's plans for the statements {@link AgendaDao} runs: for the Today benchmark's report. */
public final class AgendaQueryPlan {

    private AgendaQueryPlan() {
    }

    /** Each statement's text, by what it reads. */
    public static Map<String, String> statements(StayInTouchCadence cadence, LocalDate today, int limit) {
        Map<String, String> sql = new LinkedHashMap<>();
        SqliteAgendaDao.statements(cadence, today, limit).forEach((what, query) -> sql.put(what, query.sql()));
        return sql;
    }

    /** {@code EXPLAIN QUERY PLAN} of each statement, one line per step, indented as the sqlite3 shell shows it. */
    public static Map<String, List<String>> explain(Database database, StayInTouchCadence cadence, LocalDate today,
                                                    int limit) {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        database.transaction(c -> {
            for (Map.Entry<String, SqliteAgendaDao.Query> statement
                    : SqliteAgendaDao.statements(cadence, today, limit).entrySet()) {
                SqliteAgendaDao.Query query = statement.getValue();
                try (PreparedStatement ps = SqliteAgendaDao.prepare(c, new SqliteAgendaDao.Query(
                        "EXPLAIN QUERY PLAN " + query.sql(), query.parameters()));
                     ResultSet rs = ps.executeQuery()) {
                    List<Integer> ids = new ArrayList<>();
                    List<Integer> depth = new ArrayList<>();
                    List<String> lines = new ArrayList<>();
                    while (rs.next()) {
                        int at = ids.indexOf(rs.getInt("parent"));
                        int level = at < 0 ? 0 : depth.get(at) + 1;
                        ids.add(rs.getInt("id"));
                        depth.add(level);
                        lines.add("  ".repeat(level) + rs.getString("detail"));
                    }
                    plans.put(statement.getKey(), lines);
                }
            }
            return null;
        });
        return plans;
    }
}
