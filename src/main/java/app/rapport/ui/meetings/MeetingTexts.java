package app.rapport.ui.meetings;

import app.rapport.model.Meeting;
import app.rapport.ui.Texts;

import java.time.format.DateTimeFormatter;

/** How a meeting's time and expected numbers are written, the same in the list, the briefing and on Today. */
public final class MeetingTexts {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE");

    private MeetingTexts() {
    }

    /** "Wed, Nov 25, 2026, 07:30": the weekday, then the date as every list writes it. */
    public static String when(Texts texts, Meeting meeting) {
        return texts.get("meetings.when", WEEKDAY.format(meeting.startsAt()), texts.date(meeting.startsAt().toLocalDate()),
                MeetingTime.format(meeting.startsAt().toLocalTime()));
    }

    /** "Nobody expected yet", "1 expected", "12 expected". */
    public static String expected(Texts texts, int count) {
        return texts.get("meetings.expected", count);
    }
}
