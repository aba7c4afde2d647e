package app.rapport.store;

import app.rapport.model.ContactQuery;
import app.rapport.model.RelationshipActivity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Reads how every relationship is going, and keeps the stay-in-touch reminders the user put off. */
public interface RelationshipDao {

    /**
     * The activity of every active contact matching the query's text and tag (its stage and archived flag are
     * ignored), in name order, as of {@code today}: one query for the whole network, never one per contact.
     */
    List<RelationshipActivity> activity(ContactQuery query, LocalDate today);

    /**
     * The activity of these contacts (archived ones left out, unknown ids ignored), in name order, as of
     * {@code today}: the same figures as {@link #activity}, reading only these contacts' interactions.
     */
    List<RelationshipActivity> activityOf(Collection<Long> contactIds, LocalDate today);

    /** Puts off the contact's stay-in-touch reminder until {@code until}; replaces an earlier snooze. */
    void snooze(long contactId, LocalDate until);

    /** Brings the reminder back (also the undo of {@link #snooze}). */
    void clearSnooze(long contactId);
}
