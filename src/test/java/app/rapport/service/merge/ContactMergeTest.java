package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactField;
import app.rapport.service.DemoNetwork;
import app.rapport.store.Database;
import app.rapport.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging two contacts on the demo network: what is stored afterwards, and that nothing was lost. */
class ContactMergeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private Database database;
    private ContactBook book;
    private ContactMerge merge;

    /** Two demo people made into one person entered twice, with everything that can point at a contact. */
    private Contact kept;
    private Contact other;
    private long introducedByOther;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("rapport.db"));
        book = new ContactBook(database, CLOCK);
        database.transaction(c -> DemoNetwork.populate(book, CLOCK));
        merge = new ContactMerge(database, CLOCK);
        List<ContactSummary> everyone = book.search(ContactQuery.all(), 0, 500);
        // the two with the fullest timelines, so a lot moves
        List<ContactSummary> busiest = everyone.stream()
                .sorted(Comparator.comparingInt((ContactSummary s) -> -book.detail(s.id()).timeline().size()))
                .limit(2).toList();
        kept = book.contact(busiest.get(0).id());
        other = book.contact(busiest.get(1).id());
        other = book.save(new Contact(other.id(), other.name(), other.organisation(), "", List.of(
                other.emails().isEmpty() ? "shared@example.com" : other.emails().get(0).toUpperCase(),
                "second@example.com"), other.phones(), other.link(), other.city(), other.howWeMet(),
                other.whereWeMet(), LocalDate.of(2020, 1, 2), other.introducedById(), other.needs(), other.offers(),
                other.tags(), "Knows every printer in Leeds.", other.stage(), 21, false, null, null));
        if (kept.emails().isEmpty()) {
            kept = book.save(new Contact(kept.id(), kept.name(), kept.organisation(), kept.role(),
                    List.of("shared@example.com"), kept.phones(), kept.link(), kept.city(), kept.howWeMet(),
                    kept.whereWeMet(), kept.metOn(), kept.introducedById(), kept.needs(), kept.offers(), kept.tags(),
                    kept.notes(), kept.stage(), kept.stayInTouchDays(), false, null, null));
        }
        // both were at one event, and both are expected at one meeting
        book.logInteraction(Interaction.draft(InteractionKind.MEETING, TODAY.minusDays(3), "Lunch, all three of us",
                null, List.of(kept.id(), other.id())));
        Meeting breakfast = database.meetings().add(Meeting.planned("Merge breakfast",
                LocalDateTime.of(2026, 12, 1, 8, 0), "Leeds", ""));
        database.meetings().addAttendee(breakfast.id(), kept.id());
        database.meetings().addAttendee(breakfast.id(), other.id());
        Meeting lunch = database.meetings().add(Meeting.planned("Only the other", LocalDateTime.of(2026, 12, 2, 12, 0),
                "York", ""));
        database.meetings().addAttendee(lunch.id(), other.id());
        // an introduction between the two (it cannot stay) and one with someone else (it moves)
        database.introductions().add(Introduction.idea(kept.id(), other.id(), "Needs a printer", "Needs a client",
                "Met at the fair", TODAY.minusDays(40), null));
        long third = everyone.stream().filter(s -> s.id() != kept.id() && s.id() != other.id()).findFirst()
                .orElseThrow().id();
        database.introductions().add(Introduction.idea(other.id(), third, "Wants designers", "Wants printing", "",
                TODAY.minusDays(10), null));
        Contact introduced = book.contact(third);
        introducedByOther = book.save(new Contact(introduced.id(), introduced.name(), introduced.organisation(),
                introduced.role(), introduced.emails(), introduced.phones(), introduced.link(), introduced.city(),
                introduced.howWeMet(), introduced.whereWeMet(), introduced.metOn(), other.id(), introduced.needs(),
                introduced.offers(), introduced.tags(), introduced.notes(), introduced.stage(),
                introduced.stayInTouchDays(), false, null, null)).id();
        database.relationships().snooze(kept.id(), TODAY.plusDays(5));
        database.relationships().snooze(other.id(), TODAY.plusDays(30));
        kept = book.contact(kept.id());
        other = book.contact(other.id());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int count(String sql) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    private List<String> column(String sql, Object... parameters) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> values = new ArrayList<>();
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                    return values;
                }
            }
        });
    }

    /** Every row of every table a merge touches, as text, sorted: to compare a database before and after. */
    private Set<String> everything() {
        Set<String> rows = new TreeSet<>();
        for (String table : List.of("contact", "contact_email", "contact_phone", "contact_tag", "impression",
                "interaction", "interaction_contact", "stage_change", "introduction", "meeting", "meeting_attendee",
                "stay_in_touch_snooze")) {
            rows.addAll(table(table, "SELECT * FROM " + table));
        }
        rows.addAll(table("contact_search", "SELECT rowid, * FROM contact_search"));
        return rows;
    }

    private List<String> table(String name, String sql) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(name);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(" | ").append(meta.getColumnLabel(i)).append('=').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        });
    }

    private int sharedInteractions() {
        return count("SELECT count(*) FROM interaction_contact k JOIN interaction_contact o"
                + " ON o.interaction_id = k.interaction_id WHERE k.contact_id = " + kept.id()
                + " AND o.contact_id = " + other.id());
    }

    private int sharedMeetings() {
        return count("SELECT count(*) FROM meeting_attendee k JOIN meeting_attendee o"
                + " ON o.meeting_id = k.meeting_id WHERE k.contact_id = " + kept.id()
                + " AND o.contact_id = " + other.id());
    }

    @Test
    void planListsTheDifferingFieldsAndWhatMoves() {
        MergePlan plan = merge.plan(kept.id(), other.id());

        List<ContactField> fields = plan.differences().stream().map(FieldChoice::field).toList();
        assertTrue(fields.contains(ContactField.NAME));
        assertFalse(fields.contains(ContactField.EMAILS), "emails are joined, not chosen");
        FieldChoice role = plan.differences().stream().filter(f -> f.field() == ContactField.ROLE).findFirst()
                .orElseThrow();
        assertEquals(kept.role(), role.keptValue());
        assertEquals("", role.otherValue());
        assertEquals(MergeSide.KEPT, role.preselected());
        FieldChoice stayInTouch = plan.differences().stream().filter(f -> f.field() == ContactField.STAY_IN_TOUCH)
                .findFirst().orElseThrow();
        assertEquals(MergeSide.OTHER, stayInTouch.preselected(), "the kept contact has no rhythm of its own");
        assertEquals("21", stayInTouch.otherValue());

        assertEquals(book.detail(other.id()).impressions().size(), plan.moves().impressions());
        int sharedInteractions = sharedInteractions();
        assertTrue(sharedInteractions >= 1, "the lunch at least");
        assertEquals(sharedInteractions, plan.moves().sharedInteractions());
        assertEquals(book.detail(other.id()).timeline().size() - sharedInteractions, plan.moves().interactions());
        assertEquals(1, plan.moves().introductionsBetween());
        assertEquals(database.introductions().forContact(other.id()).size() - 1, plan.moves().introductions());
        int sharedMeetings = sharedMeetings();
        assertTrue(sharedMeetings >= 1, "the breakfast at least");
        assertEquals(sharedMeetings, plan.moves().sharedMeetings());
        assertEquals(database.meetings().forContact(other.id()).size() - sharedMeetings, plan.moves().meetings());
        assertEquals(count("SELECT count(*) FROM contact WHERE introduced_by = " + other.id()),
                plan.moves().introducedContacts());
        assertEquals(other.id(), book.contact(other.id()).id(), "planning writes nothing");
    }

    @Test
    void mergeKeepsEveryRecordOfBoth() {
        int contacts = count("SELECT count(*) FROM contact");
        int impressions = count("SELECT count(*) FROM impression");
        int interactions = count("SELECT count(*) FROM interaction");
        int links = count("SELECT count(*) FROM interaction_contact");
        int introductions = count("SELECT count(*) FROM introduction");
        int meetings = count("SELECT count(*) FROM meeting");
        int attendees = count("SELECT count(*) FROM meeting_attendee");
        int stageChanges = count("SELECT count(*) FROM stage_change");
        int sharedInteractions = sharedInteractions();
        int sharedMeetings = sharedMeetings();
        int keptMeetings = database.meetings().forContact(kept.id()).size();
        int otherMeetings = database.meetings().forContact(other.id()).size();
        int keptIntroductions = database.introductions().forContact(kept.id()).size();
        int otherIntroductions = database.introductions().forContact(other.id()).size();
        List<Impression> theirImpressions = book.detail(other.id()).impressions();
        List<Interaction> theirTimeline = book.detail(other.id()).timeline();
        List<Interaction> keptTimeline = book.detail(kept.id()).timeline();
        LocalDate latest = java.util.stream.Stream.concat(theirTimeline.stream(), keptTimeline.stream())
                .map(Interaction::happenedOn).max(Comparator.naturalOrder()).orElseThrow();

        MergeOutcome outcome = merge.merge(kept.id(), other.id(), Map.of(ContactField.ORGANISATION, MergeSide.OTHER));

        assertEquals(contacts - 1, count("SELECT count(*) FROM contact"));
        assertTrue(book.search(ContactQuery.all(), 0, 500).stream().noneMatch(s -> s.id() == other.id()));
        assertEquals(impressions, count("SELECT count(*) FROM impression"));
        assertEquals(interactions, count("SELECT count(*) FROM interaction"));
        assertEquals(links - sharedInteractions, count("SELECT count(*) FROM interaction_contact"),
                "an interaction both were in (the lunch): one link");
        assertEquals(introductions - 1, count("SELECT count(*) FROM introduction"),
                "the introduction between the two is in the notes instead");
        assertEquals(meetings, count("SELECT count(*) FROM meeting"));
        assertEquals(attendees - sharedMeetings, count("SELECT count(*) FROM meeting_attendee"),
                "one place at a meeting both were expected at (the breakfast)");
        assertEquals(stageChanges, count("SELECT count(*) FROM stage_change"));
        assertEquals(0, count("SELECT count(*) FROM contact_search WHERE rowid = " + other.id()));
        assertEquals("ok", database.integrityCheck());
        assertEquals(0, count("SELECT count(*) FROM pragma_foreign_key_check"));

        Contact now = book.contact(kept.id());
        assertEquals(kept.name(), now.name());
        assertEquals(other.organisation(), now.organisation(), "the organisation chosen from the other");
        assertEquals(kept.role(), now.role());
        assertEquals(Integer.valueOf(21), now.stayInTouchDays());
        assertEquals(LocalDate.of(2020, 1, 2), now.metOn(), "the earlier met-on date");
        assertEquals(kept.emails().get(0), now.emails().get(0), "the kept contact's emails first");
        assertTrue(now.emails().contains("second@example.com"));
        assertEquals(now.emails().size(), now.emails().stream().map(String::toLowerCase).distinct().count(),
                "an address both had is there once");
        assertTrue(now.tags().containsAll(kept.tags()));
        assertEquals(TODAY.plusDays(30).toString(),
                column("SELECT until FROM stay_in_touch_snooze WHERE contact_id = ?", kept.id()).get(0),
                "the later snooze");
        assertEquals(List.of(String.valueOf(kept.id())),
                column("SELECT introduced_by FROM contact WHERE id = ?", introducedByOther));
        assertEquals(latest.toString(), column("SELECT last_interaction_on FROM contact WHERE id = ?", kept.id())
                .get(0));

        assertTrue(now.notes().startsWith(kept.notes().strip()), "the kept notes come first");
        assertTrue(now.notes().contains("Knows every printer in Leeds."), "the other's notes are appended");
        assertTrue(now.notes().contains("Merged with " + other.name() + " on 2026-11-23."));
        assertTrue(now.notes().contains("Organisation: " + kept.organisation()), "the value not chosen is noted");
        assertTrue(now.notes().contains("Needs a printer") && now.notes().contains("Needs a client")
                && now.notes().contains("Met at the fair"), "the introduction between them is in the notes");

        List<String> theirTexts = theirImpressions.stream().map(Impression::text).toList();
        assertTrue(book.detail(kept.id()).impressions().stream().map(Impression::text).toList()
                .containsAll(theirTexts));
        List<Long> timeline = book.detail(kept.id()).timeline().stream().map(Interaction::id).toList();
        assertTrue(timeline.containsAll(theirTimeline.stream().map(Interaction::id).toList()));
        assertEquals(timeline.size(), timeline.stream().distinct().count());
        assertEquals(keptMeetings + otherMeetings - sharedMeetings, database.meetings().forContact(kept.id()).size());
        assertEquals(keptIntroductions + otherIntroductions - 2, database.introductions().forContact(kept.id()).size(),
                "all but the one between them, which each counted");

        // every text still findable: the other's email, notes and name words lead to the kept contact
        for (String text : List.of("second@example.com", "printer Leeds", other.organisation())) {
            List<ContactSummary> found = book.search(new ContactQuery(text, null, null, false), 0, 50);
            assertTrue(found.stream().anyMatch(s -> s.id() == kept.id()), text + " finds the merged contact");
        }
        assertEquals(other.name(), outcome.mergedName());
    }

    @Test
    void undoPutsBothBackExactly() {
        Set<String> before = everything();
        MergeOutcome outcome = merge.merge(kept.id(), other.id(), Map.of(ContactField.STAGE, MergeSide.OTHER,
                ContactField.NAME, MergeSide.OTHER));
        assertNotEquals(before, everything());

        merge.undo(outcome);

        assertEquals(before, everything());
        assertEquals("ok", database.integrityCheck());
    }

    @Test
    void choosingTheOthersStageRecordsTheMoveAndUndoRemovesIt() {
        Contact parked = book.save(new Contact(other.id(), other.name(), other.organisation(), other.role(),
                other.emails(), other.phones(), other.link(), other.city(), other.howWeMet(), other.whereWeMet(),
                other.metOn(), other.introducedById(), other.needs(), other.offers(), other.tags(), other.notes(),
                RelationshipStage.PARKED, other.stayInTouchDays(), false, null, null));
        assertNotEquals(kept.stage(), parked.stage());
        int stageChanges = count("SELECT count(*) FROM stage_change");

        MergeOutcome outcome = merge.merge(kept.id(), other.id(), Map.of(ContactField.STAGE, MergeSide.OTHER));

        assertEquals(RelationshipStage.PARKED, book.contact(kept.id()).stage());
        assertEquals(stageChanges + 1, count("SELECT count(*) FROM stage_change"));
        assertEquals("Merged with " + other.name(), book.detail(kept.id()).stageHistory().stream()
                .filter(change -> change.to() == RelationshipStage.PARKED && !change.reason().isEmpty())
                .reduce((first, second) -> second).orElseThrow().reason());
        merge.undo(outcome);
        assertEquals(stageChanges, count("SELECT count(*) FROM stage_change"));
        assertEquals(kept.stage(), book.contact(kept.id()).stage());
    }

    @Test
    void undoIsRefusedOnceTheKeptContactWasEdited() {
        MergeOutcome outcome = merge.merge(kept.id(), other.id(), Map.of());
        Contact now = book.contact(kept.id());
        book.save(new Contact(now.id(), now.name(), now.organisation(), "Edited after the merge", now.emails(),
                now.phones(), now.link(), now.city(), now.howWeMet(), now.whereWeMet(), now.metOn(),
                now.introducedById(), now.needs(), now.offers(), now.tags(), now.notes(), now.stage(),
                now.stayInTouchDays(), false, null, null));

        MergeRefusedException refused = assertThrows(MergeRefusedException.class, () -> merge.undo(outcome));

        assertTrue(refused.getMessage().contains("changed after the merge"), refused.getMessage());
        assertEquals("Edited after the merge", book.contact(kept.id()).role());
        assertTrue(database.contacts().find(other.id()).isEmpty());
    }

    @Test
    void refusesAContactWithItselfOrOneMissingAndChangesNothing() {
        Set<String> before = everything();

        MergeRefusedException self = assertThrows(MergeRefusedException.class,
                () -> merge.merge(kept.id(), kept.id(), Map.of()));
        MergeRefusedException missing = assertThrows(MergeRefusedException.class,
                () -> merge.merge(kept.id(), 999_999, Map.of()));

        assertEquals("A contact cannot be merged with itself: pick two different contacts.", self.getMessage());
        assertTrue(missing.getMessage().startsWith("There is no contact with id 999999"), missing.getMessage());
        assertEquals(before, everything());
    }

    @Test
    void notesTooLongTogetherAreRefusedAndNothingChanges() {
        String long1 = "a".repeat(12_000);
        String long2 = "b".repeat(12_000);
        for (Contact contact : List.of(kept, other)) {
            database.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET notes = ? WHERE id = ?")) {
                    ps.setString(1, contact == kept ? long1 : long2);
                    ps.setLong(2, contact.id());
                    ps.executeUpdate();
                }
                return null;
            });
        }
        Set<String> before = everything();

        MergeRefusedException refused = assertThrows(MergeRefusedException.class,
                () -> merge.merge(kept.id(), other.id(), Map.of()));

        assertTrue(refused.getMessage().startsWith("Together the notes would be too long"), refused.getMessage());
        assertEquals(before, everything());
    }

    @Test
    void aStoreFailureHalfwayWritesNothing() {
        Set<String> before = everything();
        // a contact row the merge cannot delete: the whole merge rolls back
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON contact
                    BEGIN SELECT RAISE(ABORT, 'no deleting today'); END""")) {
                ps.executeUpdate();
            }
            return null;
        });

        assertThrows(StoreException.class, () -> merge.merge(kept.id(), other.id(), Map.of()));

        assertEquals(before, everything());
    }

    @Test
    void everyTableThatPointsAtAContactIsOneTheMergeKnows() {
        // A new table with a contact reference needs a line in SqliteMergeDao (move, snapshot, restore) and here.
        Set<String> known = Set.of("contact.introduced_by", "contact_email.contact_id", "contact_phone.contact_id",
                "contact_tag.contact_id", "impression.contact_id", "interaction_contact.contact_id",
                "stage_change.contact_id", "stay_in_touch_snooze.contact_id", "introduction.contact_a",
                "introduction.contact_b", "meeting_attendee.contact_id");
        Set<String> references = new TreeSet<>(column("""
                SELECT m.name || '.' || f."from" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table' AND f."table" = 'contact'"""));
        assertEquals(new TreeSet<>(known), references);
    }
}
