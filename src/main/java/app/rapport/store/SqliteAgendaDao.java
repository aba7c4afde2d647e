package app.rapport.store;

import app.rapport.model.Introduction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Today.FollowUpDue;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.Section;
import app.rapport.model.Today.UndecidedDealBreaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * {@link AgendaDao} over SQLite. The statements are built by the static methods below, which the benchmark also
 * uses to show SQLite's plan for each.
 *
 * <p>Each list starts from what is rare: due follow-ups from their partial index, introductions, help received from
 * its partial index, undecided deal-breakers from theirs. Joins to the contacts are written {@code CROSS JOIN},
 * which SQLite takes as the order to join in: without statistics it would otherwise start from "every contact not
 * archived" (thinking that few) and read the whole network.
 *
 * <p>The cooling relationships are found without reading every interaction, or every contact: each contact's
 * latest interaction day is kept on the contact ({@code last_interaction_on}, schema V6, kept in step by
 * triggers), and the index {@code contact_stay_in_touch} orders the active contacts of each stage by the day their
 * stay-in-touch clock started. That day counts planned interactions too; for the contacts whose latest interaction
 * is after today, the latest up to today is looked up from their own interactions, so that Today and the board
 * always agree. That costs some microseconds per such contact, which is fine while planned interactions are a
 * small part of the network.
 */
final class SqliteAgendaDao implements AgendaDao {

    /** A statement and its parameters, in order. */
    record Query(String sql, List<Object> parameters) {
    }

    /** Reads one item of a list from the current row. */
    @FunctionalInterface
    private interface Item<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Database database;

    SqliteAgendaDao(Database database) {
        this.database = database;
    }

    // ------------------------------------------------------------------------------------------------ follow-ups

    /**
     * Timeline entries with a follow-up due, at least one of whose contacts is not archived: from the partial index
     * on follow-up days, in its order, so the list stops after {@code limit} entries.
     */
    private static final String FOLLOW_UPS_DUE = """
            FROM interaction i
            WHERE i.follow_up_on <= ?
              AND EXISTS (SELECT 1 FROM interaction_contact ic CROSS JOIN contact c
                          WHERE ic.interaction_id = i.id AND c.id = ic.contact_id AND c.archived = 0)""";

    /** A timeline entry with a follow-up due, before its people are read. */
    private record Due(long id, InteractionKind kind, LocalDate happenedOn, String summary, LocalDate followUpOn) {
    }

