package app.rapport.store;

import app.rapport.model.ContactQuery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference for contact search: the simplest SQL for a query (every match gathered, sorted by the list's
 * order, then paged), against which the tuned {@link ContactDao#search} and {@link ContactDao#count} are checked
 * by ContactSearchPagingTest and by the search benchmark.
 */
public final class PlainContactSearch {

    private PlainContactSearch() {
    }

    /** The ids of one page of {@code query}'s contacts; {@code namesOnly} matches the name alone (findByName). */
    public static List<Long> page(Database database, ContactQuery query, boolean namesOnly, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT c.id" + from(query, namesOnly, parameters) + " ORDER BY c.sort_name, c.id LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        return database.transaction(c -> {
            try (PreparedStatement ps = prepared(c.prepareStatement(sql), parameters);
                 ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    /** How many contacts {@code query} finds. */
    public static int count(Database database, ContactQuery query) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT count(*)" + from(query, false, parameters);
        return database.transaction(c -> {
            try (PreparedStatement ps = prepared(c.prepareStatement(sql), parameters);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static String from(ContactQuery query, boolean namesOnly, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" FROM contact c");
        if (query.tag() != null) {
            sql.append(" JOIN contact_tag ct ON ct.contact_id = c.id AND ct.tag_id = (SELECT id FROM tag WHERE name = ?)");
            parameters.add(query.tag());
        }
        sql.append(" WHERE c.archived = ?");
        parameters.add(query.archived() ? 1 : 0);
        if (query.stage() != null) {
            sql.append(" AND c.stage = ?");
            parameters.add(query.stage().name());
        }
        String match = SearchText.matchExpression(query.text());
        if (match != null) {
            sql.append(" AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
            parameters.add(namesOnly ? "name : (" + match + ")" : match);
        }
        return sql.toString();
    }

    private static PreparedStatement prepared(PreparedStatement ps, List<Object> parameters) throws java.sql.SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
        return ps;
    }
}
