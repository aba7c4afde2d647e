package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void splitDropsCommentLinesAndBlankLines() {
        List<String> statements = Migrations.split("""
                -- A heading comment
                   -- an indented comment

                CREATE TABLE a (id INTEGER PRIMARY KEY);
                -- between statements
                CREATE INDEX a_by_id ON a (id);
                """);
        assertEquals(List.of("CREATE TABLE a (id INTEGER PRIMARY KEY);", "CREATE INDEX a_by_id ON a (id);"),
                statements);
    }

    @Test
    void splitKeepsAStatementThatSpansLinesTogether() {
        List<String> statements = Migrations.split("""
                CREATE TABLE contact (
                    id   INTEGER PRIMARY KEY,
                    -- the name, required
                    name TEXT NOT NULL CHECK (length(name) <= 200)
                );
                CREATE VIRTUAL TABLE s USING fts5 (
                    name,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
        assertEquals(2, statements.size());
        assertEquals("""
                CREATE TABLE contact (
                    id   INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(name) <= 200)
                );""", statements.get(0));
        assertTrue(statements.get(1).startsWith("CREATE VIRTUAL TABLE s USING fts5 ("));
        assertTrue(statements.get(1).endsWith(");"));
    }

    @Test
    void splitHandlesWindowsLineEndingsAndALastStatementWithoutSemicolon() {
        List<String> statements = Migrations.split("CREATE TABLE a (x);\r\n-- note\r\nCREATE TABLE b (y)\r\n");
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (y)"), statements);
    }

    @Test
    void splitOfAnEmptyOrCommentOnlyScriptIsEmpty() {
        assertEquals(List.of(), Migrations.split(""));
        assertEquals(List.of(), Migrations.split("-- nothing here\n\n   \n"));
    }

    @Test
    void everyScriptHasStatementsAndNoneStartsWithAComment() {
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            List<String> statements = Migrations.statementsFor(version);
            assertFalse(statements.isEmpty(), "script " + version);
            for (String statement : statements) {
                assertFalse(statement.startsWith("--"), statement);
                assertTrue(statement.endsWith(";"), statement);
            }
        }
    }

    @Test
    void eachTriggerOfTheLastInteractionScriptIsOneWholeStatement() {
        List<String> triggers = Migrations.statementsFor(6).stream()
                .filter(statement -> statement.startsWith("CREATE TRIGGER")).toList();
        assertEquals(3, triggers.size());
        for (String trigger : triggers) {
            assertTrue(trigger.contains("\nBEGIN\n"), trigger);
            assertTrue(trigger.endsWith("; END;"), trigger);
        }
    }

    @Test
    void theLatestVersionIsSix() {
        assertEquals(6, Database.latestSchemaVersion());
    }

    @Test
    void theFirstScriptCreatesEveryTableOnAnEmptyFile() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        Set<String> tables = new TreeSet<>();
        List<String> search = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    if (rs.getString(1).equals("contact_search")) {
                        search.add(rs.getString(2));
                    }
                }
            }
        }
        assertTrue(tables.containsAll(Set.of("contact", "contact_email", "contact_phone", "tag", "contact_tag",
                "impression", "interaction", "interaction_contact", "stage_change", "contact_search",
                "stay_in_touch_snooze")), tables.toString());
        assertEquals(1, search.size());
        assertTrue(search.get(0).toLowerCase().contains("using fts5"), search.get(0));
        assertTrue(search.get(0).contains("remove_diacritics 2"), search.get(0));
    }

    @Test
    void aVersionOneDatabaseIsUpgradedToTheLatestKeepingItsData() throws Exception {
        Path file = dir.resolve("rapport.db");
        // A file as Rapport 1 left it: the first script only, marked as version 1.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            for (String sql : Migrations.statementsFor(1)) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("""
                    INSERT INTO contact (id, name, stage, sort_name, met_on, created_at, updated_at)
                    VALUES (7, 'Ana Silva', 'LIKE', 'ana silva', '2024-01-10', '2024-01-10T09:00:00Z',
                            '2024-01-10T09:00:00Z')""");
        }
        assertFalse(tableNames(file).contains("stay_in_touch_snooze"));

        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals(List.of(new RelationshipActivity(7, "Ana Silva", "",
                    RelationshipStage.LIKE, null, LocalDate.of(2024, 1, 10), null, 0, 0, false,
                    null)), db.relationships().activity(ContactQuery.all(), LocalDate.of(2024, 6, 15)));
            db.relationships().snooze(7, LocalDate.of(2024, 7, 1));
            assertEquals(LocalDate.of(2024, 7, 1), db.relationships()
                    .activity(ContactQuery.all(), LocalDate.of(2024, 6, 15)).get(0).snoozedUntil());
        }
        assertTrue(tableNames(file).contains("stay_in_touch_snooze"));

        // Opening again runs no script twice.
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals(1, db.relationships().activity(ContactQuery.all(),
                    LocalDate.of(2024, 6, 15)).size());
        }
    }

    @Test
    void theSnoozeTableAllowsOneRowPerContactAndOnlyForAContact() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            long id = db.contacts().insert(Contact.named("Ana")).id();
            db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (" + id
                            + ", '2024-07-01')");
                }
                return null;
            });
            for (String refused : List.of(
                    "INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (" + id + ", '2024-08-01')",
                    "INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (999, '2024-08-01')",
                    "INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (" + id + ", NULL)")) {
                assertThrows(StoreException.class, () -> db.transaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(refused);
                    }
                }), refused);
            }
        }
    }

    @Test
    void aVersionFourDatabaseGainsMeetingsAndItsContactsCanAttend() throws Exception {
        Path file = dir.resolve("rapport.db");
        // A file as Rapport left it at schema 4: the first four scripts, marked as version 4.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            for (int version = 1; version <= 4; version++) {
                for (String sql : Migrations.statementsFor(version)) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 4");
            s.executeUpdate("""
                    INSERT INTO contact (id, name, stage, sort_name, met_on, created_at, updated_at)
                    VALUES (7, 'Ana Silva', 'LIKE', 'ana silva', '2024-01-10', '2024-01-10T09:00:00Z',
                            '2024-01-10T09:00:00Z')""");
        }
        assertFalse(tableNames(file).contains("meeting"));

        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            Meeting stored = db.meetings().add(Meeting.planned("Breakfast", LocalDateTime.of(2024, 3, 1, 9, 30),
                    "", "").withAttendees(List.of(7L)));
            assertEquals(List.of(stored), db.meetings().forContact(7));
        }
        assertTrue(tableNames(file).containsAll(Set.of("meeting", "meeting_attendee")));
    }

    private static Set<String> tableNames(Path file) throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
