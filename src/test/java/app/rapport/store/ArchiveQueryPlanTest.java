package app.rapport.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An export reads contacts a page at a time along their ids. Through the contact list's index on archived, SQLite
 * would sort every active contact again for each page (with 100,000 contacts, 195 sorts of 97,475 rows).
 */
class ArchiveQueryPlanTest {

    @TempDir
    Path folder;

    @Test
    void aPageOfContactsIsReadAlongTheIdsWithoutSorting() throws Exception {
        try (Database database = Database.open(folder.resolve("plan.db"))) {
            for (boolean includeArchived : new boolean[]{false, true}) {
                List<String> plan = database.transaction(c -> {
                    List<String> lines = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(
                            "EXPLAIN QUERY PLAN " + SqliteArchiveDao.contactPage(includeArchived))) {
                        ps.setLong(1, 0);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                lines.add(rs.getString("detail"));
                            }
                        }
                    }
                    return lines;
                });
                assertEquals(List.of("SEARCH c USING INTEGER PRIMARY KEY (rowid>?)",
                        "SEARCH s USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN"), plan, "archived included: " + includeArchived);
            }
        }
    }
}
