package app.rapport.model;

/** What the contact list shows of one person: enough to recognise them, nothing more. */
public record ContactSummary(long id, String name, String organisation, String role, RelationshipStage stage,
                             boolean hasUnresolvedDealBreaker, boolean archived) {
}
