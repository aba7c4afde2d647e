package app.rapport.store;

import app.rapport.model.NeedsAndOffers;
import app.rapport.model.RelationshipStage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link SuggestionDao} over SQLite. Needs and offers are read from the contacts' full-text index
 * ({@code contact_search}), which {@link SqliteContactDao} keeps in step in the same transaction as every contact
 * write; its words are listed through an {@code fts5vocab} table in the connection's temporary schema, so nothing
 * is added to the file.
 */
final class SqliteSuggestionDao implements SuggestionDao {

    /** The condition "introducible" on contact c: not archived, not parked, no undecided deal-breaker. */
    private static final String INTRODUCIBLE = """
            c.archived = 0 AND c.stage <> 'PARKED'
            AND NOT EXISTS (SELECT 1 FROM impression i WHERE i.contact_id = c.id AND i.decision = 'OPEN')""";
    private static final String PROFILE_COLUMNS = "c.id, c.name, c.stage, c.needs, c.offers, c.role, ("
            + INTRODUCIBLE + ") AS introducible,"
            + " (SELECT group_concat(t.name, char(31) ORDER BY ct.position) FROM contact_tag ct"
            + " JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) AS tags";
    private static final String IDS = "SELECT value FROM json_each(?)";

    private final Database database;

    SqliteSuggestionDao(Database database) {
        this.database = database;
    }

