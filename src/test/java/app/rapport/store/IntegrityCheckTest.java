package app.rapport.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integrity check split over two connections finds what SQLite's whole-file {@code PRAGMA integrity_check} finds:
 * each damage below is made to a healthy database, and both checks must report it.
 */
class IntegrityCheckTest {

    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    private Path healthy;

    @BeforeEach
    void aDatabaseWithContactsAndTheirSearchIndex() throws Exception {
        healthy = dir.resolve("healthy.db");
        try (Database db = Database.open(healthy)) {
            for (int i = 0; i < 300; i++) {
                db.contacts().insert(contact("Person " + i).organisation("Org " + (i % 17))
                        .emails("p" + i + "@x.test").tags("tag " + (i % 5))
                        .notes("Met at the " + i + "th breakfast; " + "likes sailing ".repeat(20)).build());
            }
        }
        // a copy, as a backup is: a single file with no journal beside it
        Path copy = dir.resolve("copy.db");
        try (Database db = Database.open(healthy)) {
            db.copyInto(copy);
        }
        Files.delete(healthy);
        Files.move(copy, healthy);
    }

    @Test
    void aHealthyFileIsOk() throws Exception {
        assertEquals("ok", wholeFileCheck(healthy));
        assertEquals(List.of(), IntegrityCheck.of(healthy));
    }

    @Test
    void anIndexOutOfStepWithItsTable() throws Exception {
        Path file = damaged("index", """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_schema SET sql = 'CREATE INDEX contact_email_by_email ON contact_email (position)'
                 WHERE name = 'contact_email_by_email'""");
        assertBothFindDamage(file, "contact_email_by_email");
    }

    @Test
    void theSearchIndexOutOfStepWithTheContactsText() throws Exception {
        Path file = damaged("search", "UPDATE contact_search_content SET c0 = 'Somebody Else' WHERE id = 7");
        assertBothFindDamage(file, "contact_search");
    }

    @Test
    void twoTablesSharingTheirPages() throws Exception {
        Path file = damaged("shared", """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema WHERE name = 'tag')
                 WHERE name = 'stay_in_touch_snooze'""");
        assertBothFindDamage(file, "more than once");
    }

    @Test
    void aPageThatNoTableUses() throws Exception {
        Path file = copy("unused");
        int pages = pages(file);
        Files.write(file, new byte[PAGE], StandardOpenOption.APPEND);
        writeHeader(file, 28, pages + 1); // the page count
        assertBothFindDamage(file, "never used");
    }

    @Test
    void aBrokenListOfFreePages() throws Exception {
        Path file = copy("freelist");
        writeHeader(file, 32, pages(file) + 40, 1); // the first page of the free list, and how many pages are free
        assertBothFindDamage(file, "free");
    }

    @Test
    void aDamagedPageInsideATable() throws Exception {
        Path file = copy("page");
        long root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'contact_tag'")) {
            rs.next();
            root = rs.getLong(1);
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((root - 1) * PAGE + 3); // the number of cells on the page
            raw.writeShort(900);
        }
        assertBothFindDamage(file, "");
    }

    /** Both checks report the damage, either as findings or by failing to read the file (as SQLite does). */
    private static void assertBothFindDamage(Path file, String expected) {
        String whole;
        try {
            whole = wholeFileCheck(file);
        } catch (SQLException e) {
            whole = e.getMessage();
        }
        assertNotEquals("ok", whole, "SQLite's own check found nothing: the damage was not made");
        String split;
        try {
            split = String.join("\n", IntegrityCheck.of(file));
        } catch (SQLException e) {
            split = e.getMessage();
        }
        assertFalse(split.isEmpty(), "the split check found nothing; the whole-file check said: " + whole);
        assertTrue(split.contains(expected), "expected '" + expected + "' in " + split);
    }

    private static int pages(Path file) throws IOException {
        return (int) (Files.size(file) / PAGE);
    }

    /** Writes {@code values} as the big-endian 4-byte numbers of the file's header from {@code offset} on. */
    private static void writeHeader(Path file, int offset, int... values) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(offset);
            for (int value : values) {
                raw.writeInt(value);
            }
        }
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name + ".db");
        Files.copy(healthy, file);
        return file;
    }

    private Path damaged(String name, String sql) throws Exception {
        Path file = copy(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql.split(";")) {
                s.execute(statement);
            }
        }
        return file;
    }

    private static String wholeFileCheck(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("\n", lines);
        }
    }
}
