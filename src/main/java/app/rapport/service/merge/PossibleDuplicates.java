package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.store.Database;
import app.rapport.store.MergeDao;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests contacts that may be one person entered twice, for the user to merge: active contacts that share an
 * email address (ignoring case), then those with the same name (ignoring accents and case) and the same
 * organisation, or one of them without an organisation. Read through the email and name indexes, so it stays
 * quick with 100,000 contacts; at most {@code limit} pairs, each pair once, with its first reason.
 */
public final class PossibleDuplicates {

    private final Database database;

    public PossibleDuplicates(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} pairs: those sharing an email first (by address), then those sharing a name (by name). */
    public List<DuplicatePair> find(int limit) {
        return database.transaction(c -> {
            MergeDao dao = database.merges();
            Map<List<Long>, DuplicatePair> pairs = new LinkedHashMap<>();
            Map<Long, Contact> contacts = new java.util.HashMap<>();
            for (MergeDao.EmailPair pair : dao.sharingAnEmail(limit)) {
                pairs.putIfAbsent(List.of(pair.first(), pair.second()), new DuplicatePair(contact(contacts,
                        pair.first()), contact(contacts, pair.second()), DuplicatePair.Reason.SAME_EMAIL, pair.email()));
            }
            for (MergeDao.NamePair pair : dao.sharingAName(limit)) {
                if (pairs.size() >= limit) {
                    break;
                }
                boolean oneWithout = pair.firstOrganisation().isBlank() || pair.secondOrganisation().isBlank();
                pairs.putIfAbsent(List.of(pair.first(), pair.second()), new DuplicatePair(contact(contacts,
                        pair.first()), contact(contacts, pair.second()), oneWithout
                        ? DuplicatePair.Reason.SAME_NAME_ONE_WITHOUT_ORGANISATION
                        : DuplicatePair.Reason.SAME_NAME_AND_ORGANISATION, null));
            }
            List<DuplicatePair> found = new ArrayList<>(pairs.values());
            return found.size() > limit ? found.subList(0, limit) : found;
        });
    }

    private Contact contact(Map<Long, Contact> known, long id) {
        return known.computeIfAbsent(id, key -> database.contacts().find(key).orElseThrow());
    }
}
