package app.rapport.store;

import app.rapport.model.Contact;

import java.util.List;

/**
 * Many contact writes and look-ups inside one transaction, with each statement prepared once rather than per
 * contact: what an import of 100,000 contacts needs to finish in seconds. Writes keep the full-text index and the
 * tags exactly as {@link ContactDao#insert} and {@link ContactDao#update} do (those use a batch of one).
 *
 * <p>Open it with {@link ContactDao#batch()} inside {@link Database#transaction} and close it before the transaction
 * ends; it never commits by itself. The emails, phones and tag links of the contacts it writes (up to 64 rows of each)
 * and their full-text rows (a few thousand) are held back and written together, at the latest when it is closed:
 * other reads in the same transaction see a contact's lists, and searches find it, once the batch is closed. Its own
 * look-ups see everything it wrote.
 *
 * <p>The look-ups remember, from the first one on, a fingerprint of every stored email and person (a few MB for
 * 100,000 contacts), kept up to date by the batch's writes, and query the database only when a fingerprint matches.
 * So contacts written in the same transaction by anything but this batch after its first look-up are not found:
 * write through the batch while it is open.
 */
public interface ContactBatch extends AutoCloseable {

    /** Stores a new contact (its id must be 0); returns the new id. Does not read the contact back. */
    long insert(Contact contact);

    /** Replaces the stored details of {@code contact.id()}, as {@link ContactDao#update} does. */
    void update(Contact contact);

    /** Contacts, archived or not, with this email address, ignoring case; in id order. */
    List<StoredPerson> withEmail(String email);

    /**
     * Contacts, archived or not, whose name and organisation equal these, ignoring case and accents (the list's
     * {@link PersonKey#of sort key}); in id order.
     */
    List<StoredPerson> withNameAndOrganisation(String name, String organisation);

    /**
     * Says that many contacts follow (an import): SQLite may then keep up to {@value SqliteContactBatch#MANY_CACHE_MB}
     * MB of the database's pages in memory until the batch closes, instead of its default 2 MB, so that the indexes
     * every contact goes into are not written out and read back over and over within the one transaction. The
     * setting is put back when the batch closes.
     */
    void expectMany();

    /**
     * Writes what is held back, then puts back what {@link #expectMany} changed. A batch that is not closed before
     * its transaction commits loses the rows it held back.
     */
    @Override
    void close();
}
