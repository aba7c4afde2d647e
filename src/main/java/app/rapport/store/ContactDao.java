package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Tag;

import java.util.List;
import java.util.Optional;

/** Stores contacts and finds them again. */
public interface ContactDao {

    /** Stores a new contact; returns it with its id and timestamps. */
    Contact insert(Contact contact);

    /** Replaces the stored details of {@code contact.id()}; returns it with its new updated-at time. */
    Contact update(Contact contact);

    Optional<Contact> find(long id);

    /**
     * The contacts matching {@code query}, ordered by name: words typed match the start of words in the name,
     * organisation, role, needs, offers, tags, notes, emails and city; all words must match.
     */
    List<ContactSummary> search(ContactQuery query, int offset, int limit);

    /** How many contacts match {@code query}. */
    int count(ContactQuery query);

    /** Archives or un-archives; archived contacts leave the default list but keep everything. */
    void setArchived(long id, boolean archived);

    /** Tags in use on active contacts, by name. */
    List<Tag> tags();

    /**
     * A batch of many writes and look-ups with statements prepared once (an import's): call inside
     * {@link Database#transaction} and close it before the transaction ends.
     *
     * <p>A batch opened outside a transaction throws {@link IllegalStateException} on its first use.
     */
    ContactBatch batch();

    /** Up to {@code limit} active contacts whose name starts with, or contains a word starting with, {@code text}. */
    List<ContactSummary> findByName(String text, int limit);
}
