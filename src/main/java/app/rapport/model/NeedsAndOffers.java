package app.rapport.model;

import java.util.List;

/**
 * What suggestions read of one contact: who they are, where the relationship stands, and what they need and offer
 * (their role and tags count as what they offer, or are).
 *
 * @param introducible the user could introduce them now: not archived, not parked, no undecided deal-breaker
 */
public record NeedsAndOffers(long contactId, String name, RelationshipStage stage, boolean introducible,
                             String needs, String offers, String role, List<String> tags) {

    public NeedsAndOffers {
        tags = List.copyOf(tags);
    }
}
