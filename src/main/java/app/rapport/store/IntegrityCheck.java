package app.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * SQLite's full {@code PRAGMA integrity_check} of a database file that nobody writes to (a backup just made, a
 * backup about to be restored), run on two read-only connections at once so that it takes about half as long.
 *
 * <p>A whole-file {@code PRAGMA integrity_check} runs on one core; on a 100,000-contact database it takes over 2 s,
 * nearly half of it in the search index's own check (which re-reads every contact). SQLite can also check one table
 * at a time: {@code PRAGMA integrity_check(t)} checks table {@code t} and all its indexes, rows against indexes and
 * constraints, and for a virtual table such as the FTS5 search index, the index against the text it was built from.
 * Here every table is checked that way, the search index on one connection while the other starts on the largest
 * tables, then both take the rest from one queue. Only two things of the whole-file check are not part of any
 * table's: that every page of the file belongs to exactly one table or index or is on the list of free pages, and
 * that this list is sound. The first is checked here with the {@code dbstat} table (every page counted once, none
 * twice); the second by checking {@code sqlite_schema}, which SQLite does together with the free-page list.
 */
public final class IntegrityCheck {

    /** Marks the end of the queue; each of the two connections takes one. */
    private static final String DONE = "";

    private IntegrityCheck() {
    }

    /**
     * Checks the database {@code file}, reading it on two read-only connections.
     *
     * @return what is wrong with the file; empty when nothing is
     * @throws SQLException when the file cannot be read at all
     */
    public static List<String> of(Path file) throws SQLException {
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        try (Connection first = mapped(Database.openReadOnly(file));
             Connection second = mapped(Database.openReadOnly(file))) {
            Schema schema = Schema.read(first);
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            Future<Void> searchIndex = SideThread.start("integrity check", () -> {
                for (String table : schema.virtualTables) {
                    check(first, table, findings);
                }
                checkQueued(first, queue, findings);
                return null;
            });
            try {
                try {
                    queue.addAll(schema.largestFirst(pageAccounting(second, findings)));
                    queue.add("sqlite_schema");
                } finally {
                    queue.add(DONE);
                    queue.add(DONE);
                }
                checkQueued(second, queue, findings);
            } finally {
                // the other thread reads the first connection: it must end before that closes
                SideThread.await(searchIndex, SQLException.class);
            }
        }
        return List.copyOf(findings);
    }

    /** The tables of the file: the virtual ones, and every other table with its indexes. */
    private record Schema(List<String> virtualTables, Map<String, String> tableOf) {

        static Schema read(Connection c) throws SQLException {
            List<String> virtualTables = new ArrayList<>();
            Map<String, String> tableOf = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, tbl_name, coalesce(sql LIKE 'CREATE VIRTUAL TABLE%', 0)"
                         + " FROM sqlite_schema WHERE type IN ('table', 'index')")) {
                while (rs.next()) {
                    if (rs.getBoolean(3)) {
                        virtualTables.add(rs.getString(1));
                    } else {
                        tableOf.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return new Schema(virtualTables, tableOf);
        }

        /** The tables, those with the most pages (their own and their indexes') first. */
        List<String> largestFirst(Map<String, Long> pages) {
            Map<String, Long> size = new HashMap<>();
            tableOf.forEach((name, table) -> size.merge(table, pages.getOrDefault(name, 0L), Long::sum));
            List<String> tables = new ArrayList<>(size.keySet());
            tables.sort(Comparator.comparing((String t) -> size.get(t)).reversed().thenComparing(t -> t));
            return tables;
        }
    }

    /** {@code connection}, reading the file through memory mapping. */
    private static Connection mapped(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // read the file through memory mapping: the check reads every page, many several times
            s.execute("PRAGMA mmap_size = 1073741824");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static void checkQueued(Connection c, BlockingQueue<String> queue, List<String> findings)
            throws SQLException {
        try {
            for (String table = queue.take(); !DONE.equals(table); table = queue.take()) {
                check(c, table, findings);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("The integrity check was interrupted", e);
        }
    }

    private static void check(Connection c, String table, List<String> findings) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check('" + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                String finding = rs.getString(1);
                if (!"ok".equals(finding)) {
                    findings.add(finding);
                }
            }
        }
    }

    /**
     * Checks that every page of the file is used once: by one table or index (as {@code dbstat} finds them) or as a
     * free page. Returns the number of pages of each table or index.
     */
    private static Map<String, Long> pageAccounting(Connection c, List<String> findings) throws SQLException {
        Map<String, Long> pages = new HashMap<>();
        try (Statement s = c.createStatement()) {
            long total = longQuery(s, "PRAGMA page_count");
            long free = longQuery(s, "PRAGMA freelist_count");
            BitSet used = new BitSet();
            long twice = 0;
            long outside = 0;
            try (ResultSet rs = s.executeQuery("SELECT name, pageno FROM dbstat")) {
                while (rs.next()) {
                    pages.merge(rs.getString(1), 1L, Long::sum);
                    long page = rs.getLong(2);
                    if (page < 1 || page > total) {
                        outside++;
                    } else if (used.get((int) page)) {
                        twice++;
                    } else {
                        used.set((int) page);
                    }
                }
            }
            if (twice > 0) {
                findings.add(twice + " pages are used more than once");
            }
            if (outside > 0) {
                findings.add(outside + " pages are referred to beyond the end of the file");
            }
            long unaccounted = total - used.cardinality() - free;
            if (unaccounted != 0) {
                findings.add("of " + total + " pages, " + used.cardinality() + " are used and " + free
                        + " are free: " + (unaccounted > 0 ? unaccounted + " are never used"
                        : -unaccounted + " free pages are also used"));
            }
        }
        return pages;
    }

    private static long longQuery(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