    @Override
    public Section<FollowUpDue> followUpsDue(LocalDate today, int limit) {
        checked(limit);
        return database.transaction(c -> {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, followUpsDueQuery(today, limit));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong("id"), InteractionKind.valueOf(rs.getString("kind")),
                            Rows.date(rs, "happened_on"), rs.getString("summary"), Rows.date(rs, "follow_up_on")));
                }
            }
            int total = due.isEmpty() && limit > 0 ? 0 : count(c, countFollowUpsDueQuery(today));
            return new Section<>(withPeople(c, due), total);
        });
    }

    /** The entries with everyone on them, in their stored order; a click opens the first who is not archived. */
    private static List<FollowUpDue> withPeople(Connection c, List<Due> due) throws SQLException {
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        Map<Long, Long> opens = new HashMap<>();
        try (PreparedStatement ps = prepare(c, followUpContactsQuery(due.stream().map(Due::id).toList()));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long interactionId = rs.getLong("interaction_id");
                names.computeIfAbsent(interactionId, k -> new ArrayList<>()).add(rs.getString("name"));
                if (rs.getInt("archived") == 0) {
                    opens.putIfAbsent(interactionId, rs.getLong("contact_id"));
                }
            }
        }
        List<FollowUpDue> entries = new ArrayList<>();
        for (Due entry : due) {
            entries.add(new FollowUpDue(entry.id(), opens.get(entry.id()), names.get(entry.id()), entry.kind(),
                    entry.happenedOn(), entry.summary(), entry.followUpOn()));
        }
        return entries;
    }

    static Query followUpsDueQuery(LocalDate today, int limit) {
        return new Query("SELECT i.id, i.kind, i.happened_on, i.summary, i.follow_up_on " + FOLLOW_UPS_DUE
                + "\nORDER BY i.follow_up_on, i.id LIMIT ?", List.of(today.toString(), limit));
    }

    static Query countFollowUpsDueQuery(LocalDate today) {
        return new Query("SELECT count(*) " + FOLLOW_UPS_DUE, List.of(today.toString()));
    }

    /** Everyone on these entries, each entry's contacts in their stored order (by id, as the timeline reads them). */
    static Query followUpContactsQuery(Collection<Long> interactionIds) {
        return new Query("""
                SELECT ic.interaction_id, ic.contact_id, c.name, c.archived
                FROM interaction_contact ic CROSS JOIN contact c
                WHERE ic.interaction_id IN (SELECT value FROM json_each(?)) AND c.id = ic.contact_id
                ORDER BY ic.interaction_id, ic.contact_id""", List.of(interactionIds.toString()));
    }

    // --------------------------------------------------------------------------------------------------- cooling

    /**
     * The day a contact's stay-in-touch clock started as far as the row knows: the later of when the relationship
     * began (met on, else added) and the latest interaction ('' when none). Written exactly as in the index
     * {@code contact_stay_in_touch}, so that SQLite reads it from there.
     */
    private static final String CLOCK_START =
            "max(coalesce(c.met_on, substr(c.created_at, 1, 10)), coalesce(c.last_interaction_on, ''))";
    /** The contact's own rhythm, 0 when they follow their stage's; as in the index. */
    private static final String OWN_DAYS = "coalesce(c.stay_in_touch_days, 0)";
    /**
     * When the stored latest interaction is planned (after today), the clock started at the latest interaction up to
     * today instead (or when the relationship began): looked up from the contact's own interactions.
     */
    private static final String CLOCK_START_UP_TO_TODAY = """
            CASE WHEN %1$s > ? THEN max(coalesce(c.met_on, substr(c.created_at, 1, 10)),
                                        coalesce((SELECT max(i.happened_on)
                                                  FROM interaction_contact ic CROSS JOIN interaction i
                                                  WHERE ic.contact_id = c.id AND i.id = ic.interaction_id
                                                    AND i.happened_on <= ?), ''))
                 ELSE %1$s END""".formatted(CLOCK_START);
    private static final String NOT_SNOOZED =
            "NOT EXISTS (SELECT 1 FROM stay_in_touch_snooze s WHERE s.contact_id = %s AND s.until > ?)";

    @Override
    public Section<Long> cooling(StayInTouchCadence cadence, LocalDate today, int limit) {
        return database.transaction(c -> section(c, coolingQuery(cadence, today, limit), limit,
                rs -> rs.getLong("id")));
    }

    /**
     * The relationships cooling today, the most overdue first, each row with how many there are in all. A
     * relationship is cooling when its clock started on or before today minus its rhythm (the stage's cutoff) and it
     * is not snoozed past today; how overdue it is, is the days since its clock started over its rhythm.
     *
     * <p>For those following their stage's rhythm whose latest interaction is not planned, the cooling ones are one
     * range of the index {@code contact_stay_in_touch} per stage, in order of the day their clock started, then
     * name: each stage's range is counted, and its first {@code limit} read (nobody further along a range can be more
     * overdue). The {@code unusual} ones, few in a network (their own rhythm, or a planned interaction), are all
     * worked out, and those cooling kept ({@code exceptions}). The first {@code limit} of all those read together are
     * the most overdue.
     */
    static Query coolingQuery(StayInTouchCadence cadence, LocalDate today, int limit) {
        String day = today.toString();
        List<RelationshipStage> stages = Arrays.stream(RelationshipStage.values()).filter(RelationshipStage::inFlow)
                .toList();
        String inFlow = stages.stream().map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(", "));
        String notSnoozed = NOT_SNOOZED.formatted("c.id");
        Statement sql = new Statement();

        sql.add("""
                WITH unusual AS MATERIALIZED (
                    SELECT c.id, c.sort_name, %1$s AS rhythm, %2$s AS started_on
                    FROM contact c INDEXED BY contact_stay_in_touch
                    WHERE c.archived = 0 AND c.stage IN (%3$s) AND %1$s > 0
                    UNION ALL
                    SELECT c.id, c.sort_name, CASE c.stage""".formatted(OWN_DAYS, CLOCK_START_UP_TO_TODAY, inFlow),
                day, day);
        for (RelationshipStage stage : stages) {
            sql.add(" WHEN '" + stage.name() + "' THEN ?", cadence.daysFor(stage));
        }
        sql.add("""
                 END AS rhythm,
                           %2$s AS started_on
                    FROM contact c INDEXED BY contact_stay_in_touch
                    WHERE c.archived = 0 AND c.stage IN (%3$s) AND %1$s = 0 AND %4$s > ?
                ),
                exceptions AS MATERIALIZED (
                    SELECT id, sort_name, started_on, rhythm FROM unusual
                    WHERE julianday(?) - julianday(started_on) >= rhythm AND %5$s
                ),
                cooling AS (
                """.formatted(OWN_DAYS, CLOCK_START_UP_TO_TODAY, inFlow, CLOCK_START, NOT_SNOOZED.formatted("id")),
                day, day, day, day, day);
        for (RelationshipStage stage : stages) {
            int rhythm = cadence.daysFor(stage);
            sql.add("""
                        SELECT * FROM (SELECT c.id, c.sort_name, %1$s AS started_on, ? AS rhythm
                                       FROM contact c INDEXED BY contact_stay_in_touch
                                       WHERE c.archived = 0 AND c.stage = ? AND %2$s = 0 AND %1$s <= ? AND %3$s
                                       ORDER BY %1$s, c.sort_name, c.id LIMIT ?)
                        UNION ALL
                    """.formatted(CLOCK_START, OWN_DAYS, notSnoozed),
                    rhythm, stage.name(), today.minusDays(rhythm).toString(), day, rowsFor(limit));
        }
        sql.add("""
                    SELECT id, sort_name, started_on, rhythm FROM exceptions
                )
                SELECT id, (SELECT count(*) FROM exceptions)""");
        for (RelationshipStage stage : stages) {
            int rhythm = cadence.daysFor(stage);
            sql.add("""

                           + (SELECT count(*) FROM contact c INDEXED BY contact_stay_in_touch
                              WHERE c.archived = 0 AND c.stage = ? AND %2$s = 0 AND %1$s <= ? AND %3$s)"""
                            .formatted(CLOCK_START, OWN_DAYS, notSnoozed),
                    stage.name(), today.minusDays(rhythm).toString(), day);
        }
        sql.add("""
                 AS total
                FROM cooling
                ORDER BY (julianday(?) - julianday(started_on)) / rhythm DESC, sort_name, id
                LIMIT ?""", day, rowsFor(limit));
        return sql.query();
    }

    /** A statement written piece by piece, each piece with its parameters. */
    private static final class Statement {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        void add(String text, Object... values) {
            sql.append(text);
            parameters.addAll(List.of(values));
        }

        Query query() {
            long marks = sql.chars().filter(ch -> ch == '?').count();
            if (marks != parameters.size()) {
                throw new IllegalStateException(marks + " parameters in the statement, " + parameters.size()
                        + " given");
            }
            return new Query(sql.toString(), List.copyOf(parameters));
        }
    }

    // ---------------------------------------------------------------------------------------- waiting for reply

    /** An introduction found waiting, with the two names; read whole through {@link IntroductionDao#find}. */
    private record Waiting(long id, String nameA, String nameB) {
    }

    @Override
    public Section<IntroductionSummary> waitingForReply(int limit) {
        return database.transaction(c -> {
            Section<Waiting> found = section(c, waitingForReplyQuery(limit), limit,
                    rs -> new Waiting(rs.getLong("id"), rs.getString("name_a"), rs.getString("name_b")));
            List<IntroductionSummary> waiting = new ArrayList<>();
            for (Waiting one : found.items()) {
                Introduction introduction = database.introductions().find(one.id())
                        .orElseThrow(() -> new NoSuchElementException("No introduction " + one.id()));
                waiting.add(new IntroductionSummary(introduction, one.nameA(), one.nameB()));
            }
            return new Section<>(waiting, found.total());
        });
    }

    /**
     * Open introductions with a side asked and not answered, between two contacts who are not archived, the ask
     * waited on longest first: the earlier of the sides still asked (the plan's day if an ask has no day).
     */
    static Query waitingForReplyQuery(int limit) {
        return new Query("""
                SELECT n.id, a.name AS name_a, b.name AS name_b, count(*) OVER () AS total
                FROM introduction n CROSS JOIN contact a CROSS JOIN contact b
                WHERE n.outcome IS NULL AND (n.side_a = 'ASKED' OR n.side_b = 'ASKED')
                  AND a.id = n.contact_a AND b.id = n.contact_b AND a.archived = 0 AND b.archived = 0
                ORDER BY min(CASE WHEN n.side_a = 'ASKED' THEN coalesce(n.asked_a, n.planned_on) ELSE '9999-12-31' END,
                             CASE WHEN n.side_b = 'ASKED' THEN coalesce(n.asked_b, n.planned_on) ELSE '9999-12-31' END),
                         n.id
                LIMIT ?""", List.of(rowsFor(limit)));
    }

    // ---------------------------------------------------------------------------------------------------- thanks

    @Override
    public Section<PersonToThank> peopleToThank(LocalDate from, LocalDate to, int limit) {
        return database.transaction(c -> section(c, peopleToThankQuery(from, to, limit), limit,
                rs -> new PersonToThank(rs.getLong("id"), rs.getString("name"), Rows.date(rs, "helped_on"))));
    }

    /**
     * The people of {@code SqliteSuggestionDao.helpedBetween} (the same statement's conditions), grouped by person,
     * with how many there are.
     */
    static Query peopleToThankQuery(LocalDate from, LocalDate to, int limit) {
        return new Query("SELECT c.id, c.name, max(i.happened_on) AS helped_on, count(*) OVER () AS total"
                + SqliteSuggestionDao.HELPED_BETWEEN + " GROUP BY c.id ORDER BY helped_on DESC, c.id LIMIT ?", List.of(from.toString(), to.toString(), rowsFor(limit)));
    }

    // -------------------------------------------------------------------------------------------- deal-breakers

    @Override
    public Section<UndecidedDealBreaker> undecidedDealBreakers(int limit) {
        return database.transaction(c -> section(c, undecidedDealBreakersQuery(limit), limit,
                rs -> new UndecidedDealBreaker(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("name"),
                        rs.getString("text"), Rows.date(rs, "noted_on"), rs.getInt("confidential") == 1)));
    }

    /** From the partial index of undecided deal-breakers (V1), oldest noted first. */
    static Query undecidedDealBreakersQuery(int limit) {
        return new Query("""
                SELECT i.id, i.contact_id, c.name, i.text, i.noted_on, i.confidential, count(*) OVER () AS total
                FROM impression i CROSS JOIN contact c
                WHERE i.decision = 'OPEN' AND c.id = i.contact_id AND c.archived = 0
                ORDER BY i.noted_on, i.id
                LIMIT ?""", List.of(rowsFor(limit)));
    }

    // -------------------------------------------------------------------------------------------------- meetings

    @Override
    public int upcomingMeetingCount(LocalDateTime from) {
        return database.transaction(c -> count(c, upcomingMeetingCountQuery(from)));
    }

    /** The same bound as {@code SqliteMeetingDao.upcoming}: text order of the stored minute is time order. */
    static Query upcomingMeetingCountQuery(LocalDateTime from) {
        return new Query("SELECT count(*) FROM meeting WHERE starts_at >= ?", List.of(from.toString()));
    }

    // ---------------------------------------------------------------------------------------------------- shared

    /** Every statement the Today screen's reads run, by what it reads (for the benchmark's query plans). */
    static Map<String, Query> statements(StayInTouchCadence cadence, LocalDate today, int limit) {
        Map<String, Query> all = new LinkedHashMap<>();
        all.put("follow-ups due", followUpsDueQuery(today, limit));
        all.put("follow-ups due, how many", countFollowUpsDueQuery(today));
        all.put("follow-ups due, who is on them", followUpContactsQuery(List.of(1L, 2L, 3L)));
        all.put("cooling", coolingQuery(cadence, today, limit));
        all.put("waiting for a reply", waitingForReplyQuery(limit));
        all.put("people to thank", peopleToThankQuery(today.minusDays(90), today, limit));
        all.put("undecided deal-breakers", undecidedDealBreakersQuery(limit));
        all.put("upcoming meetings, how many", upcomingMeetingCountQuery(today.atStartOfDay()));
        return all;
    }

    static PreparedStatement prepare(Connection c, Query query) throws SQLException {
        PreparedStatement ps = c.prepareStatement(query.sql());
        try {
            for (int i = 0; i < query.parameters().size(); i++) {
                ps.setObject(i + 1, query.parameters().get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * The first {@code limit} items of a statement whose rows each carry how many there are in all ({@code total}).
     * At least one row is read even for a limit of 0, to learn the total.
     */
    private static <T> Section<T> section(Connection c, Query query, int limit, Item<T> item) throws SQLException {
        List<T> items = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = prepare(c, query); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                total = rs.getInt("total");
                if (items.size() < limit) {
                    items.add(item.read(rs));
                }
            }
        }
        return new Section<>(items, total);
    }

    private static int count(Connection c, Query query) throws SQLException {
        try (PreparedStatement ps = prepare(c, query); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The LIMIT for a list of {@code limit} items: at least one row, which carries the total. */
    private static int rowsFor(int limit) {
        return Math.max(1, checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        return limit;
    }
}
