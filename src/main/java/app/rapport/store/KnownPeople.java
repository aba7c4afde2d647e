package app.rapport.store;

/**
 * What a long import asks about every record — is this email, or this name and organisation, already stored? — as
 * a set of 64-bit fingerprints held in memory, so that the answer "no" (nearly every record's) costs no query.
 * A fingerprint found means "perhaps": the caller then asks the database, which gives the exact answer, so a rare
 * collision of two fingerprints costs one query and never a wrong match. Only fingerprints are held, never the
 * text: 8–16 bytes per stored email and per stored person, about 4 MB for 100,000 contacts, whatever the file.
 */
final class KnownPeople {

    private long[] slots = new long[1024];
    private int size;
    /** Fingerprint 0 marks an empty slot, so a key that hashes to 0 is stored as this instead. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    /** Remembers the stored email (as stored: the look-up strips the one asked about). */
    void addEmail(String email) {
        add(emailPrint(email));
    }

    /** Whether a stored contact may have this email, ignoring ASCII case as the column's NOCASE collation does. */
    boolean mayHaveEmail(String email) {
        return contains(emailPrint(email.strip()));
    }

    /** Remembers a stored person by the keys the store compares: {@code sort_name} and the organisation's key. */
    void addPerson(String sortName, String organisationKey) {
        add(personPrint(sortName, organisationKey));
    }

    boolean mayHavePerson(String sortName, String organisationKey) {
        return contains(personPrint(sortName, organisationKey));
    }

    private static long emailPrint(String email) {
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over ASCII-lower-cased chars
        for (int i = 0; i < email.length(); i++) {
            char ch = email.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
            }
            h = (h ^ ch) * 0x100000001b3L;
        }
        return finish(h ^ 'e');
    }

    private static long personPrint(String sortName, String organisationKey) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < sortName.length(); i++) {
            h = (h ^ sortName.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x10000) * 0x100000001b3L; // a separator no char can be
        for (int i = 0; i < organisationKey.length(); i++) {
            h = (h ^ organisationKey.charAt(i)) * 0x100000001b3L;
        }
        return finish(h ^ 'p');
    }

    /** Spreads the bits (the finaliser of MurmurHash3), so that the low bits pick slots evenly. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? ZERO : h;
    }

    private void add(long print) {
        if (size * 2 >= slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long p : old) {
                if (p != 0) {
                    put(p);
                }
            }
        }
        put(print);
    }

    private void put(long print) {
        int mask = slots.length - 1;
        for (int i = (int) print & mask; ; i = (i + 1) & mask) {
            if (slots[i] == print) {
                return;
            }
            if (slots[i] == 0) {
                slots[i] = print;
                size++;
                return;
            }
        }
    }

    private boolean contains(long print) {
        int mask = slots.length - 1;
        for (int i = (int) print & mask; ; i = (i + 1) & mask) {
            if (slots[i] == print) {
                return true;
            }
            if (slots[i] == 0) {
                return false;
            }
        }
    }
}
