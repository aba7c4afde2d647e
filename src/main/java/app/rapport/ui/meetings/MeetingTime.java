package app.rapport.ui.meetings;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time of a meeting as people type it: "7:30", "07:30", "19.30", "1930" or "9". */
final class MeetingTime {

    private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*$");

    private MeetingTime() {
    }

    /** The time typed, or null when it is not a time of day. */
    static LocalTime parse(String text) {
        Matcher matcher = TIME.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
