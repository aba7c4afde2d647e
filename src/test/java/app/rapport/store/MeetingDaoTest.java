package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.Meeting;
import app.rapport.model.TextLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SqliteMeetingDao} on a real SQLite file: what is stored is what comes back, and the schema's checks. */
class MeetingDaoTest {

    private static final LocalDateTime MAR_01_0930 = LocalDateTime.of(2024, 3, 1, 9, 30);
    private static final LocalDateTime MAR_01_1800 = LocalDateTime.of(2024, 3, 1, 18, 0);
    private static final LocalDateTime MAR_02_0800 = LocalDateTime.of(2024, 3, 2, 8, 0);
    private static final LocalDateTime APR_10_1200 = LocalDateTime.of(2024, 4, 10, 12, 0);

    @TempDir
    Path dir;

    private Database db;
    private MeetingDao meetings;
    private Contact ana;
    private Contact ben;
    private Contact cai;
    private Contact dee;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        meetings = db.meetings();
        ana = db.contacts().insert(Contact.named("Ana"));
        ben = db.contacts().insert(Contact.named("Ben"));
        cai = db.contacts().insert(Contact.named("Cai"));
        dee = db.contacts().insert(Contact.named("Dee"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting planned(String title, LocalDateTime at) {
        return Meeting.planned(title, at, "", "");
    }

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Test
    void everyFieldAndTheAttendeesOrderRoundTrip() {
        Meeting full = new Meeting(0, "Zoë's founders' breakfast ☕ — \"round 2\"", MAR_01_0930,
                "Café Ünïcode, 3rd floor 🏢\nring twice", "Bring cards; ask about 100% & more 🤝\nsecond line",
                List.of(cai.id(), ana.id(), dee.id()));

        Meeting stored = meetings.add(full);

        assertTrue(stored.id() > 0);
        assertEquals(full.withId(stored.id()), stored);
        assertEquals(Optional.of(stored), meetings.find(stored.id()));
        assertEquals(List.of(cai.id(), ana.id(), dee.id()), meetings.find(stored.id()).orElseThrow().attendeeIds());
        assertEquals(Optional.empty(), meetings.find(9999));
    }

    @Test
    void theStartIsStoredToTheMinuteAndEachAttendeeOnce() {
        Meeting stored = meetings.add(new Meeting(0, "Meetup", LocalDateTime.of(2024, 3, 1, 9, 30, 42, 123_000_000),
                "", "", List.of(ben.id(), ana.id(), ben.id())));

        Meeting expected = new Meeting(stored.id(), "Meetup", MAR_01_0930, "", "", List.of(ben.id(), ana.id()));
        assertEquals(expected, stored, "what add returns is what is stored");
        assertEquals(Optional.of(expected), meetings.find(stored.id()));
        assertEquals("2024-03-01T09:30", startsAtText(stored.id()));
    }

    @Test
    void aMeetingWithoutPlaceNotesOrAttendeesKeepsThemEmpty() {
        Meeting stored = meetings.add(Meeting.planned("Coffee", MAR_01_0930, null, null));

        Meeting found = meetings.find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals("", found.place());
        assertEquals("", found.notes());
        assertEquals(List.of(), found.attendeeIds());
    }

    @Test
    void anUpdateReplacesTheDetailsAndTheAttendees() {
        Meeting stored = meetings.add(new Meeting(0, "Coffee", MAR_01_0930, "Here", "old",
                List.of(ana.id(), ben.id(), cai.id())));
        Meeting changed = new Meeting(stored.id(), "Lunch 🍜", APR_10_1200, "Ünïcode street", "new notes",
                List.of(dee.id(), ana.id()));

        assertEquals(changed, meetings.update(changed));
        assertEquals(Optional.of(changed), meetings.find(stored.id()));

        Meeting nobody = changed.withAttendees(List.of());
        meetings.update(nobody);
        assertEquals(Optional.of(nobody), meetings.find(stored.id()));
        assertEquals(0, count("SELECT count(*) FROM meeting_attendee"));
    }

    @Test
    void updatingOrAddingTheWrongOneIsRefused() {
        Meeting coffee = planned("Coffee", MAR_01_0930);
        assertThrows(StoreException.class, () -> meetings.update(coffee.withId(9999)));
        Meeting stored = meetings.add(coffee);
        assertThrows(IllegalArgumentException.class, () -> meetings.add(stored));
        assertEquals(List.of(stored), meetings.upcoming(MAR_01_0930, 10));
    }

    // ---- attendees ----------------------------------------------------------------------------------------------

    @Test
    void anAttendeeIsAddedAtTheEndOnceAndCanBeRemoved() {
        Meeting stored = meetings.add(planned("Coffee", MAR_01_0930).withAttendees(List.of(ben.id(), ana.id())));

        meetings.addAttendee(stored.id(), dee.id());
        meetings.addAttendee(stored.id(), dee.id());
        meetings.addAttendee(stored.id(), ben.id());
        assertEquals(List.of(ben.id(), ana.id(), dee.id()), attendeesOf(stored.id()),
                "appended once; adding again changes neither the list nor the order");

        meetings.removeAttendee(stored.id(), ana.id());
        meetings.removeAttendee(stored.id(), ana.id());
        meetings.removeAttendee(stored.id(), cai.id());
        assertEquals(List.of(ben.id(), dee.id()), attendeesOf(stored.id()));

        meetings.addAttendee(stored.id(), ana.id());
        assertEquals(List.of(ben.id(), dee.id(), ana.id()), attendeesOf(stored.id()));
    }

    @Test
    void theFirstAttendeeCanBeAddedToAnEmptyMeeting() {
        Meeting stored = meetings.add(planned("Coffee", MAR_01_0930));
        meetings.addAttendee(stored.id(), cai.id());
        meetings.addAttendee(stored.id(), ana.id());
        assertEquals(List.of(cai.id(), ana.id()), attendeesOf(stored.id()));
    }

    @Test
    void anUnknownContactOrMeetingIsRefusedAndNothingIsWritten() {
        assertThrows(StoreException.class, () -> meetings.add(
                planned("Coffee", MAR_01_0930).withAttendees(List.of(ana.id(), 9999L))));
        assertEquals(0, count("SELECT count(*) FROM meeting"), "the meeting is not half written");
        assertEquals(0, count("SELECT count(*) FROM meeting_attendee"));

        Meeting stored = meetings.add(planned("Coffee", MAR_01_0930).withAttendees(List.of(ana.id())));
        assertThrows(StoreException.class, () -> meetings.update(new Meeting(stored.id(), "Changed", APR_10_1200,
                "", "", List.of(ben.id(), 9999L))));
        assertEquals(Optional.of(stored), meetings.find(stored.id()), "the update is undone as a whole");

        assertThrows(StoreException.class, () -> meetings.addAttendee(stored.id(), 9999));
        assertThrows(StoreException.class, () -> meetings.addAttendee(9999, ana.id()));
        assertEquals(Optional.of(stored), meetings.find(stored.id()));
        assertEquals(1, count("SELECT count(*) FROM meeting_attendee"));
    }

    @Test
    void deletingAMeetingDeletesItsAttendeesOnly() {
        Meeting coffee = meetings.add(planned("Coffee", MAR_01_0930).withAttendees(List.of(ana.id(), ben.id())));
        Meeting lunch = meetings.add(planned("Lunch", APR_10_1200).withAttendees(List.of(ben.id())));

        meetings.delete(coffee.id());

        assertEquals(Optional.empty(), meetings.find(coffee.id()));
        assertEquals(Optional.of(lunch), meetings.find(lunch.id()));
        assertEquals(1, count("SELECT count(*) FROM meeting_attendee"));
        meetings.delete(coffee.id());
        meetings.delete(9999);
        assertEquals(List.of(lunch), meetings.upcoming(MAR_01_0930, 10), "deleting what is not there changes nothing");
        assertEquals(4, count("SELECT count(*) FROM contact"), "the contacts stay");
    }

    @Test
    void deletingAContactTakesThemOffEveryMeeting() {
        Meeting coffee = meetings.add(planned("Coffee", MAR_01_0930)
                .withAttendees(List.of(ben.id(), ana.id(), cai.id())));
        Meeting lunch = meetings.add(planned("Lunch", APR_10_1200).withAttendees(List.of(ana.id())));

        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                ps.setLong(1, ana.id());
                return ps.executeUpdate();
            }
        });

