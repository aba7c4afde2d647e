package app.rapport.ui.meetings;

import app.rapport.model.Meeting;
import app.rapport.ui.Texts;

import java.time.format.DateTimeFormatter;

/** How a meeting's time and expected numbers are written, the same in the list, the briefing and on Today. */
public final class MeetingTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private MeetingTexts() {
    }

    /** "Wed 25 Nov 2026, 07:30". */
    public static String when(Texts texts, Meeting meeting) {
        return texts.get("meetings.when", DAY.format(meeting.startsAt()),
                MeetingTime.format(meeting.startsAt().toLocalTime()));
    }

    /** "Nobody expected yet", "1 expected", "12 expected". */
    public static String expected(Texts texts, int count) {
        return texts.get("meetings.expected", count);
    }
}
