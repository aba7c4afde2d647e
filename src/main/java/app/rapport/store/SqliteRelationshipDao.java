package app.rapport.store;

import app.rapport.model.ContactQuery;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

final class SqliteRelationshipDao implements RelationshipDao {

    /** Help flowing either way: what warms a relationship beyond talk. Never split into given and received. */
    static final Set<InteractionKind> HELP = EnumSet.of(InteractionKind.REFERRAL_GIVEN,
            InteractionKind.REFERRAL_RECEIVED, InteractionKind.ADVICE_ASKED, InteractionKind.ADVICE_GIVEN,
            InteractionKind.HELP_GIVEN, InteractionKind.HELP_RECEIVED, InteractionKind.INTRODUCTION);

    /**
     * Every interaction up to today is read once, grouped by contact; interactions dated later (planned) do not
     * count yet. A contact with no interaction starts the stay-in-touch clock on the day they were met, else on
     * the (UTC) day they were added. {@code FILTER} lets SQLite skip the counting step for rows outside a window,
     * which is most of the aggregation's cost. {@value #INNER_FILTER} stands for the query's text and tag
     * filter, repeated inside the aggregation so that a filtered board reads only its contacts' interactions.
     */
    private static final String ACTIVITY = """
            SELECT c.id, c.name, c.organisation, c.stage, c.stay_in_touch_days,
                   coalesce(c.met_on, substr(c.created_at, 1, 10)) AS known_since,
                   a.last_on, coalesce(a.recent, 0) AS recent, coalesce(a.help, 0) AS help,
                   EXISTS (SELECT 1 FROM impression i WHERE i.contact_id = c.id AND i.decision = 'OPEN')
                       AS open_deal_breaker,
                   s.until AS snoozed_until
            FROM contact c
            LEFT JOIN (SELECT ic.contact_id, max(i.happened_on) AS last_on,
                              count(*) FILTER (WHERE i.happened_on > ?) AS recent,
                              count(*) FILTER (WHERE i.happened_on > ? AND i.kind IN (%s)) AS help
                       FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                       WHERE i.happened_on <= ?{contacts}
                       GROUP BY ic.contact_id) a ON a.contact_id = c.id
            LEFT JOIN stay_in_touch_snooze s ON s.contact_id = c.id
            WHERE c.archived = 0""".formatted(
            HELP.stream().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", ")));

    /** Where {@link #ACTIVITY} takes the query's filter inside its aggregation. */
    private static final String INNER_FILTER = "{contacts}";

    private final Database database;

    SqliteRelationshipDao(Database database) {
        this.database = database;
    }

    @Override
    public List<RelationshipActivity> activity(ContactQuery query, LocalDate today) {
        return read(sql(query), parameters(query, today));
    }

    @Override
    public List<RelationshipActivity> activityOf(Collection<Long> contactIds, LocalDate today) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        String ids = contactIds.stream().map(id -> Long.toString(id)).distinct().collect(Collectors.joining(", "));
        String sql = ACTIVITY.replace(INNER_FILTER, " AND ic.contact_id IN (" + ids + ")")
                + " AND c.id IN (" + ids + ") ORDER BY c.sort_name, c.id";
        return read(sql, parameters(ContactQuery.all(), today));
    }

    private List<RelationshipActivity> read(String sql, List<Object> parameters) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    ps.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<RelationshipActivity> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new RelationshipActivity(rs.getLong("id"), rs.getString("name"),
                                rs.getString("organisation"), RelationshipStage.valueOf(rs.getString("stage")),
                                Rows.nullableInt(rs, "stay_in_touch_days"), Rows.date(rs, "known_since"),
                                Rows.date(rs, "last_on"), rs.getInt("recent"), rs.getInt("help"),
                                rs.getInt("open_deal_breaker") == 1, Rows.date(rs, "snoozed_until")));
                    }
                    return result;
                }
            }
        });
    }

    /** The one statement {@link #activity} runs for {@code query} (package-private for query-plan checks). */
    static String sql(ContactQuery query) {
        return ACTIVITY.replace(INNER_FILTER, filter(query, "ic.contact_id")) + filter(query, "c.id")
                + " ORDER BY c.sort_name, c.id";
    }

    /** The query's tag and text filter on the contact ids in {@code column}; empty when there is none. */
    private static String filter(ContactQuery query, String column) {
        StringBuilder sql = new StringBuilder();
        if (query.tag() != null) {
            sql.append(" AND ").append(column).append(" IN (SELECT contact_id FROM contact_tag")
                    .append(" WHERE tag_id = (SELECT id FROM tag WHERE name = ?))");
        }
        if (SearchText.matchExpression(query.text()) != null) {
            sql.append(" AND ").append(column)
                    .append(" IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
        }
        return sql.toString();
    }

    /** The parameters of {@link #sql}, in order: the windows, then the filter's (inside, then outside). */
    static List<Object> parameters(ContactQuery query, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(
                today.minusDays(RelationshipActivity.RECENT_DAYS).toString(),
                today.minusDays(RelationshipActivity.HELP_DAYS).toString(),
                today.toString()));
        List<Object> filter = new ArrayList<>();
        if (query.tag() != null) {
            filter.add(query.tag());
        }
        String match = SearchText.matchExpression(query.text());
        if (match != null) {
            filter.add(match);
        }
        parameters.addAll(filter);
        parameters.addAll(filter);
        return parameters;
    }

    @Override
    public void snooze(long contactId, LocalDate until) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO stay_in_touch_snooze (contact_id, until) VALUES (?, ?)
                    ON CONFLICT (contact_id) DO UPDATE SET until = excluded.until""")) {
                ps.setLong(1, contactId);
                Rows.setDate(ps, 2, until);
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public void clearSnooze(long contactId) {
        Rows.deleteById(database, "DELETE FROM stay_in_touch_snooze WHERE contact_id = ?", contactId);
    }
}
