package app.rapport.service;

import app.rapport.model.AttendeeBriefing;
import app.rapport.model.Briefing;
import app.rapport.model.Contact;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipActivity;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Suggestion;
import app.rapport.model.Warmth;
import app.rapport.store.Database;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;

/**
 * The page to read before a meeting: for each expected attendee, who they are, how the relationship stands, what
 * was said lately, what they are like, what they need and offer, what is open, and what to talk about; then who
 * should meet whom there. Confidential impressions and timeline entries are left out unless the user asks for them
 * (and then the briefing says it includes them). Methods block on the database: call them from a background task.
 *
 * <p>Built from one read transaction: the attendees' activity in one query ({@code RelationshipDao.activityOf}),
 * then each attendee's own records by index, and the pairs from {@link IntroductionSuggestions}' group methods,
 * which share their lookups across the attendees.
 */
public final class MeetingBriefing {

    /** Timeline entries shown per attendee. */
    public static final int LAST_INTERACTIONS = 3;
    /** Talking points per attendee, at most. */
    public static final int TALKING_POINTS = 5;
    /** Pairs among the attendees, at most. */
    public static final int PAIRS_HERE = 10;
    /** Suggestions of someone else in the network, per attendee. */
    public static final int PAIRS_WITH_NETWORK_EACH = 1;
    /** Days without contact from which catching up becomes a talking point. */
    static final int LONG_TIME_DAYS = 90;
    /** Longest quote of the user's own text in a talking point. */
    private static final int QUOTE = 90;

    private final Database database;
    private final Clock clock;
    private final IntroductionSuggestions suggestions;
    private final ResourceBundle texts = ResourceBundle.getBundle("app.rapport.service.talking-points");
    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    public MeetingBriefing(Database database, Clock clock, IntroductionSuggestions suggestions) {
        this.database = database;
        this.clock = clock;
        this.suggestions = suggestions;
    }

    /**
     * The briefing for the meeting as it stands now.
     *
     * @param includeConfidential whether confidential impressions and timeline entries are in it
     */
    public Briefing briefing(long meetingId, StayInTouchCadence cadence, boolean includeConfidential) {
        LocalDate today = LocalDate.now(clock);
        return database.transaction(c -> {
            Meeting meeting = database.meetings().find(meetingId)
                    .orElseThrow(() -> new NoSuchElementException("No meeting with id " + meetingId));
            List<Long> ids = meeting.attendeeIds();
            Map<Long, RelationshipActivity> activity = new HashMap<>();
            for (RelationshipActivity one : database.relationships().activityOf(ids, today)) {
                activity.put(one.contactId(), one);
            }
            List<Suggestion> here = pairsHere(ids);
            List<Suggestion> network = pairsWithNetwork(ids);
            Names names = new Names();
            List<AttendeeBriefing> attendees = new ArrayList<>();
            for (long id : ids) {
                Contact contact = database.contacts().find(id).orElse(null);
                if (contact != null) {
                    names.known.put(id, contact.name());
                    attendees.add(attendee(contact, activity.get(id), cadence, today, includeConfidential, here,
                            names));
                }
            }
            return new Briefing(meeting, attendees, here, network, includeConfidential);
        });
    }

    private List<Suggestion> pairsHere(List<Long> ids) {
        return suggestions.among(ids, PAIRS_HERE);
    }

    private List<Suggestion> pairsWithNetwork(List<Long> ids) {
        return suggestions.withRestOfNetwork(ids, PAIRS_WITH_NETWORK_EACH);
    }

    private AttendeeBriefing attendee(Contact contact, RelationshipActivity activity, StayInTouchCadence cadence,
                                      LocalDate today, boolean includeConfidential, List<Suggestion> here,
                                      Names names) {
        long id = contact.id();
        int withheld = 0;
        List<Impression> likes = new ArrayList<>();
        List<Impression> dislikes = new ArrayList<>();
        List<Impression> dealBreakers = new ArrayList<>();
        for (Impression impression : database.impressions().forContact(id)) {
            if (impression.confidential() && !includeConfidential) {
                withheld++;
                continue;
            }
            (impression.kind() == ImpressionKind.LIKE ? likes
                    : impression.kind() == ImpressionKind.DISLIKE ? dislikes : dealBreakers).add(impression);
        }
        List<Interaction> last = new ArrayList<>();
        List<Interaction> followUps = new ArrayList<>();
        for (Interaction interaction : database.interactions().forContact(id)) { // newest first
            boolean lastOne = last.size() < LAST_INTERACTIONS && !interaction.happenedOn().isAfter(today);
            boolean followUp = interaction.followUpOn() != null;
            if ((lastOne || followUp) && interaction.confidential() && !includeConfidential) {
                withheld++;
                continue;
            }
            if (lastOne) {
                last.add(interaction);
            }
            if (followUp) {
                followUps.add(interaction);
            }
        }
        followUps.sort(Comparator.comparing(Interaction::followUpOn));
        List<IntroductionSummary> open = new ArrayList<>();
        for (Introduction introduction : database.introductions().forContact(id)) {
            if (introduction.open()) {
                open.add(new IntroductionSummary(introduction, names.of(introduction.contactA()),
                        names.of(introduction.contactB())));
            }
        }
        Warmth warmth = activity == null ? null
                : WarmthFormula.of(activity, cadence.daysFor(contact.stage(), contact.stayInTouchDays()), today);
        Integer days = activity == null ? null : activity.daysSinceLastInteraction(today);
        List<String> points = talkingPoints(id, days, last, likes, dealBreakers, contact.needs(), open, followUps,
                here);
        return new AttendeeBriefing(id, contact.name(), contact.organisation(), contact.role(), contact.city(),
                contact.howWeMet(), contact.stage(), warmth, days, last, likes, dislikes, dealBreakers,
                contact.needs(), contact.offers(), open, followUps, points, withheld);
    }

