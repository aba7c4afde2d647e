package app.rapport.model;

import java.time.LocalDate;
import java.util.Objects;

/** One step in a relationship's history: from one stage to another, on a date, with an optional reason. */
public record StageChange(long id, long contactId, RelationshipStage from, RelationshipStage to, LocalDate changedOn,
                          String reason) {
    public StageChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedOn, "changedOn");
        reason = reason == null ? "" : reason;
    }
}