        assertEquals(List.of(ben.id(), cai.id()), attendeesOf(coffee.id()));
        assertEquals(Optional.of(lunch.withAttendees(List.of())), meetings.find(lunch.id()), "the meeting stays");
        assertEquals(List.of(), meetings.forContact(ana.id()));
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Test
    void upcomingStartsAtFromSoonestFirstAndStopsAtTheLimit() {
        Meeting early = meetings.add(planned("Early", MAR_01_0930));
        Meeting evening = meetings.add(planned("Evening", MAR_01_1800));
        Meeting sameTime = meetings.add(planned("Same time, added later", MAR_01_1800));
        Meeting next = meetings.add(planned("Next day", MAR_02_0800).withAttendees(List.of(ana.id(), ben.id())));
        Meeting april = meetings.add(planned("April", APR_10_1200).withAttendees(List.of(cai.id())));

        assertEquals(List.of(evening, sameTime, next, april), meetings.upcoming(MAR_01_1800, 10),
                "a meeting exactly at 'from' is upcoming");
        assertEquals(List.of(next, april), meetings.upcoming(MAR_01_1800.plusSeconds(1), 10),
                "one that started a second ago is not");
        assertEquals(List.of(evening, sameTime), meetings.upcoming(MAR_01_1800.minusNanos(1), 2));
        assertEquals(List.of(early, evening, sameTime, next, april), meetings.upcoming(LocalDateTime.MIN, 10));
        assertEquals(List.of(), meetings.upcoming(APR_10_1200.plusMinutes(1), 10));
        assertEquals(List.of(), meetings.upcoming(MAR_01_0930, 0));
        assertThrows(IllegalArgumentException.class, () -> meetings.upcoming(MAR_01_0930, -1));
    }