    // ------------------------------------------------------------------------------------------ talking points

    /**
     * What to bring up, most pressing first: a long silence, follow-ups promised, introductions under way, someone
     * else at the meeting they should meet, what they need, where the last conversation left off, an undecided
     * deal-breaker to watch for, something they like; or, with nothing logged, a first conversation.
     */
    private List<String> talkingPoints(long id, Integer days, List<Interaction> last, List<Impression> likes,
                                       List<Impression> dealBreakers, String needs, List<IntroductionSummary> open,
                                       List<Interaction> followUps, List<Suggestion> here) {
        List<String> points = new ArrayList<>();
        if (days != null && days >= LONG_TIME_DAYS) {
            points.add(text("point.longTime", days));
        }
        for (Interaction followUp : followUps) {
            points.add(text("point.followUp", quote(followUp.summary()), dates.format(followUp.followUpOn())));
        }
        for (IntroductionSummary summary : open) {
            String point = introductionPoint(id, summary);
            if (point != null) {
                points.add(point);
            }
        }
        for (Suggestion pair : here) {
            if (pair.contactA() == id || pair.contactB() == id) {
                String other = pair.contactA() == id ? pair.nameB() : pair.nameA();
                points.add(text("point.here", other, pair.reasons().isEmpty() ? "" : pair.reasons().get(0)));
                break;
            }
        }
        if (!needs.isBlank()) {
            points.add(text("point.needs", quote(needs)));
        }
        if (!last.isEmpty() && !last.get(0).summary().isBlank()) {
            points.add(text("point.lastTime", dates.format(last.get(0).happenedOn()), quote(last.get(0).summary())));
        }
        dealBreakers.stream().filter(Impression::isUnresolvedDealBreaker).findFirst()
                .ifPresent(open1 -> points.add(text("point.dealBreaker", quote(open1.text()))));
        if (!likes.isEmpty()) {
            points.add(text("point.like", quote(likes.get(0).text())));
        }
        if (days == null && last.isEmpty()) {
            points.add(text("point.firstTalk"));
        }
        return points.subList(0, Math.min(TALKING_POINTS, points.size()));
    }

    /** What to say about an open introduction, from where this attendee's side of it stands. */
    private String introductionPoint(long id, IntroductionSummary summary) {
        Introduction introduction = summary.introduction();
        Introduction.Side side = introduction.contactA() == id ? Introduction.Side.A : Introduction.Side.B;
        Introduction.Side otherSide = side == Introduction.Side.A ? Introduction.Side.B : Introduction.Side.A;
        String other = summary.name(otherSide);
        if (introduction.status() == IntroductionStatus.INTRODUCED) {
            return text("point.introduction.INTRODUCED", other, dates.format(introduction.introducedOn()));
        }
        OptIn mine = introduction.optIn(side);
        if (mine == OptIn.NOT_ASKED) {
            return text("point.introduction.IDEA", other, quote(introduction.why(side)));
        }
        if (mine == OptIn.ASKED) {
            return text("point.introduction.ASKED", other);
        }
        if (mine == OptIn.AGREED && introduction.optIn(otherSide) != OptIn.AGREED) {
            return text("point.introduction.AGREED", other);
        }
        return null;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.getDefault()).format(arguments);
    }

    /** The user's text on one line, cut short for a talking point. */
    private static String quote(String text) {
        return ContactValidator.cut(text.strip().replaceAll("\\s+", " "), QUOTE);
    }

    /** Contact names read once per briefing. */
    private final class Names {
        final Map<Long, String> known = new HashMap<>();

        String of(long contactId) {
            return known.computeIfAbsent(contactId,
                    id -> database.contacts().find(id).map(Contact::name).orElse("?"));
        }
    }
}
