package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Meeting;
import app.rapport.model.RelationshipStage;
import app.rapport.model.TextLimits;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MeetingPlanner}: meetings and their details, who is expected, and the people met written down after. */
class MeetingPlannerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZONE);
    private static final LocalDateTime BREAKFAST = LocalDateTime.of(2026, 11, 20, 7, 30);

    @TempDir
    Path dir;

    private Database db;
    private MeetingPlanner planner;
    private ContactBook book;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        planner = new MeetingPlanner(db, CLOCK);
        book = new ContactBook(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting breakfast() {
        return planner.save(Meeting.planned("  BNI breakfast ", BREAKFAST, "The Old Bakery", "Bring cards"));
    }

    @Test
    void aMeetingIsStoredTrimmedAndItsDetailsChangeWithoutLosingWhoIsExpected() {
        Meeting meeting = breakfast();
        assertEquals("BNI breakfast", meeting.title());
        Contact ana = book.save(contact("Ana Silva").build());
        planner.addAttendee(meeting.id(), ana.id());

        planner.save(new Meeting(meeting.id(), "BNI breakfast (moved)", BREAKFAST.plusDays(7), "Town hall", "",
                List.of()));

        Meeting stored = planner.meeting(meeting.id());
        assertEquals("BNI breakfast (moved)", stored.title());
        assertEquals(BREAKFAST.plusDays(7), stored.startsAt());
        assertEquals(List.of(ana.id()), stored.attendeeIds());
    }

    @Test
    void aMeetingWithoutTitleOrWithOverLongTextIsRefusedAndNothingIsWritten() {
        InvalidMeetingException noTitle = assertThrows(InvalidMeetingException.class,
                () -> planner.save(Meeting.planned(" \n", BREAKFAST, "", "")));
        assertTrue(noTitle.problems().get(MeetingField.TITLE).startsWith("A title is required"));

        String place = "p".repeat(TextLimits.PLACE + 1);
        InvalidMeetingException tooLong = assertThrows(InvalidMeetingException.class,
                () -> planner.save(Meeting.planned("Lunch", BREAKFAST, place, "")));
        assertEquals("A place can be at most 500 characters; this one is 501.",
                tooLong.problems().get(MeetingField.PLACE));
        assertEquals(List.of(), planner.upcoming());
        assertEquals(List.of(), planner.past());
    }

    @Test
    void upcomingMeetingsStartFromTodayAndPastOnesAreLatestFirst() {
        Meeting older = planner.save(Meeting.planned("Conference", BREAKFAST.minusMonths(1), "", ""));
        Meeting last = breakfast();
        Meeting earlyToday = planner.save(Meeting.planned("Coffee", LocalDateTime.of(2026, 11, 23, 8, 0), "", ""));
        Meeting next = planner.save(Meeting.planned("Lunch", LocalDateTime.of(2026, 12, 1, 12, 0), "", ""));

        assertEquals(List.of(earlyToday.id(), next.id()), planner.upcoming().stream().map(Meeting::id).toList());
        assertEquals(List.of(last.id(), older.id()), planner.past().stream().map(Meeting::id).toList());
    }

    @Test
    void attendeesKeepTheirOrderAndANewNameBecomesAContactAtJustMet() {
        Meeting meeting = breakfast();
        Contact ana = book.save(contact("Ana Silva").stage(RelationshipStage.TRUST).build());
        planner.addAttendee(meeting.id(), ana.id());
        Contact dana = planner.addNewAttendee(meeting.id(), " Dana Lee ");
        planner.addAttendee(meeting.id(), ana.id()); // already expected: nothing changes

        assertEquals("Dana Lee", dana.name());
        assertEquals(RelationshipStage.JUST_MET, book.contact(dana.id()).stage());
        assertEquals(List.of("Ana Silva", "Dana Lee"),
                planner.attendees(meeting.id()).stream().map(ContactSummary::name).toList());
        assertEquals(1, book.detail(dana.id()).stageHistory().size());
    }

    @Test
    void anEmptyNewNameIsRefusedAndNoContactIsMade() {
        Meeting meeting = breakfast();
        assertThrows(InvalidContactException.class, () -> planner.addNewAttendee(meeting.id(), "  "));
        assertEquals(0, book.count(app.rapport.model.ContactQuery.all()));
        assertEquals(List.of(), planner.meeting(meeting.id()).attendeeIds());
    }

    @Test
    void removingAnAttendeeCanBeUndoneInTheSameOrder() {
        Meeting meeting = breakfast();
        Contact ana = book.save(contact("Ana").build());
        Contact ben = book.save(contact("Ben").build());
        Contact cleo = book.save(contact("Cleo").build());
        for (Contact c : List.of(ana, ben, cleo)) {
            planner.addAttendee(meeting.id(), c.id());
        }
        Meeting before = planner.removeAttendee(meeting.id(), ben.id());
        assertEquals(List.of(ana.id(), cleo.id()), planner.meeting(meeting.id()).attendeeIds());
        Contact dev = planner.addNewAttendee(meeting.id(), "Dev"); // added meanwhile: stays

        planner.restoreAttendee(before, ben.id());
        assertEquals(List.of(ana.id(), ben.id(), cleo.id(), dev.id()), planner.meeting(meeting.id()).attendeeIds());
        planner.restoreAttendee(before, ben.id()); // twice: nothing changes
        assertEquals(4, planner.meeting(meeting.id()).attendeeIds().size());
    }

    @Test
    void aDeletedMeetingComesBackWithItsAttendeesAndItsPeopleStay() {
        Meeting meeting = breakfast();
        Contact ana = book.save(contact("Ana").build());
        planner.addAttendee(meeting.id(), ana.id());

        Meeting removed = planner.delete(meeting.id());
        assertEquals(List.of(), planner.past());
        assertEquals("Ana", book.contact(ana.id()).name());

        Meeting back = planner.restore(removed);
        assertEquals("BNI breakfast", back.title());
        assertEquals(List.of(ana.id()), planner.meeting(back.id()).attendeeIds());
    }

    @Test
    void capturingPeopleMetMakesContactsMetAtTheMeetingWithTheirImpressionsAndOneSharedTimelineEntry() {
        Meeting meeting = breakfast();
        Contact ana = book.save(contact("Ana Silva").build());
        Contact ben = book.save(contact("Ben Okafor").build());
        planner.addAttendee(meeting.id(), ana.id());
        planner.addAttendee(meeting.id(), ben.id());

        MeetingPlanner.Captured captured = planner.capture(meeting.id(), List.of(
                new MetPerson(" Dana Lee ", "Lee Print", "Straight talker", "Late twice", "Asked for a kickback",
                        "a bookkeeper", "short-run printing"),
                new MetPerson("", "", "", "", "", "", ""), // a blank row of the form
                MetPerson.named("Eli Moss")), List.of(ana.id()));

        assertEquals(List.of("Dana Lee", "Eli Moss"), captured.added().stream().map(Contact::name).toList());
        Contact dana = book.contact(captured.added().get(0).id());
        assertEquals(RelationshipStage.JUST_MET, dana.stage());
        assertEquals("Lee Print", dana.organisation());
        assertEquals("Met at BNI breakfast", dana.howWeMet());
        assertEquals("The Old Bakery", dana.whereWeMet());
        assertEquals(LocalDate.of(2026, 11, 20), dana.metOn());
        assertEquals("a bookkeeper", dana.needs());
        assertEquals("short-run printing", dana.offers());
        List<Impression> impressions = book.detail(dana.id()).impressions();
        assertEquals(List.of("Straight talker", "Late twice", "Asked for a kickback"),
                List.of(text(impressions, ImpressionKind.LIKE), text(impressions, ImpressionKind.DISLIKE),
                        text(impressions, ImpressionKind.DEAL_BREAKER)));
        assertTrue(book.detail(dana.id()).hasUnresolvedDealBreaker());

        Interaction metThere = captured.metThere();
        assertEquals(InteractionKind.MET, metThere.kind());
        assertEquals("Met at BNI breakfast", metThere.summary());
        assertEquals(LocalDate.of(2026, 11, 20), metThere.happenedOn());
        for (long id : List.of(dana.id(), captured.added().get(1).id(), ana.id())) {
            assertEquals(List.of(metThere.id()),
                    book.detail(id).timeline().stream().map(Interaction::id).toList());
        }
        assertEquals(List.of(), book.detail(ben.id()).timeline(), "Ben was expected but did not come");
        assertEquals(List.of(ana.id(), ben.id(), dana.id(), captured.added().get(1).id()),
                planner.meeting(meeting.id()).attendeeIds());
    }

    @Test
    void aSecondCaptureForTheSameMeetingDoesNotLogItTwiceForThoseWhoCame() {
        Meeting meeting = breakfast();
        Contact ana = book.save(contact("Ana Silva").build());
        planner.addAttendee(meeting.id(), ana.id());
        MeetingPlanner.Captured first = planner.capture(meeting.id(), List.of(MetPerson.named("Dana Lee")),
                List.of(ana.id()));

        MeetingPlanner.Captured second = planner.capture(meeting.id(), List.of(MetPerson.named("Eli Moss")),
                planner.meeting(meeting.id()).attendeeIds());

        assertEquals(List.of(second.added().get(0).id()), second.metThere().contactIds());
        assertEquals(1, book.detail(ana.id()).timeline().size());
        assertEquals(1, book.detail(first.added().get(0).id()).timeline().size());
    }

    private static String text(List<Impression> impressions, ImpressionKind kind) {
        return impressions.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().text();
    }

    @Test
    void aCaptureWithAProblemAnywhereWritesNothingAndSaysWhichPerson() {
        Meeting meeting = breakfast();
        CaptureRefusedException refused = assertThrows(CaptureRefusedException.class,
                () -> planner.capture(meeting.id(), List.of(
                        MetPerson.named("Dana Lee"),
                        new MetPerson("", "Acme", "", "", "", "", ""),
                        new MetPerson("Eli", "", "x".repeat(TextLimits.IMPRESSION + 1), "", "", "", "")),
                        List.of()));

        assertEquals(List.of("Person 2: A name is required.",
                "Person 3 (Eli): the like can be at most 1000 characters; this one is 1001."), refused.problems());
        assertEquals(0, book.count(app.rapport.model.ContactQuery.all()));
        assertEquals(List.of(), planner.meeting(meeting.id()).attendeeIds());
    }

    @Test
    void aCaptureWithNobodyWrittenDownIsRefused() {
        Meeting meeting = breakfast();
        CaptureRefusedException refused = assertThrows(CaptureRefusedException.class,
                () -> planner.capture(meeting.id(), List.of(MetPerson.named("  ")), List.of()));
        assertEquals(List.of("Write down at least one person's name."), refused.problems());
    }
}