    @Test
    void pastIsBeforeTheMomentLatestFirstAndStopsAtTheLimit() {
        Meeting early = meetings.add(planned("Early", MAR_01_0930).withAttendees(List.of(dee.id(), ana.id())));
        Meeting evening = meetings.add(planned("Evening", MAR_01_1800));
        Meeting sameTime = meetings.add(planned("Same time, added later", MAR_01_1800));
        Meeting next = meetings.add(planned("Next day", MAR_02_0800));

        assertEquals(List.of(early), meetings.past(MAR_01_1800, 10), "one starting exactly then is not past");
        assertEquals(List.of(sameTime, evening, early), meetings.past(MAR_01_1800.plusSeconds(1), 10));
        assertEquals(List.of(next, sameTime), meetings.past(APR_10_1200, 2));
        assertEquals(List.of(), meetings.past(MAR_01_0930, 10));
        assertEquals(List.of(), meetings.past(APR_10_1200, 0));
        assertThrows(IllegalArgumentException.class, () -> meetings.past(APR_10_1200, -1));
    }

    @Test
    void forContactListsTheirMeetingsSoonestFirstWithEveryAttendee() {
        Meeting april = meetings.add(planned("April", APR_10_1200).withAttendees(List.of(ben.id(), ana.id())));
        Meeting early = meetings.add(planned("Early", MAR_01_0930).withAttendees(List.of(ana.id(), cai.id())));
        Meeting withoutAna = meetings.add(planned("Evening", MAR_01_1800).withAttendees(List.of(ben.id())));
        Meeting next = meetings.add(planned("Next day", MAR_02_0800));
        meetings.addAttendee(next.id(), ana.id());

        assertEquals(List.of(early, next.withAttendees(List.of(ana.id())), april), meetings.forContact(ana.id()));
        assertEquals(List.of(withoutAna, april), meetings.forContact(ben.id()));
        assertEquals(List.of(), meetings.forContact(dee.id()));
        assertEquals(List.of(), meetings.forContact(9999));
    }

    // ---- the schema's checks ------------------------------------------------------------------------------------

    @Test
    void theSchemaRefusesBlankOrOverLongTitlesAndOverLongPlacesAndWritesNothing() {
        List<Meeting> refused = List.of(
                planned("", MAR_01_0930),
                planned("     ", MAR_01_0930),
                planned(" \t\n\r ", MAR_01_0930),
                planned("t".repeat(TextLimits.MEETING_TITLE + 1), MAR_01_0930),
                planned("🙂".repeat(TextLimits.MEETING_TITLE + 1), MAR_01_0930),
                Meeting.planned("Coffee", MAR_01_0930, "p".repeat(TextLimits.PLACE + 1), ""),
                Meeting.planned("Coffee", MAR_01_0930, "", "n".repeat(TextLimits.NOTES + 1)));
        for (Meeting meeting : refused) {
            assertThrows(StoreException.class, () -> meetings.add(meeting.withAttendees(List.of(ana.id()))),
                    meeting.title().length() + " / " + meeting.place().length());
        }
        assertEquals(0, count("SELECT count(*) FROM meeting"), "nothing written");
        assertEquals(0, count("SELECT count(*) FROM meeting_attendee"), "nothing written");

        // The longest title and place, as SQLite counts characters (an emoji is one).
        Meeting longest = meetings.add(new Meeting(0, "🙂".repeat(TextLimits.MEETING_TITLE), MAR_01_0930,
                "📍".repeat(TextLimits.PLACE), "📝".repeat(TextLimits.NOTES), List.of(ana.id())));
        assertEquals(Optional.of(longest), meetings.find(longest.id()));
    }

    @Test
    void anUpdateTheSchemaRefusesLeavesTheStoredOneAsItWas() {
        Meeting stored = meetings.add(Meeting.planned("Coffee", MAR_01_0930, "Here", "")
                .withAttendees(List.of(ana.id(), ben.id())));
        List<Meeting> refused = List.of(
                new Meeting(stored.id(), " ", APR_10_1200, "", "", List.of(cai.id())),
                new Meeting(stored.id(), "x".repeat(TextLimits.MEETING_TITLE + 1), APR_10_1200, "", "", List.of()),
                new Meeting(stored.id(), "Lunch", APR_10_1200, "p".repeat(TextLimits.PLACE + 1), "",
                        List.of(cai.id())));
        for (Meeting meeting : refused) {
            assertThrows(StoreException.class, () -> meetings.update(meeting));
        }
        assertEquals(Optional.of(stored), meetings.find(stored.id()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private List<Long> attendeesOf(long meetingId) {
        return meetings.find(meetingId).orElseThrow().attendeeIds();
    }

    private String startsAtText(long meetingId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT starts_at FROM meeting WHERE id = ?")) {
                ps.setLong(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private int count(String sql) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }
}
