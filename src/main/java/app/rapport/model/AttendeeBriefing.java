package app.rapport.model;

import java.util.List;

/**
 * What to know about one person before meeting them: who they are, how the relationship stands, what was said
 * lately, what they like and where the user draws the line, what they need and offer, what is open between
 * them, and what to talk about.
 *
 * @param daysSinceLastInteraction null when nothing is logged yet
 * @param lastInteractions         the latest three timeline entries, newest first
 * @param dealBreakers             decided or not; each carries its decision
 * @param openIntroductions        introductions with this person not closed yet
 * @param followUps                timeline entries with a follow-up date still set, soonest first
 * @param talkingPoints            what to bring up, drawn from the above
 * @param withheld                 how many confidential notes and impressions were left out of this briefing
 */
public record AttendeeBriefing(long contactId, String name, String organisation, String role, String city,
                               String howWeMet, RelationshipStage stage, Warmth warmth,
                               Integer daysSinceLastInteraction, List<Interaction> lastInteractions,
                               List<Impression> likes, List<Impression> dislikes, List<Impression> dealBreakers,
                               String needs, String offers, List<IntroductionSummary> openIntroductions,
                               List<Interaction> followUps, List<String> talkingPoints, int withheld) {

    public AttendeeBriefing {
        lastInteractions = List.copyOf(lastInteractions);
        likes = List.copyOf(likes);
        dislikes = List.copyOf(dislikes);
        dealBreakers = List.copyOf(dealBreakers);
        openIntroductions = List.copyOf(openIntroductions);
        followUps = List.copyOf(followUps);
        talkingPoints = List.copyOf(talkingPoints);
    }
}
