package app.rapport.store;

import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class SqliteInteractionDao implements InteractionDao {

    private final Database database;

    SqliteInteractionDao(Database database) {
        this.database = database;
    }

    @Override
    public Interaction add(Interaction interaction) {
        if (interaction.contactIds().isEmpty()) {
            throw new IllegalArgumentException("An interaction needs at least one contact");
        }
        // Each contact once, in the order the timeline reads them back (by id): what add returns is what is stored.
        List<Long> contactIds = interaction.contactIds().stream().distinct().sorted().toList();
        return database.transaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO interaction (kind, happened_on, summary, notes, confidential, follow_up_on)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, interaction.kind().name());
                Rows.setDate(ps, 2, interaction.happenedOn());
                ps.setString(3, interaction.summary());
                ps.setString(4, interaction.notes());
                ps.setInt(5, interaction.confidential() ? 1 : 0);
                Rows.setDate(ps, 6, interaction.followUpOn());
                ps.executeUpdate();
                id = Rows.generatedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)")) {
                for (long contactId : contactIds) {
                    ps.setLong(1, id);
                    ps.setLong(2, contactId);
                    ps.executeUpdate();
                }
            }
            return new Interaction(id, interaction.kind(), interaction.happenedOn(), interaction.summary(),
                    interaction.notes(), interaction.confidential(), interaction.followUpOn(), contactIds);
        });
    }

    @Override
    public List<Interaction> forContact(long contactId) {
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.*, all_ic.contact_id AS with_contact
                    FROM interaction_contact mine
                    JOIN interaction i ON i.id = mine.interaction_id
                    JOIN interaction_contact all_ic ON all_ic.interaction_id = i.id
                    WHERE mine.contact_id = ?
                    ORDER BY i.happened_on DESC, i.id DESC, all_ic.contact_id""")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<Long, Interaction> byId = new LinkedHashMap<>();
                    Map<Long, List<Long>> contacts = new LinkedHashMap<>();
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        contacts.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong("with_contact"));
                        if (!byId.containsKey(id)) {
                            byId.put(id, new Interaction(id, InteractionKind.valueOf(rs.getString("kind")),
                                    Rows.date(rs, "happened_on"), rs.getString("summary"), rs.getString("notes"),
                                    rs.getInt("confidential") == 1, Rows.date(rs, "follow_up_on"), List.of()));
                        }
                    }
                    List<Interaction> result = new ArrayList<>();
                    byId.forEach((id, i) -> result.add(new Interaction(id, i.kind(), i.happenedOn(), i.summary(),
                            i.notes(), i.confidential(), i.followUpOn(), contacts.get(id))));
                    return result;
                }
            }
        });
    }

    @Override
    public void delete(long interactionId) {
        Rows.deleteById(database, "DELETE FROM interaction WHERE id = ?", interactionId);
    }

    @Override
    public void unlink(long interactionId, long contactId) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM interaction_contact WHERE interaction_id = ? AND contact_id = ?")) {
                ps.setLong(1, interactionId);
                ps.setLong(2, contactId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public LocalDate setFollowUp(long interactionId, LocalDate on) {
        return database.transaction(c -> {
            LocalDate before;
            try (PreparedStatement ps = c.prepareStatement("SELECT follow_up_on FROM interaction WHERE id = ?")) {
                ps.setLong(1, interactionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("No interaction with id " + interactionId);
                    }
                    before = Rows.date(rs, "follow_up_on");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE interaction SET follow_up_on = ? WHERE id = ?")) {
                Rows.setDate(ps, 1, on);
                ps.setLong(2, interactionId);
                ps.executeUpdate();
            }
            return before;
        });
    }

    @Override
    public void restore(Interaction interaction) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR IGNORE INTO interaction (id, kind, happened_on, summary, notes, confidential, follow_up_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, interaction.id());
                ps.setString(2, interaction.kind().name());
                Rows.setDate(ps, 3, interaction.happenedOn());
                ps.setString(4, interaction.summary());
                ps.setString(5, interaction.notes());
                ps.setInt(6, interaction.confidential() ? 1 : 0);
                Rows.setDate(ps, 7, interaction.followUpOn());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)")) {
                for (long contactId : interaction.contactIds()) {
                    ps.setLong(1, interaction.id());
                    ps.setLong(2, contactId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