    @Override
    public List<Word> wordsStartingWith(String prefix) {
        if (prefix.isEmpty()) {
            return List.of();
        }
        return database.transaction(c -> {
            // Made again if a rolled-back transaction took it away; a no-op otherwise.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_search_words"
                        + " USING fts5vocab(main, contact_search, col)");
            }
            // Every word starting with the prefix sorts between the prefix and the prefix followed by the last
            // code point there is. The vocabulary has a row per word and column, with the number of contacts whose
            // column holds the word.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT term, sum(CASE WHEN col IN ('offers', 'role', 'tags') THEN doc ELSE 0 END)
                    FROM temp.contact_search_words WHERE term >= ? AND term < ? GROUP BY term ORDER BY term""")) {
                ps.setString(1, prefix);
                ps.setString(2, prefix + Character.toString(Character.MAX_CODE_POINT));
                List<Word> words = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        words.add(new Word(rs.getString(1), rs.getInt(2)));
                    }
                }
                return words;
            }
        });
    }

    /** "{needs} : ("a" OR "b")": any of the words in the side's columns. Words hold letters and digits only. */
    private static String match(Side side, Collection<String> words) {
        String columns = side == Side.NEEDS ? "{needs}" : "{offers role tags}";
        StringBuilder any = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || !word.codePoints().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("Not a word of the index: \"" + word + "\"");
            }
            any.append(any.length() == 0 ? "" : " OR ").append('"').append(word).append('"');
        }
        return columns + " : (" + any + ")";
    }

    @Override
    public long[] contactsWith(Side side, Collection<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        return database.transaction(c -> {
            // The ids come back as one text, not a row each: for thousands of contacts, a row each added about two
            // thirds to the time of the search itself.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT group_concat(rowid) FROM contact_search WHERE contact_search MATCH ?")) {
                ps.setString(1, match(side, words));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? idList(rs.getString(1)) : new long[0];
                }
            }
        });
    }

    @Override
    public int countWith(Side side, Collection<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?")) {
                ps.setString(1, match(side, words));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public int contactCount() {
        return database.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM contact")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public Map<Long, RelationshipStage> introducibleStages(Collection<Long> contactIds) {
        Map<Long, RelationshipStage> stages = new HashMap<>();
        if (contactIds.isEmpty()) {
            return stages;
        }
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT c.id, c.stage FROM contact c WHERE c.id IN (" + IDS + ") AND " + INTRODUCIBLE)) {
                ps.setString(1, contactIds.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stages.put(rs.getLong(1), RelationshipStage.valueOf(rs.getString(2)));
                    }
                }
            }
            return stages;
        });
    }

    @Override
    public long[] introducibleAt(RelationshipStage stage) {
        return database.transaction(c -> {
            // Read from the index on (stage, archived): no contact row is visited.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT c.id FROM contact c WHERE c.stage = ? AND " + INTRODUCIBLE + " ORDER BY c.id")) {
                ps.setString(1, stage.name());
                return ids(ps);
            }
        });
    }

    @Override
    public List<NeedsAndOffers> introducibleProfilesAt(RelationshipStage stage) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PROFILE_COLUMNS
                    + " FROM contact c WHERE c.stage = ? AND " + INTRODUCIBLE + " ORDER BY c.id")) {
                ps.setString(1, stage.name());
                return profiles(ps);
            }
        });
    }

    @Override
    public List<NeedsAndOffers> profiles(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PROFILE_COLUMNS
                    + " FROM contact c WHERE c.id IN (" + IDS + ") ORDER BY c.id")) {
                ps.setString(1, contactIds.toString());
                return profiles(ps);
            }
        });
    }

    /**
     * Who helped the user between two days (the parameters): help received, newest first from the partial index
     * interaction_help_received (V4), people neither archived, parked nor in an open introduction (one with no
     * outcome yet). The joins are forced in this order (CROSS JOIN): left to choose, SQLite walked every active
     * contact's timeline instead (2.5 s rather than milliseconds on a 100,000-contact file with a million
     * interactions). Shared with the Today view's people to thank, so both lists name the same people.
     */
    static final String HELPED_BETWEEN = """

            FROM interaction i CROSS JOIN interaction_contact ic CROSS JOIN contact c
            WHERE i.kind IN ('REFERRAL_RECEIVED', 'HELP_RECEIVED') AND i.happened_on BETWEEN ? AND ?
              AND ic.interaction_id = i.id AND c.id = ic.contact_id
              AND c.archived = 0 AND c.stage <> 'PARKED'
              AND NOT EXISTS (SELECT 1 FROM introduction n
                              WHERE n.outcome IS NULL AND (n.contact_a = c.id OR n.contact_b = c.id))""";

    @Override
    public List<Helped> helpedBetween(LocalDate from, LocalDate to, int limit) {
        return database.transaction(c -> {
            // newest first; reading stops as soon as enough people are found
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.name, i.happened_on" + HELPED_BETWEEN
                    + " ORDER BY i.happened_on DESC, c.id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                List<Helped> helped = new ArrayList<>();
                Set<Long> seen = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (helped.size() < limit && rs.next()) {
                        if (seen.add(rs.getLong(1))) {
                            helped.add(new Helped(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3))));
                        }
                    }
                }
                return helped;
            }
        });
    }

    private static long[] ids(PreparedStatement ps) throws SQLException {
        long[] ids = new long[64];
        int size = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size++] = rs.getLong(1);
            }
        }
        return Arrays.copyOf(ids, size);
    }

    /** The ids of a comma-separated list, in id order; none for null. */
    private static long[] idList(String text) {
        if (text == null) {
            return new long[0];
        }
        long[] ids = new long[text.length() / 2 + 1];
        int size = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                ids[size++] = Long.parseLong(text, start, i, 10);
                start = i + 1;
            }
        }
        ids = Arrays.copyOf(ids, size);
        for (int i = 1; i < size; i++) {
            if (ids[i - 1] > ids[i]) {
                Arrays.sort(ids);
                break;
            }
        }
        return ids;
    }

    private static List<NeedsAndOffers> profiles(PreparedStatement ps) throws SQLException {
        List<NeedsAndOffers> profiles = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String tags = rs.getString("tags");
                profiles.add(new NeedsAndOffers(rs.getLong("id"), rs.getString("name"),
                        RelationshipStage.valueOf(rs.getString("stage")), rs.getInt("introducible") == 1,
                        rs.getString("needs"), rs.getString("offers"), rs.getString("role"),
                        tags == null ? List.of() : List.of(tags.split("\u001f"))));
            }
        }
        return profiles;
    }
}
