package app.rapport.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person in the user's network.
 *
 * <p>Text fields are never null (empty means "not known"); {@code metOn}, {@code introducedById},
 * {@code stayInTouchDays}, {@code createdAt} and {@code updatedAt} may be null. An id of 0 means "not stored yet".
 */
public record Contact(
        long id,
        String name,
        String organisation,
        String role,
        List<String> emails,
        List<String> phones,
        String link,
        String city,
        String howWeMet,
        String whereWeMet,
        LocalDate metOn,
        Long introducedById,
        String needs,
        String offers,
        List<String> tags,
        String notes,
        RelationshipStage stage,
        Integer stayInTouchDays,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    public Contact {
        name = text(name);
        organisation = text(organisation);
        role = text(role);
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        link = text(link);
        city = text(city);
        howWeMet = text(howWeMet);
        whereWeMet = text(whereWeMet);
        needs = text(needs);
        offers = text(offers);
        tags = List.copyOf(tags == null ? List.of() : tags);
        notes = text(notes);
        stage = Objects.requireNonNullElse(stage, RelationshipStage.JUST_MET);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A new, not yet stored contact with only a name, just met. */
    public static Contact named(String name) {
        return new Contact(0, name, "", "", List.of(), List.of(), "", "", "", "", null, null, "", "", List.of(), "",
                RelationshipStage.JUST_MET, null, false, null, null);
    }

    public Contact withId(long newId) {
        return new Contact(newId, name, organisation, role, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, stage, stayInTouchDays, archived, createdAt, updatedAt);
    }

    public Contact withOrganisation(String newOrganisation, String newRole) {
        return new Contact(id, name, newOrganisation, newRole, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, stage, stayInTouchDays, archived, createdAt, updatedAt);
    }

    public Contact withStage(RelationshipStage newStage) {
        return new Contact(id, name, organisation, role, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, newStage, stayInTouchDays, archived, createdAt, updatedAt);
    }

    public Contact withTimestamps(Instant created, Instant updated) {
        return new Contact(id, name, organisation, role, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, stage, stayInTouchDays, archived, created, updated);
    }

    /**
     * True when the two describe the same person with the same details, ignoring the store's bookkeeping
     * (timestamps and archived flag). Used to tell whether a form holds unsaved edits.
     */
    public boolean sameDetailsAs(Contact other) {
        return other != null && withTimestamps(null, null).withArchived(false)
                .equals(other.withTimestamps(null, null).withArchived(false));
    }

    public Contact withArchived(boolean newArchived) {
        return new Contact(id, name, organisation, role, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, stage, stayInTouchDays, newArchived, createdAt, updatedAt);
    }
}
