package app.rapport.service;

import app.rapport.model.AttendeeBriefing;
import app.rapport.model.Briefing;
import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Meeting;
import app.rapport.model.StayInTouchCadence;
import app.rapport.model.Suggestion;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MeetingBriefing}: what the page before a meeting says about each attendee, and what it keeps back. */
class MeetingBriefingTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final StayInTouchCadence CADENCE = StayInTouchCadence.defaults();

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;
    private MeetingPlanner planner;
    private MeetingBriefing briefings;
    private IntroductionPlanner introductions;
    private Locale locale;

    @BeforeEach
    void open() throws DatabaseProblem {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        db = Database.open(dir.resolve("rapport.db"));
        book = new ContactBook(db, CLOCK);
        planner = new MeetingPlanner(db, CLOCK);
        introductions = new IntroductionPlanner(db, CLOCK);
        briefings = new MeetingBriefing(db, CLOCK, new IntroductionSuggestions(db, CLOCK));
    }

    @AfterEach
    void close() {
        db.close();
        Locale.setDefault(locale);
    }

    private Meeting meetingWith(Contact... attendees) {
        Meeting meeting = planner.save(Meeting.planned("BNI breakfast", LocalDateTime.of(2026, 11, 25, 7, 30),
                "The Old Bakery", ""));
        for (Contact attendee : attendees) {
            planner.addAttendee(meeting.id(), attendee.id());
        }
        return meeting;
    }

    private Interaction log(Contact who, InteractionKind kind, int daysAgo, String summary, boolean confidential,
                            LocalDate followUp) {
        return book.logInteraction(new Interaction(0, kind, TODAY.minusDays(daysAgo), summary, "", confidential,
                followUp, List.of(who.id())));
    }

    @Test
    void eachAttendeeIsDescribedInTheMeetingsOrder() {
        Contact ana = book.save(contact("Ana Silva").organisation("Sousa Bookkeeping").role("Bookkeeper")
                .city("Leeds").howWeMet("BNI").stage(TRUST).metOn(TODAY.minusYears(1))
                .needs("a printer for flyers").offers("bookkeeping").build());
        Contact ben = book.save(contact("Ben Okafor").stage(JUST_MET).build());
        log(ana, InteractionKind.CALL, 40, "Quarter-end call", false, null);
        log(ana, InteractionKind.EMAIL, 30, "Sent the VAT guide", false, null);
        log(ana, InteractionKind.MEETING, 12, "Coffee at Bean", false, null);
        log(ana, InteractionKind.MESSAGE, 5, "Asked about printers", false, null);
        log(ana, InteractionKind.CALL, -3, "Planned call", false, null); // not yet: not among the last three

        Briefing briefing = briefings.briefing(meetingWith(ben, ana).id(), CADENCE, false);

        assertEquals(List.of("Ben Okafor", "Ana Silva"),
                briefing.attendees().stream().map(AttendeeBriefing::name).toList());
        AttendeeBriefing about = briefing.attendees().get(1);
        assertEquals("Sousa Bookkeeping", about.organisation());
        assertEquals("Bookkeeper", about.role());
        assertEquals("Leeds", about.city());
        assertEquals("BNI", about.howWeMet());
        assertEquals(TRUST, about.stage());
        assertEquals(5, about.daysSinceLastInteraction());
        assertEquals(WarmthFormula.of(db.relationships().activityOf(List.of(ana.id()), TODAY).get(0),
                45, TODAY), about.warmth());
        assertEquals(List.of("Asked about printers", "Coffee at Bean", "Sent the VAT guide"),
                about.lastInteractions().stream().map(Interaction::summary).toList());
        assertEquals("a printer for flyers", about.needs());
        assertEquals("bookkeeping", about.offers());
        assertTrue(about.talkingPoints().contains("Ask how it's going with what they need: a printer for flyers"),
                about.talkingPoints().toString());

        AttendeeBriefing newcomer = briefing.attendees().get(0);
        assertNull(newcomer.daysSinceLastInteraction());
        assertEquals(List.of(), newcomer.lastInteractions());
        assertEquals(List.of("Nothing logged yet: ask what they're working on and who they'd like to meet"),
                newcomer.talkingPoints());
    }

    @Test
    void impressionsAreSortedIntoLikesDislikesAndDealBreakersWithTheirDecisions() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        book.noteImpression(ana.id(), ImpressionKind.LIKE, "Always on time", false);
        book.noteImpression(ana.id(), ImpressionKind.DISLIKE, "Talks over people", false);
        Impression open = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Cut corners on tax", false);
        Impression tolerated = book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "Cancels late", false);
        book.decide(tolerated.id(), DealBreakerDecision.TOLERATE);

        AttendeeBriefing about = briefings.briefing(meetingWith(ana).id(), CADENCE, false).attendees().get(0);

        assertEquals(List.of("Always on time"), about.likes().stream().map(Impression::text).toList());
        assertEquals(List.of("Talks over people"), about.dislikes().stream().map(Impression::text).toList());
        assertEquals(List.of(DealBreakerDecision.OPEN, DealBreakerDecision.TOLERATE),
                about.dealBreakers().stream().map(Impression::decision).toList());
        assertTrue(about.talkingPoints().contains("Deal-breaker still undecided: " + open.text()
                + ". Watch for it."), about.talkingPoints().toString());
    }

    @Test
    void confidentialImpressionsAndEntriesAreAbsentUnlessAskedFor() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        book.noteImpression(ana.id(), ImpressionKind.LIKE, "Loves sailing", false);
        book.noteImpression(ana.id(), ImpressionKind.DISLIKE, "SECRET going through a divorce", true);
        book.noteImpression(ana.id(), ImpressionKind.DEAL_BREAKER, "SECRET undeclared income", true);
        log(ana, InteractionKind.CALL, 3, "SECRET told me about the takeover", true, TODAY.plusDays(2));
        log(ana, InteractionKind.EMAIL, 8, "Sent the brochure", false, null);
        Meeting meeting = meetingWith(ana);

        Briefing kept = briefings.briefing(meeting.id(), CADENCE, false);
        assertFalse(kept.toString().contains("SECRET"), kept.toString());
        assertFalse(kept.includesConfidential());
        assertEquals(3, kept.withheld());
        AttendeeBriefing about = kept.attendees().get(0);
        assertEquals(List.of("Sent the brochure"), about.lastInteractions().stream().map(Interaction::summary).toList());
        assertEquals(List.of(), about.followUps());
        assertEquals(List.of(), about.dealBreakers());

        Briefing all = briefings.briefing(meeting.id(), CADENCE, true);
        assertTrue(all.includesConfidential());
        assertEquals(0, all.withheld());
        AttendeeBriefing everything = all.attendees().get(0);
        assertEquals(List.of("SECRET told me about the takeover", "Sent the brochure"),
                everything.lastInteractions().stream().map(Interaction::summary).toList());
        assertEquals(1, everything.followUps().size());
        assertEquals(List.of("SECRET going through a divorce"),
                everything.dislikes().stream().map(Impression::text).toList());
        assertTrue(everything.talkingPoints().get(0).startsWith("Follow up on \u201CSECRET told me"),
                everything.talkingPoints().toString());
    }

    @Test
    void followUpsAndOpenIntroductionsBecomeTalkingPoints() {
        Contact ana = book.save(contact("Ana Silva").stage(TRUST).build());
        Contact ben = book.save(contact("Ben Okafor").stage(TRUST).build());
        Contact cleo = book.save(contact("Cleo Park").stage(TRUST).build());
        log(ana, InteractionKind.CALL, 100, "Promised the tender contacts", false, TODAY.plusDays(1));
        introductions.plan(ana.id(), ben.id(), "Ben prints", "Ana keeps books", "", false);
        var closed = introductions.plan(ana.id(), cleo.id(), "x", "y", "", false);
        introductions.ask(closed.after().id(), app.rapport.model.Introduction.Side.B);
        introductions.answer(closed.after().id(), app.rapport.model.Introduction.Side.B, false); // a no closes it

        AttendeeBriefing about = briefings.briefing(meetingWith(ana).id(), CADENCE, false).attendees().get(0);

        assertEquals(List.of("Ben Okafor"), about.openIntroductions().stream()
                .map(s -> s.otherName(ana.id())).toList());
        assertEquals(List.of(
                        "Follow up on \u201CPromised the tender contacts\u201D (due 24 Nov 2026)",
                        "Ask whether they'd like to meet Ben Okafor: Ben prints",
                        "Pick up from last time (23 Nov 2026): Cleo Park declined to meet Ana Silva"),
                about.talkingPoints());
    }

    @Test
    void aLongSilenceComesFirst() {
        Contact ana = book.save(contact("Ana Silva").stage(TRUST).needs("a printer").build());
        log(ana, InteractionKind.CALL, 100, "Talked about the tender", false, null);

        AttendeeBriefing about = briefings.briefing(meetingWith(ana).id(), CADENCE, false).attendees().get(0);

        assertEquals(List.of("100 days since you were last in touch: catch up first",
                "Ask how it's going with what they need: a printer",
                "Pick up from last time (15 Aug 2026): Talked about the tender"), about.talkingPoints());
    }

    @Test
    void whoShouldMeetWhomHereAndInTheNetworkComeWithTheirReasons() {
        Contact ana = book.save(contact("Ana Silva").stage(TRUST).needs("a printer").offers("bookkeeping").build());
        Contact gareth = book.save(contact("Gareth Llewellyn").stage(TRUST).needs("a bookkeeper")
                .offers("printing").build());
        Contact cleo = book.save(contact("Cleo Park").stage(LIKE).needs("a videographer").build());
        Contact hiro = book.save(contact("Hiro Tanaka").stage(LIKE).offers("videography").build());

        Briefing briefing = briefings.briefing(meetingWith(ana, gareth, cleo).id(), CADENCE, false);

        assertEquals(1, briefing.amongAttendees().size());
        Suggestion here = briefing.amongAttendees().get(0);
        assertEquals(java.util.Set.of(ana.id(), gareth.id()), java.util.Set.of(here.contactA(), here.contactB()));
        assertTrue(here.bothWays());
        assertTrue(here.reasons().contains("Ana Silva needs a printer; Gareth Llewellyn offers printing"),
                here.reasons().toString());
        assertEquals(List.of(cleo.id()), briefing.withNetwork().stream().map(Suggestion::contactA).toList());
        assertEquals(hiro.id(), briefing.withNetwork().get(0).contactB());
        assertTrue(briefing.attendees().get(0).talkingPoints().stream()
                        .anyMatch(point -> point.startsWith("Introduce them to Gareth Llewellyn, who is here too: ")),
                briefing.attendees().get(0).talkingPoints().toString());
    }

    @Test
    void anArchivedAttendeeIsStillBriefedWithoutWarmth() {
        Contact ana = book.save(contact("Ana").stage(LIKE).build());
        Meeting meeting = meetingWith(ana);
        book.archive(ana.id());

        AttendeeBriefing about = briefings.briefing(meeting.id(), CADENCE, false).attendees().get(0);
        assertEquals("Ana", about.name());
        assertNull(about.warmth());
    }

    @Test
    void aMeetingWithNobodyExpectedHasAnEmptyBriefing() {
        Briefing briefing = briefings.briefing(meetingWith().id(), CADENCE, false);
        assertEquals(List.of(), briefing.attendees());
        assertEquals(List.of(), briefing.amongAttendees());
        assertEquals(List.of(), briefing.withNetwork());
        assertEquals("BNI breakfast", briefing.meeting().title());
    }
}
