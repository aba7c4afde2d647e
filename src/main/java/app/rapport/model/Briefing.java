package app.rapport.model;

import java.util.List;

/**
 * The page to read before a meeting: the meeting, each expected attendee in the meeting's order, and who should
 * meet whom there.
 *
 * @param amongAttendees       pairs of attendees who should meet, best first
 * @param withNetwork          for attendees, someone else in the network they should meet, best first
 * @param includesConfidential whether confidential notes and impressions are in it (the user asked)
 */
public record Briefing(Meeting meeting, List<AttendeeBriefing> attendees, List<Suggestion> amongAttendees,
                       List<Suggestion> withNetwork, boolean includesConfidential) {

    public Briefing {
        attendees = List.copyOf(attendees);
        amongAttendees = List.copyOf(amongAttendees);
        withNetwork = List.copyOf(withNetwork);
    }

    /** How many confidential items were left out, over all attendees. */
    public int withheld() {
        return attendees.stream().mapToInt(AttendeeBriefing::withheld).sum();
    }
}
