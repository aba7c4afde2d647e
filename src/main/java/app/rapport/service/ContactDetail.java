package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.StageChange;

import java.util.List;

/**
 * Everything the contact's detail pane shows, read in one go: the contact, who introduced them (name, if any),
 * impressions, timeline (newest first) and stage history (oldest first).
 */
public record ContactDetail(Contact contact, String introducedByName, List<Impression> impressions,
                            List<Interaction> timeline, List<StageChange> stageHistory,
                            List<IntroductionSummary> introductions) {

    public boolean hasUnresolvedDealBreaker() {
        return impressions.stream().anyMatch(Impression::isUnresolvedDealBreaker);
    }
}
