package app.rapport.store;

import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.RelationshipStage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reference for {@link RelationshipDao#activity}: one contact's activity worked out the plain way, with one
 * query per table and the counting done in Java. RelationshipDaoTest and the board benchmark check the one-query
 * aggregation against it.
 */
public final class PlainRelationshipActivity {

    /** Help either way, as the issue lists it: referrals, advice, help and introductions. */
    public static final Set<InteractionKind> HELP = EnumSet.of(InteractionKind.REFERRAL_GIVEN,
            InteractionKind.REFERRAL_RECEIVED, InteractionKind.ADVICE_ASKED, InteractionKind.ADVICE_GIVEN,
            InteractionKind.HELP_GIVEN, InteractionKind.HELP_RECEIVED, InteractionKind.INTRODUCTION);

    private PlainRelationshipActivity() {
    }

    /** The contact's activity as of {@code today} (whether archived or not). */
    public static RelationshipActivity of(Database database, long contactId, LocalDate today) {
        return database.transaction(c -> {
            String name;
            String organisation;
            RelationshipStage stage;
            Integer ownDays;
            LocalDate knownSince;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM contact WHERE id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("No contact " + contactId);
                    }
                    name = rs.getString("name");
                    organisation = rs.getString("organisation");
                    stage = RelationshipStage.valueOf(rs.getString("stage"));
                    ownDays = Rows.nullableInt(rs, "stay_in_touch_days");
                    String metOn = rs.getString("met_on");
                    knownSince = LocalDate.parse(metOn != null ? metOn : rs.getString("created_at").substring(0, 10));
                }
            }
            LocalDate last = null;
            int recent = 0;
            int help = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.kind, i.happened_on FROM interaction i
                    WHERE i.id IN (SELECT interaction_id FROM interaction_contact WHERE contact_id = ?)""")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate on = LocalDate.parse(rs.getString("happened_on"));
                        if (on.isAfter(today)) {
                            continue;
                        }
                        long daysAgo = ChronoUnit.DAYS.between(on, today);
                        last = last == null || on.isAfter(last) ? on : last;
                        if (daysAgo < RelationshipActivity.RECENT_DAYS) {
                            recent++;
                        }
                        if (daysAgo < RelationshipActivity.HELP_DAYS
                                && HELP.contains(InteractionKind.valueOf(rs.getString("kind")))) {
                            help++;
                        }
                    }
                }
            }
            boolean openDealBreaker = false;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, decision FROM impression WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        openDealBreaker |= "DEAL_BREAKER".equals(rs.getString("kind"))
                                && "OPEN".equals(rs.getString("decision"));
                    }
                }
            }
            LocalDate snoozedUntil = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT until FROM stay_in_touch_snooze WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        snoozedUntil = LocalDate.parse(rs.getString(1));
                    }
                }
            }
            return new RelationshipActivity(contactId, name, organisation, stage, ownDays, knownSince, last, recent,
                    help, openDealBreaker, snoozedUntil);
        });
    }
}
