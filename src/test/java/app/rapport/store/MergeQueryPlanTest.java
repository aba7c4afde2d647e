package app.rapport.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * "Possible duplicates" stays quick with 100,000 contacts only while SQLite reads it through the email and name
 * indexes in the intended order (MergeBenchmark measures it); this pins those plans.
 */
class MergeQueryPlanTest {

    @TempDir
    Path folder;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("rapport.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> plan(String sql) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                ps.setInt(1, 200);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> lines = new ArrayList<>();
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                    return lines;
                }
            }
        });
    }

    @Test
    void sharedEmailsAreFoundInOnePassOverTheEmailIndex() {
        List<String> plan = plan(SqliteMergeDao.EMAIL_PAIRS);
        assertEquals(List.of(
                "MATERIALIZE shared",
                "SCAN contact_email USING COVERING INDEX contact_email_by_email",
                "SCAN s",
                "SEARCH a USING COVERING INDEX contact_email_by_email (email=?)",
                "SEARCH b USING COVERING INDEX contact_email_by_email (email=? AND contact_id>?)",
                "SEARCH ca USING INTEGER PRIMARY KEY (rowid=?)",
                "SEARCH cb USING INTEGER PRIMARY KEY (rowid=?)"), plan.subList(0, 7), String.join("\n", plan));
    }

    @Test
    void sameNamesAreFoundInListOrderWithoutSorting() {
        List<String> plan = plan(SqliteMergeDao.NAME_PAIRS);
        assertEquals(List.of(
                "SEARCH a USING INDEX contact_by_name (archived=?)",
                "SEARCH b USING INDEX contact_by_name (archived=? AND sort_name=? AND id>?)"), plan,
                String.join("\n", plan));
        assertFalse(plan.stream().anyMatch(line -> line.contains("TEMP B-TREE")));
    }
}
