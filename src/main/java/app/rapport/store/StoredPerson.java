package app.rapport.store;

/** Who a stored contact is, in a few words: enough to name a match ("already in Rapport as Ana Silva, Acme"). */
public record StoredPerson(long id, String name, String organisation) {
}
