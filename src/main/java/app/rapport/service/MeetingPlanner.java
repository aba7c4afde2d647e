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

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The meetings use cases: plan a meeting, say who is expected (someone new is added to the network on the way),
 * and afterwards write down the people met there. Every method that writes does so in one transaction.
 * Methods block on the database: call them from a background task, never from the JavaFX thread.
 */
public final class MeetingPlanner {

    /** How many meetings a list shows at most. */
    public static final int LISTED = 200;

    private final Database database;
    private final Clock clock;
    private final ContactBook contacts;

    public MeetingPlanner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.contacts = new ContactBook(database, clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ------------------------------------------------------------------------------------------ the meeting

    /** What is wrong with the meeting's details, one message per field; empty when it can be saved. */
    public Map<MeetingField, String> validate(Meeting meeting) {
        Map<MeetingField, String> problems = new EnumMap<>(MeetingField.class);
        if (meeting.title().isBlank()) {
            problems.put(MeetingField.TITLE, "A title is required, e.g. \"BNI breakfast\".");
        }
        tooLong(problems, MeetingField.TITLE, "A title", meeting.title(), TextLimits.MEETING_TITLE);
        tooLong(problems, MeetingField.PLACE, "A place", meeting.place(), TextLimits.PLACE);
        tooLong(problems, MeetingField.NOTES, "Notes", meeting.notes(), TextLimits.NOTES);
        return problems;
    }

    private static void tooLong(Map<MeetingField, String> problems, MeetingField field, String what, String text,
                                int most) {
        int length = ContactValidator.characters(text);
        if (length > most) {
            problems.putIfAbsent(field, what + " can be at most " + most + " characters; this one is " + length + ".");
        }
    }

    /**
     * Stores a new meeting, or the changed details of a stored one (its attendees as stored stay as they are).
     *
     * @throws InvalidMeetingException when the details break a rule; nothing is written then
     */
    public Meeting save(Meeting meeting) {
        Meeting clean = new Meeting(meeting.id(), meeting.title().strip(), meeting.startsAt(), meeting.place().strip(),
                meeting.notes().strip(), meeting.attendeeIds());
        Map<MeetingField, String> problems = validate(clean);
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        if (clean.id() == 0) {
            return database.meetings().add(clean);
        }
        return database.transaction(c -> database.meetings()
                .update(clean.withAttendees(meeting(clean.id()).attendeeIds())));
    }

    public Meeting meeting(long meetingId) {
        return database.meetings().find(meetingId)
                .orElseThrow(() -> new NoSuchElementException("No meeting with id " + meetingId));
    }

    /** Meetings from the start of today on, soonest first. */
    public List<Meeting> upcoming() {
        return database.meetings().upcoming(LocalDate.now(clock).atStartOfDay(), LISTED);
    }

    /** Meetings before today, latest first. */
    public List<Meeting> past() {
        return database.meetings().past(LocalDate.now(clock).atStartOfDay(), LISTED);
    }

    /** Deletes the meeting (its people stay in the network); returns it as it was, for {@link #restore}. */
    public Meeting delete(long meetingId) {
        return database.transaction(c -> {
            Meeting removed = meeting(meetingId);
            database.meetings().delete(meetingId);
            return removed;
        });
    }

    /** Undoes {@link #delete}: the meeting is back with its expected attendees (under a new id). */
    public Meeting restore(Meeting removed) {
        return database.transaction(c -> database.meetings().add(removed.withId(0).withAttendees(
                removed.attendeeIds().stream().filter(id -> database.contacts().find(id).isPresent()).toList())));
    }

    // ------------------------------------------------------------------------------------------ who is expected

    /** The expected attendees, in the meeting's order, as lists show them. */
    public List<ContactSummary> attendees(long meetingId) {
        return database.transaction(c -> {
            List<ContactSummary> people = new ArrayList<>();
            for (long id : meeting(meetingId).attendeeIds()) {
                database.contacts().find(id).ifPresent(contact -> people.add(summary(contact)));
            }
            return people;
        });
    }

    private ContactSummary summary(Contact contact) {
        return new ContactSummary(contact.id(), contact.name(), contact.organisation(), contact.role(),
                contact.stage(), !contacts.undecidedDealBreakers(contact.id()).isEmpty(), contact.archived());
    }

    /** Adds someone from the network to those expected (nothing changes when they already are). */
    public Meeting addAttendee(long meetingId, long contactId) {
        return database.transaction(c -> {
            database.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            database.meetings().addAttendee(meetingId, contactId);
            return meeting(meetingId);
        });
    }

    /**
     * Adds someone not in the network yet: a new contact with just this name, at Just met, expected at the meeting;
     * both in one transaction.
     *
     * @return the new contact
     * @throws InvalidContactException when the name is empty or too long; nothing is written then
     */
    public Contact addNewAttendee(long meetingId, String name) {
        return database.transaction(c -> {
            meeting(meetingId);
            Contact added = contacts.save(Contact.named(name == null ? "" : name));
            database.meetings().addAttendee(meetingId, added.id());
            return added;
        });
    }

    /** No longer expected; returns the meeting as it was, so {@link #restoreAttendee} can undo it. */
    public Meeting removeAttendee(long meetingId, long contactId) {
        return database.transaction(c -> {
            Meeting before = meeting(meetingId);
            database.meetings().removeAttendee(meetingId, contactId);
            return before;
        });
    }

    /**
     * Undoes {@link #removeAttendee}: {@code contactId} is expected again, in the place they had in {@code before};
     * anyone added since stays. Nothing happens when they are expected already or no longer in the network.
     */
    public void restoreAttendee(Meeting before, long contactId) {
        database.transaction(c -> {
            List<Long> now = new ArrayList<>(meeting(before.id()).attendeeIds());
            if (now.contains(contactId) || database.contacts().find(contactId).isEmpty()) {
                return null;
            }
            // after the nearest of those before them in the old order who is still expected
            List<Long> old = before.attendeeIds();
            int at = 0;
            for (int i = old.indexOf(contactId) - 1; i >= 0; i--) {
                int found = now.indexOf(old.get(i));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            now.add(at, contactId);
            return database.meetings().update(meeting(before.id()).withAttendees(now));
        });
    }

    // ------------------------------------------------------------------------------------------ after the meeting

    /** What {@link #capture} wrote: the new contacts, and the timeline entry they (and those who came) share. */
    public record Captured(List<Contact> added, Interaction metThere) {
    }

    /** What is wrong with what was written about the people met, one message per problem; empty when fine. */
    public List<String> check(List<MetPerson> people) {
        List<String> problems = new ArrayList<>();
        int row = 0;
        for (MetPerson person : people) {
            row++;
            if (person.isBlank()) {
                continue;
            }
            String who = "Person " + row + (person.name().isEmpty() ? "" : " (" + ContactValidator.shorten(person.name()) + ")");
            ValidationProblems contactProblems = contacts.validate(newContact(person, null));
            contactProblems.all().values().forEach(message -> problems.add(who + ": " + message));
            impressionLength(problems, who, "like", person.like());
            impressionLength(problems, who, "dislike", person.dislike());
            impressionLength(problems, who, "deal-breaker", person.dealBreaker());
        }
        if (people.stream().allMatch(MetPerson::isBlank)) {
            problems.add("Write down at least one person's name.");
        }
        return problems;
    }

    private static void impressionLength(List<String> problems, String who, String what, String text) {
        int length = ContactValidator.characters(text);
        if (length > TextLimits.IMPRESSION) {
            problems.add(who + ": the " + what + " can be at most " + TextLimits.IMPRESSION
                    + " characters; this one is " + length + ".");
        }
    }

    /**
     * Writes down the people met at the meeting, all or nothing: each becomes a contact at Just met, "Met at" the
     * meeting, met on its day, with their needs, offers and one-line impressions; each is added to the meeting's
     * attendees; and one timeline entry "Met at {title}" on the meeting's day goes on the timelines of the new
     * people and of {@code cameIds}, the expected attendees who were there (unless a capture for this meeting put
     * it there already). Blank rows are skipped.
     *
     * @throws CaptureRefusedException when something breaks a rule; nothing is written then
     */
    public Captured capture(long meetingId, List<MetPerson> people, List<Long> cameIds) {
        List<String> problems = check(people);
        if (!problems.isEmpty()) {
            throw new CaptureRefusedException(problems);
        }
        return database.transaction(c -> {
            Meeting meeting = meeting(meetingId);
            LocalDate day = meeting.startsAt().toLocalDate();
            List<Contact> added = new ArrayList<>();
            for (MetPerson person : people) {
                if (person.isBlank()) {
                    continue;
                }
                Contact contact = contacts.save(newContact(person, meeting));
                note(contact, ImpressionKind.LIKE, person.like(), day);
                note(contact, ImpressionKind.DISLIKE, person.dislike(), day);
                note(contact, ImpressionKind.DEAL_BREAKER, person.dealBreaker(), day);
                database.meetings().addAttendee(meetingId, contact.id());
                added.add(contact);
            }
            String summary = ContactValidator.cut(metAt(meeting), TextLimits.SUMMARY);
            List<Long> there = new ArrayList<>(added.stream().map(Contact::id).toList());
            cameIds.stream().filter(id -> meeting.attendeeIds().contains(id) && !there.contains(id)
                    && !alreadyLogged(id, day, summary)).forEach(there::add);
            Interaction metThere = contacts.logInteraction(Interaction.draft(InteractionKind.MET, day, summary, null,
                    there));
            return new Captured(added, metThere);
        });
    }

    /** "Met at BNI breakfast": the timeline entry's summary and the new contacts' "how we met". */
    private static String metAt(Meeting meeting) {
        return "Met at " + meeting.title();
    }

    /** True when the meeting is on the contact's timeline already (a second capture for the same meeting). */
    private boolean alreadyLogged(long contactId, LocalDate day, String summary) {
        return database.interactions().forContact(contactId).stream().anyMatch(i -> i.kind() == InteractionKind.MET
                && i.happenedOn().equals(day) && i.summary().equals(summary));
    }

    private void note(Contact contact, ImpressionKind kind, String text, LocalDate day) {
        if (!text.isEmpty()) {
            database.impressions().add(Impression.draft(contact.id(), kind, text, day, false));
        }
    }

    /** The contact a quick-capture row makes; {@code meeting} null when only checking the details. */
    private static Contact newContact(MetPerson person, Meeting meeting) {
        String metAt = meeting == null ? "" : ContactValidator.cut(metAt(meeting), TextLimits.HOW_WE_MET);
        String place = meeting == null ? "" : ContactValidator.cut(meeting.place(), TextLimits.WHERE_WE_MET);
        LocalDate metOn = meeting == null ? null : meeting.startsAt().toLocalDate();
        return new Contact(0, person.name(), person.organisation(), "", List.of(), List.of(), "", "", metAt, place,
                metOn, null, person.needs(), person.offers(), List.of(), "", RelationshipStage.JUST_MET, null, false,
                null, null);
    }
}
