package app.rapport.store;

import app.rapport.model.Meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stores networking meetings and who is expected at each. */
public interface MeetingDao {

    /** Stores a new meeting with its attendees; returns it with its id. */
    Meeting add(Meeting meeting);

    /** Replaces the stored details and attendees of {@code meeting.id()}. */
    Meeting update(Meeting meeting);

    Optional<Meeting> find(long id);

    void delete(long id);

    /** Adds one expected attendee (nothing happens when they already are one). */
    void addAttendee(long meetingId, long contactId);

    void removeAttendee(long meetingId, long contactId);

    /** Meetings starting at or after {@code from}, soonest first, at most {@code limit}. */
    List<Meeting> upcoming(LocalDateTime from, int limit);

    /** Meetings that started before {@code before}, latest first, at most {@code limit}. */
    List<Meeting> past(LocalDateTime before, int limit);

    /** The meetings {@code contactId} is expected at, soonest first. */
    List<Meeting> forContact(long contactId);
}
