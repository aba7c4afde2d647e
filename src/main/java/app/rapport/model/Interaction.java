package app.rapport.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A dated event with one or more contacts: a call, a meeting, a referral given, advice asked... */
public record Interaction(
        long id,
        InteractionKind kind,
        LocalDate happenedOn,
        String summary,
        String notes,
        boolean confidential,
        LocalDate followUpOn,
        List<Long> contactIds) {

    public Interaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(happenedOn, "happenedOn");
        summary = summary == null ? "" : summary;
        notes = notes == null ? "" : notes;
        contactIds = List.copyOf(contactIds);
    }

    /** A new, not yet stored interaction. */
    public static Interaction draft(InteractionKind kind, LocalDate happenedOn, String summary, LocalDate followUpOn,
                                    List<Long> contactIds) {
        return new Interaction(0, kind, happenedOn, summary, "", false, followUpOn, contactIds);
    }
}
