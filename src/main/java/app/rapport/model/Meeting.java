package app.rapport.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A networking meeting or event: what it is, when (local date and time), where, the user's notes, and who is
 * expected there. An id of 0 means "not stored yet".
 */
public record Meeting(long id, String title, LocalDateTime startsAt, String place, String notes,
                      List<Long> attendeeIds) {

    public Meeting {
        title = title == null ? "" : title;
        Objects.requireNonNull(startsAt, "startsAt");
        place = place == null ? "" : place;
        notes = notes == null ? "" : notes;
        attendeeIds = List.copyOf(attendeeIds == null ? List.of() : attendeeIds);
    }

    /** A new meeting, not stored yet, nobody expected yet. */
    public static Meeting planned(String title, LocalDateTime startsAt, String place, String notes) {
        return new Meeting(0, title, startsAt, place, notes, List.of());
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, title, startsAt, place, notes, attendeeIds);
    }

    public Meeting withAttendees(List<Long> ids) {
        return new Meeting(id, title, startsAt, place, notes, ids);
    }
}
