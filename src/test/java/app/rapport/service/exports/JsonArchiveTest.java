package app.rapport.service.exports;

import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Meeting;
import app.rapport.service.ContactBook;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive holds everything the user stored and restores it, row for row, into an empty database. */
class JsonArchiveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-11T09:30:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);

    @TempDir
    Path folder;

    private Database source;
    private ContactBook book;

    @BeforeEach
    void populate() throws Exception {
        source = Database.open(folder.resolve("source.db"));
        book = new ContactBook(source, CLOCK);
        source.transaction(c -> DemoNetwork.populate(book, CLOCK));
        // What the demo does not make: a snooze, a confidential timeline entry, a gap in a meeting's attendee list.
        List<ContactSummary> people = book.search(ContactQuery.all(), 0, 10);
        source.relationships().snooze(people.get(0).id(), TODAY.plusDays(9));
        source.interactions().add(new Interaction(0, InteractionKind.CALL, TODAY.minusDays(3),
                "Talked about the takeover offer", "They asked me to keep the buyer's name to myself", true, null,
                List.of(people.get(1).id(), people.get(2).id())));
        Meeting meeting = source.meetings().add(Meeting.planned("Round table", TODAY.plusDays(2).atTime(8, 30),
                "Leeds", "").withAttendees(List.of(people.get(3).id(), people.get(4).id(), people.get(5).id())));
        source.meetings().removeAttendee(meeting.id(), people.get(4).id());
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void restoresEveryTableRowForRowWithConfidentialIncluded() throws Exception {
        Path file = folder.resolve("archive.json");
        ExportResult result = JsonArchive.write(source, file, true, CLOCK, ExportProgress.NONE, () -> false);
        assertEquals(0, result.confidentialLeftOut());

        Map<String, List<List<Object>>> before = everyTable(source);
        long rowLines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{\"id\":")).count();
        assertEquals(Stream.of("tag", "contact", "interaction", "introduction", "meeting")
                .mapToLong(table -> before.get(table).size()).sum(), rowLines, "one row per line");
        for (String table : List.of("contact", "contact_email", "contact_phone", "tag", "contact_tag", "impression",
                "interaction", "interaction_contact", "stage_change", "stay_in_touch_snooze", "introduction",
                "meeting", "meeting_attendee", "contact_search")) {
            assertFalse(before.getOrDefault(table, List.of()).isEmpty(), "the demo fills " + table);
        }

        try (Database restored = Database.open(folder.resolve("restored.db"))) {
            List<long[]> progress = new ArrayList<>();
            JsonArchive.Restored counts = JsonArchive.restoreInto(restored, file,
                    (done, total) -> progress.add(new long[]{done, total}), () -> false);

            Map<String, List<List<Object>>> after = everyTable(restored);
            assertEquals(before.keySet(), after.keySet());
            for (String table : before.keySet()) {
                assertEquals(before.get(table), after.get(table), "rows of " + table);
            }
            assertEquals(before.get("contact").size(), counts.contacts());
            long[] last = progress.get(progress.size() - 1);
            assertEquals(last[1], last[0], "progress ends at the total");
            assertEquals(result.written(), last[1]);

            ContactBook restoredBook = new ContactBook(restored, CLOCK);
            for (String typed : List.of("book", "leeds", "design", "man")) {
                assertEquals(names(book.search(new ContactQuery(typed, null, null, false), 0, 100)),
                        names(restoredBook.search(new ContactQuery(typed, null, null, false), 0, 100)),
                        "search for " + typed);
            }
            assertFalse(restoredBook.search(new ContactQuery("leeds", null, null, false), 0, 100).isEmpty());
            assertEquals("ok", restored.integrityCheck());
        }
    }

    @Test
    void withoutConfidentialTheirTextsAreNowhereInTheFile() throws Exception {
        List<String> secrets = new ArrayList<>();
        source.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         SELECT text FROM impression WHERE confidential = 1
                         UNION SELECT summary FROM interaction WHERE confidential = 1
                         UNION SELECT notes FROM interaction WHERE confidential = 1 AND notes <> ''
                         EXCEPT SELECT text FROM impression WHERE confidential = 0
                         EXCEPT SELECT summary FROM interaction WHERE confidential = 0
                         EXCEPT SELECT notes FROM interaction WHERE confidential = 0""")) {
                while (rs.next()) {
                    secrets.add(rs.getString(1));
                }
            }
            return null;
        });
        assertTrue(secrets.size() >= 3, "the demo has confidential notes of its own: " + secrets);
        Integer confidentialRows = source.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM impression WHERE confidential = 1)"
                            + " + (SELECT count(*) FROM interaction WHERE confidential = 1)")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });

        Path file = folder.resolve("archive.json");
        ExportResult result = JsonArchive.write(source, file, false, CLOCK, ExportProgress.NONE, () -> false);

        String json = Files.readString(file, StandardCharsets.UTF_8);
        for (String secret : secrets) {
            assertFalse(json.contains(secret), "left out: " + secret);
            assertFalse(json.contains(secret.substring(0, Math.min(20, secret.length()))), "left out: " + secret);
        }
        assertTrue(json.contains("\n\"includesConfidential\":false,\n"), "the archive says so");
        assertEquals(confidentialRows.longValue(), result.confidentialLeftOut(), "every confidential row left out");

        try (Database restored = Database.open(folder.resolve("restored.db"))) {
            JsonArchive.Restored counts = JsonArchive.restoreInto(restored, file, ExportProgress.NONE, () -> false);
            assertFalse(counts.includedConfidential());
            Map<String, List<List<Object>>> after = everyTable(restored);
            assertEquals(everyTable(source).get("contact_search"), after.get("contact_search"),
                    "every contact is there");
            Integer confidential = restored.transaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT (SELECT count(*) FROM impression WHERE confidential = 1)"
                                + " + (SELECT count(*) FROM interaction WHERE confidential = 1)")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertEquals(0, confidential, "no confidential row was restored");
        }
    }

    private static List<String> names(List<ContactSummary> people) {
        return people.stream().map(ContactSummary::name).toList();
    }

    /**
     * Every table's rows, ordered by all their columns: the tables in sqlite_schema but SQLite's own and the FTS5
     * shadow tables (the full-text table itself is compared through its columns).
     */
    static Map<String, List<List<Object>>> everyTable(Database database) {
        return database.transaction(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                    AND name NOT LIKE 'contact\\_search\\_%' ESCAPE '\\' ORDER BY name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
            for (String table : tables) {
                String select = (table.equals("contact_search") ? "SELECT rowid, * FROM " : "SELECT * FROM ") + table;
                int columns;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select + " LIMIT 0")) {
                    columns = rs.getMetaData().getColumnCount();
                }
                StringBuilder order = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    order.append(i == 1 ? " ORDER BY " : ", ").append(i);
                }
                List<List<Object>> tableRows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select + order)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(meta.getColumnName(i) + "=" + rs.getObject(i));
                        }
                        tableRows.add(row);
                    }
                }
                rows.put(table, tableRows);
            }
            return rows;
        });
    }
}
