package app.rapport.service;

import app.rapport.model.AttendeeBriefing;
import app.rapport.model.Briefing;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Suggestion;
import app.rapport.model.Warmth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A meeting briefing saved as a page: what a reader sees in it, and that nothing the user wrote becomes markup. */
class BriefingHtmlTest {

    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 11, 30, 18, 30);
    private static final LocalDate DAY = STARTS.toLocalDate();
    private static final Locale UK = Locale.UK;

    private static final Meeting BREAKFAST = new Meeting(5, "BNI breakfast", STARTS, "The Old Mill, Leeds",
            "Bring cards.\nAsk Ana about the tender.", List.of(1L, 2L));

    // ---- the meeting ---------------------------------------------------------------------------------------------

    @Test
    void thePageIsAnHtml5DocumentTitledAfterTheMeeting() {
        String html = BriefingHtml.render(fullBriefing(), UK);
        Document page = Jsoup.parse(html);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset").toLowerCase(Locale.ROOT));
        assertEquals("BNI breakfast", page.title());
        assertEquals("BNI breakfast", page.selectFirst("h1").text());
        assertEquals("Monday, 30 November 2026, 18:30", page.selectFirst(".when").text());
        assertEquals("Where: The Old Mill, Leeds", page.selectFirst(".place").text());
        Element notes = page.selectFirst(".notes .text");
        assertEquals("Bring cards. Ask Ana about the tender.", notes.text());
        assertEquals(1, notes.select("br").size(), "the line break is kept");
    }

    @Test
    void theMeetingsDateIsWrittenForTheLocale() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), Locale.GERMANY));

        assertEquals("Montag, 30. November 2026, 18:30", page.selectFirst(".when").text());
    }

    @Test
    void aMeetingWithoutTitlePlaceOrNotesIsNamedByItsDayAndLeavesTheRestOut() {
        Meeting bare = Meeting.planned("  ", STARTS, "", "");
        Document page = Jsoup.parse(BriefingHtml.render(new Briefing(bare, List.of(), List.of(), List.of(), false),
                UK));

        assertEquals("Meeting on 30 Nov 2026", page.title());
        assertEquals("Meeting on 30 Nov 2026", page.selectFirst("h1").text());
        assertNull(page.selectFirst(".place"));
        assertNull(page.selectFirst(".notes"));
    }

    // ---- the attendees -------------------------------------------------------------------------------------------

    @Test
    void eachAttendeeHasASectionInTheMeetingsOrderWithStageWarmthAndLastContact() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));

        Elements sections = page.select("section.attendee");
        assertEquals(List.of("Ana Silva", "Ben Okafor"), sections.select("h2").eachText());
        Element ana = sections.get(0);
        assertEquals("Sousa Bookkeeping · Bookkeeper · Leeds", ana.selectFirst(".who").text());
        assertEquals("How we met: Introduced by Ben at the Chamber mixer", ana.selectFirst(".met").text());
        assertEquals("Like · Warm (62) · last in touch 12 days ago", ana.selectFirst(".relationship").text());
        assertEquals("Trust · Hot (80) · nothing logged yet", sections.get(1).selectFirst(".relationship").text());
    }

    @Test
    void everyStageAndWarmthLevelUsesTheScreensWords() {
        ResourceBundle screens = ResourceBundle.getBundle("app.rapport.ui.messages", Locale.ROOT);
        List<AttendeeBriefing> everyone = new ArrayList<>();
        int[] scores = {0, 30, 55, 100, 24, 75};
        for (RelationshipStage stage : RelationshipStage.values()) {
            everyone.add(person(stage.ordinal() + 1, stage.name()).stage(stage)
                    .warmth(scores[stage.ordinal()]).daysAgo(stage.ordinal()).build());
        }
        Document page = Jsoup.parse(BriefingHtml.render(briefing(everyone, List.of(), List.of(), false), UK));

        Elements lines = page.select("section.attendee .relationship");
        for (RelationshipStage stage : RelationshipStage.values()) {
            Element line = lines.get(stage.ordinal());
            assertEquals(screens.getString("stage." + stage.name()), line.selectFirst(".stage").text());
            Warmth warmth = new Warmth(scores[stage.ordinal()]);
            assertEquals(screens.getString("warmth." + warmth.level().name()) + " (" + warmth.score() + ")",
                    line.selectFirst(".warmth").text());
        }
        assertEquals("last in touch today", lines.get(0).selectFirst(".last").text());
        assertEquals("last in touch yesterday", lines.get(1).selectFirst(".last").text());
        assertEquals("last in touch 2 days ago", lines.get(2).selectFirst(".last").text());
    }

    @Test
    void theLastInteractionsShowDateKindAndSummaryInTheScreensWords() {
        ResourceBundle screens = ResourceBundle.getBundle("app.rapport.ui.messages", Locale.ROOT);
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));

        assertEquals(List.of("18 Nov 2026 · Call · Coffee about the tender",
                        "2 Nov 2026 · Referral given · Sent her the Leeds dental practice",
                        "20 Oct 2026 · Met"),
                page.select("#attendee-1 .interactions li").eachText());

        List<Interaction> everyKind = new ArrayList<>();
        for (InteractionKind kind : InteractionKind.values()) {
            everyKind.add(interaction(kind, DAY.minusDays(kind.ordinal()), "", false));
        }
        Document kinds = Jsoup.parse(BriefingHtml.render(
                briefing(List.of(person(1, "Ana Silva").interactions(everyKind).build()), List.of(), List.of(), false),
                UK));
        Elements shown = kinds.select(".interactions .kind");
        for (InteractionKind kind : InteractionKind.values()) {
            assertEquals(screens.getString("interaction." + kind.name()), shown.get(kind.ordinal()).text());
        }
    }

    @Test
    void impressionsAreListedAndEachDealBreakerSaysWhatWasDecided() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));
        Element ana = page.selectFirst("#attendee-1");

        assertEquals(List.of("Last interactions", "Likes", "Dislikes", "Deal-breakers", "Needs", "Offers", "Open introductions",
                "Follow-ups", "Talking points"), ana.select("h3").eachText());
        assertEquals(List.of("Punctual, and follows up", "Generous with her time"), ana.select(".likes li").eachText());
        assertEquals(List.of("Talks over people"), ana.select(".dislikes li").eachText());
        assertEquals(List.of("Cuts corners on VAT — undecided", "Always late — tolerated",
                "Bad-mouths clients — walked away"), ana.select(".deal-breakers li").eachText());
        assertEquals("A website that brings clients", ana.selectFirst("p.needs").text());
        assertEquals("Bookkeeping for small firms. VAT returns too", ana.selectFirst("p.offers").text());
        assertEquals(1, ana.select("p.offers br").size());
    }

    @Test
    void openIntroductionsFollowUpsAndTalkingPointsAreListed() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));
        Element ana = page.selectFirst("#attendee-1");

        assertEquals(List.of("With Cara Diaz · Asking · Ana Silva: agreed · Cara Diaz: asked, waiting for an answer"
                                + " · follow up by 3 Dec 2026 Why Ana Silva gains: Cara drafts contracts",
                        "With Dan Wu · Introduced 1 Nov 2026"),
                ana.select(".introductions > li").eachText());
        assertEquals(List.of("25 Nov 2026 · Send the VAT checklist", "1 Dec 2026 · Call"),
                ana.select(".follow-ups li").eachText());
        assertEquals(List.of("Ask how the tender went", "Thank her for the referral"),
                ana.select(".talking-points li").eachText());
    }

    @Test
    void emptyPartsOfAnAttendeeLeaveNoHeadingBehind() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));

        Element ben = page.selectFirst("#attendee-2");
        assertTrue(ben.select("h3, ul, .who, .met").isEmpty(), ben.outerHtml());
        for (Element heading : page.select("h2, h3")) {
            Element next = heading.nextElementSibling();
            assertNotNull(next, "something under " + heading.text());
            assertFalse(next.text().isBlank(), "something under " + heading.text());
        }
    }

    // ---- who should meet whom ------------------------------------------------------------------------------------

    @Test
    void pairsAmongTheAttendeesAndWithTheNetworkComeWithTheirReasons() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));

        Element here = page.selectFirst("section.pairs.here");
        assertEquals("Who should meet whom here", here.selectFirst("h2").text());
        assertEquals(List.of("Ana Silva ↔ Ben Okafor · both gain"), here.select(".pair").eachText());
        assertEquals(List.of("Ana Silva needs a website; Ben Okafor offers websites",
                "Ben Okafor needs a bookkeeper; Ana Silva offers bookkeeping"), here.select(".reasons li").eachText());

        Element network = page.selectFirst("section.pairs.network");
        assertEquals("…and in your network", network.selectFirst("h2").text());
        assertEquals(List.of("Ana Silva ↔ Cara Diaz"), network.select(".pair").eachText());
        assertEquals(List.of("Ana Silva needs a lawyer; Cara Diaz offers contracts"),
                network.select(".reasons li").eachText());

        List<String> order = page.select("section.attendee, section.pairs").eachAttr("class");
        assertEquals(List.of("attendee", "attendee", "pairs here", "pairs network"), order);
    }

    @Test
    void attendeesWithNoPairAmongThemAreToldSoAndAnEmptyNetworkSectionIsLeftOut() {
        Briefing briefing = briefing(List.of(person(1, "Ana Silva").build(), person(2, "Ben Okafor").build()),
                List.of(), List.of(), false);
        Document page = Jsoup.parse(BriefingHtml.render(briefing, UK));

        assertEquals("No one here needs what another offers, as far as their profiles say.",
                page.selectFirst("section.pairs.here .empty").text());
        assertNull(page.selectFirst("section.pairs.network"));
    }

    @Test
    void aMeetingWithNobodyExpectedSaysSo() {
        Document page = Jsoup.parse(BriefingHtml.render(briefing(List.of(), List.of(), List.of(), false), UK));

        assertTrue(page.select("section.attendee, section.pairs, footer").isEmpty());
        assertEquals("Nobody is expected at this meeting yet: add attendees to the meeting and their briefings "
                + "appear here.", page.selectFirst(".attendees-none").text());
    }

    // ---- confidence ----------------------------------------------------------------------------------------------

    @Test
    void theFooterCountsTheConfidentialNotesLeftOut() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));

        assertEquals("Confidential notes left out (3)", page.selectFirst("footer").text());
        assertTrue(page.select(".confidential").isEmpty());
    }

    @Test
    void aBriefingWithConfidentialNotesSaysToKeepItPrivateAndMarksThem() {
        AttendeeBriefing ana = person(1, "Ana Silva")
                .likes(impression(ImpressionKind.LIKE, "Told me about the merger", true, null))
                .interactions(List.of(interaction(InteractionKind.CALL, DAY.minusDays(3), "Merger talk", true)))
                .build();
        Document page = Jsoup.parse(BriefingHtml.render(briefing(List.of(ana), List.of(), List.of(), true), UK));

        assertEquals("Includes confidential notes — keep this page private", page.selectFirst("footer").text());
        assertEquals(List.of("Told me about the merger confidential"), page.select(".likes li").eachText());
        assertEquals(List.of("27 Nov 2026 · Call · Merger talk confidential"),
                page.select(".interactions li").eachText());
    }

    @Test
    void withNothingConfidentialThereIsNoFooter() {
        Briefing briefing = briefing(List.of(person(1, "Ana Silva").build()), List.of(), List.of(), false);

        assertNull(Jsoup.parse(BriefingHtml.render(briefing, UK)).selectFirst("footer"));
    }

    // ---- hostile text --------------------------------------------------------------------------------------------

    @Test
    void whateverTheUserWroteShowsAsTextAndNeverAsMarkup() {
        String script = "<script>alert(1)</script>";
        String quotes = "Tom & Jerry's \"best\" <b>deal</b> '\"><img src=x onerror=alert(1)>";
        String emoji = "Coffee ☕ & handshake 🤝 — naïve café";
        String longWord = "x".repeat(20_000);
        Meeting meeting = new Meeting(1, script + quotes, STARTS, quotes, "one\r\ntwo\nthree " + script, List.of());
        AttendeeBriefing ana = person(1, quotes)
                .organisation(script).role(emoji).city("</section><h1>fake</h1>")
                .howWeMet("<!-- never closed")
                .interactions(List.of(interaction(InteractionKind.CALL, DAY, script + "\n" + emoji, false)))
                .likes(impression(ImpressionKind.LIKE, longWord, false, null))
                .dealBreakers(impression(ImpressionKind.DEAL_BREAKER, "<style>body{display:none}</style>", false,
                        DealBreakerDecision.OPEN))
                .needs("<a href=\"http://evil.example\">click</a>")
                .offers("nul\u0000 bell\u0007 lone\uD800 surrogate")
                .talkingPoints(List.of(script, "<![CDATA[x]]>"))
                .build();
        Suggestion pair = new Suggestion(1, quotes, 2, script, true, List.of(script, quotes), 1);
        String html = BriefingHtml.render(briefing(meeting, List.of(ana), List.of(pair), List.of(pair), false), UK);
        Document page = Jsoup.parse(html);

        assertTrue(page.select("script, img, a, b, link, iframe").isEmpty(), "no element from user text");
        assertTrue(page.select("[onerror], [href], [src]").isEmpty());
        assertEquals(1, page.select("style").size(), "only the page's own styles");
        assertEquals(1, page.select("h1").size());
        assertEquals(1, page.select("section.attendee").size());
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<!-- never"));

        assertEquals(script + quotes, page.title());
        assertEquals(script + quotes, page.selectFirst("h1").text());
        assertEquals("Where: " + quotes, page.selectFirst(".place").text());
        assertEquals("one two three " + script, page.selectFirst(".notes .text").text());
        assertEquals(2, page.select(".notes .text br").size(), "each line break kept, \\r\\n as one");
        Element section = page.selectFirst("section.attendee");
        assertEquals(quotes, section.selectFirst("h2").text());
        assertEquals(script + " · " + emoji + " · </section><h1>fake</h1>", section.selectFirst(".who").text());
        assertEquals("How we met: <!-- never closed", section.selectFirst(".met").text());
        assertEquals("30 Nov 2026 · Call · " + script + " " + emoji, section.selectFirst(".interactions li").text());
        assertEquals(longWord, section.selectFirst(".likes li").text());
        assertEquals("<style>body{display:none}</style> — undecided", section.selectFirst(".deal-breakers li").text());
        assertEquals("<a href=\"http://evil.example\">click</a>", section.selectFirst("p.needs").text());
        assertEquals("nul bell lone surrogate", section.selectFirst("p.offers").text(),
                "characters HTML does not allow are left out");
        assertEquals(List.of(script, "<![CDATA[x]]>"), section.select(".talking-points li").eachText());
        assertEquals(quotes + " ↔ " + script + " · both gain", page.selectFirst("section.pairs.here .pair").text());
        assertEquals(List.of(script, quotes), page.select("section.pairs.network .reasons li").eachText());
        assertTrue(html.contains("Tom &amp; Jerry&#39;s &quot;best&quot; &lt;b&gt;"), "every special character escaped");
    }

    // ---- self-contained and printable ----------------------------------------------------------------------------

    @Test
    void thePageLoadsNothingFromOutside() {
        String html = BriefingHtml.render(fullBriefing(), UK);
        Document page = Jsoup.parse(html);

        assertTrue(page.select("script, link, img, iframe, object, embed, base, video, audio, source").isEmpty());
        assertTrue(page.select("[src], [href], [style]").isEmpty());
        assertFalse(html.contains("http:"));
        assertFalse(html.contains("https:"));
        assertFalse(html.contains("url("));
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("@font-face"));
    }

    @Test
    void thePagePrintsCleanly() {
        Document page = Jsoup.parse(BriefingHtml.render(fullBriefing(), UK));
        String css = page.selectFirst("head style").data();

        assertTrue(css.contains("sans-serif"));
        assertTrue(css.contains("font-size: 11pt"));
        assertTrue(css.contains("max-width: 50em"));
        assertTrue(css.contains("margin: 2em auto"), "centred on screen");
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("@page { margin: 15mm; }"));
        assertTrue(css.matches("(?s).*\\.attendee \\{[^}]*break-inside: avoid;.*"), "each attendee on one page");
        for (String background : css.split("background")) {
            if (background.startsWith(":")) {
                assertTrue(background.startsWith(": #fff;"), "no dark backgrounds: background" + background);
            }
        }
        assertFalse(css.contains("background-color"));
    }

    // ---- the file name -------------------------------------------------------------------------------------------

    @Test
    void theFileNameHasTheDayAndTheTitleInSafeLetters() {
        assertEquals("briefing-2026-11-30-bni-breakfast.html", BriefingHtml.fileName(BREAKFAST));
        assertEquals("briefing-2026-11-30-cafe-sao-paulo-zurich.html", fileName("Café São Paulo / Zürich"));
        assertEquals("briefing-2026-11-30-strasse-lodz-aero-oeuvre.html", fileName("Straße Łódź — Ærø Œuvre"));
        assertEquals("briefing-2026-11-30-etc-passwd.html", fileName("../../etc/passwd"));
        assertEquals("briefing-2026-11-30-c-windows-con-aux.html", fileName("C:\\Windows\\con?*aux|<>\"'"));
        assertEquals("briefing-2026-11-30-q4-kick-off-2027.html", fileName("  Q4 kick-off:\t2027!  \n"));
        assertEquals("briefing-2026-11-30-meet-greet.html", fileName("Meet 🤝 greet"));
    }

    @Test
    void aTitleWithNothingUsableLeavesJustTheDay() {
        for (String title : new String[] {"", "   ", "!!!", "///", "会議", "🤝☕", "\u0000\n"}) {
            assertEquals("briefing-2026-11-30.html", fileName(title), title);
        }
    }

    @Test
    void aVeryLongTitleIsCutAtAWord() {
        String name = fileName("The quarterly regional networking breakfast of the Leeds & Bradford "
                + "chambers of commerce, with guests");
        assertEquals("briefing-2026-11-30-the-quarterly-regional-networking-breakfast-of-the-leeds.html", name);

        String unbroken = fileName("a".repeat(500));
        assertEquals("briefing-2026-11-30-" + "a".repeat(BriefingHtml.FILE_NAME_TITLE_LIMIT) + ".html", unbroken);

        for (String title : List.of("x".repeat(59) + " y", "word ".repeat(100), "é".repeat(300), "-".repeat(300))) {
            String cut = fileName(title);
            assertTrue(cut.matches("briefing-2026-11-30(-[a-z0-9]+)*\\.html"), cut);
            assertTrue(cut.length() <= "briefing-2026-11-30-".length() + BriefingHtml.FILE_NAME_TITLE_LIMIT
                    + ".html".length(), cut);
        }
    }

    // ---- fixtures ------------------------------------------------------------------------------------------------

    private static String fileName(String title) {
        return BriefingHtml.fileName(Meeting.planned(title, STARTS, "", ""));
    }

    /** Ana with something in every part (2 notes withheld), Ben with nothing but a stage (1 withheld). */
    private static Briefing fullBriefing() {
        Introduction withCara = Introduction.idea(1, 3, "Cara drafts contracts", "Ana does her books", "",
                        DAY.minusDays(20), DAY.plusDays(3))
                .withOptIn(Introduction.Side.A, OptIn.AGREED, DAY.minusDays(10))
                .withOptIn(Introduction.Side.B, OptIn.ASKED, DAY.minusDays(9));
        Introduction withDan = Introduction.idea(4, 1, "", "", "", DAY.minusDays(40), null)
                .withIntroducedOn(LocalDate.of(2026, 11, 1));
        AttendeeBriefing ana = person(1, "Ana Silva")
                .organisation("Sousa Bookkeeping").role("Bookkeeper").city("Leeds")
                .howWeMet("Introduced by Ben at the Chamber mixer")
                .stage(RelationshipStage.LIKE).warmth(62).daysAgo(12)
                .interactions(List.of(
                        interaction(InteractionKind.CALL, LocalDate.of(2026, 11, 18), "Coffee about the tender", false),
                        interaction(InteractionKind.REFERRAL_GIVEN, LocalDate.of(2026, 11, 2),
                                "Sent her the Leeds dental practice", false),
                        interaction(InteractionKind.MET, LocalDate.of(2026, 10, 20), "  ", false)))
                .likes(impression(ImpressionKind.LIKE, "Punctual, and follows up", false, null),
                        impression(ImpressionKind.LIKE, "Generous with her time", false, null))
                .dislikes(impression(ImpressionKind.DISLIKE, "Talks over people", false, null))
                .dealBreakers(impression(ImpressionKind.DEAL_BREAKER, "Cuts corners on VAT", false, null),
                        impression(ImpressionKind.DEAL_BREAKER, "Always late", false, DealBreakerDecision.TOLERATE),
                        impression(ImpressionKind.DEAL_BREAKER, "Bad-mouths clients", false,
                                DealBreakerDecision.WALK_AWAY))
                .needs("A website that brings clients")
                .offers("Bookkeeping for small firms.\nVAT returns too")
                .introductions(List.of(new IntroductionSummary(withCara, "Ana Silva", "Cara Diaz"),
                        new IntroductionSummary(withDan, "Dan Wu", "Ana Silva")))
                .followUps(List.of(followUp(LocalDate.of(2026, 11, 25), "Send the VAT checklist"),
                        followUp(LocalDate.of(2026, 12, 1), "")))
                .talkingPoints(List.of("Ask how the tender went", " ", "Thank her for the referral"))
                .withheld(2)
                .build();
        AttendeeBriefing ben = person(2, "Ben Okafor").stage(RelationshipStage.TRUST).warmth(80).withheld(1).build();
        Suggestion among = new Suggestion(1, "Ana Silva", 2, "Ben Okafor", true,
                List.of("Ana Silva needs a website; Ben Okafor offers websites",
                        "Ben Okafor needs a bookkeeper; Ana Silva offers bookkeeping"), 3);
        Suggestion network = new Suggestion(1, "Ana Silva", 3, "Cara Diaz", false,
                List.of("Ana Silva needs a lawyer; Cara Diaz offers contracts"), 1);
        return briefing(List.of(ana, ben), List.of(among), List.of(network), false);
    }

    private static Briefing briefing(List<AttendeeBriefing> attendees, List<Suggestion> among,
                                     List<Suggestion> network, boolean confidential) {
        return briefing(BREAKFAST, attendees, among, network, confidential);
    }

    private static Briefing briefing(Meeting meeting, List<AttendeeBriefing> attendees, List<Suggestion> among,
                                     List<Suggestion> network, boolean confidential) {
        return new Briefing(meeting, attendees, among, network, confidential);
    }

    private static Interaction interaction(InteractionKind kind, LocalDate on, String summary, boolean confidential) {
        return new Interaction(0, kind, on, summary, "", confidential, null, List.of(1L));
    }

    private static Interaction followUp(LocalDate due, String summary) {
        return new Interaction(0, InteractionKind.CALL, DAY.minusDays(30), summary, "", false, due, List.of(1L));
    }

    private static Impression impression(ImpressionKind kind, String text, boolean confidential,
                                         DealBreakerDecision decision) {
        return new Impression(0, 1, kind, text, DAY.minusDays(60), confidential, decision, null);
    }

    private static Person person(long id, String name) {
        return new Person(id, name);
    }

    /** An attendee's briefing, built a part at a time; what is not set stays empty. */
    private static final class Person {
        private final long id;
        private final String name;
        private String organisation = "";
        private String role = "";
        private String city = "";
        private String howWeMet = "";
        private RelationshipStage stage = RelationshipStage.JUST_MET;
        private Warmth warmth = new Warmth(10);
        private Integer daysAgo;
        private List<Interaction> interactions = List.of();
        private List<Impression> likes = List.of();
        private List<Impression> dislikes = List.of();
        private List<Impression> dealBreakers = List.of();
        private String needs = "";
        private String offers = "";
        private List<IntroductionSummary> introductions = List.of();
        private List<Interaction> followUps = List.of();
        private List<String> talkingPoints = List.of();
        private int withheld;

        Person(long id, String name) {
            this.id = id;
            this.name = name;
        }

        Person organisation(String value) { organisation = value; return this; }
        Person role(String value) { role = value; return this; }
        Person city(String value) { city = value; return this; }
        Person howWeMet(String value) { howWeMet = value; return this; }
        Person stage(RelationshipStage value) { stage = value; return this; }
        Person warmth(int score) { warmth = new Warmth(score); return this; }
        Person daysAgo(int days) { daysAgo = days; return this; }
        Person interactions(List<Interaction> value) { interactions = value; return this; }
        Person likes(Impression... value) { likes = List.of(value); return this; }
        Person dislikes(Impression... value) { dislikes = List.of(value); return this; }
        Person dealBreakers(Impression... value) { dealBreakers = List.of(value); return this; }
        Person needs(String value) { needs = value; return this; }
        Person offers(String value) { offers = value; return this; }
        Person introductions(List<IntroductionSummary> value) { introductions = value; return this; }
        Person followUps(List<Interaction> value) { followUps = value; return this; }
        Person talkingPoints(List<String> value) { talkingPoints = value; return this; }
        Person withheld(int value) { withheld = value; return this; }

        AttendeeBriefing build() {
            return new AttendeeBriefing(id, name, organisation, role, city, howWeMet, stage, warmth, daysAgo,
                    interactions, likes, dislikes, dealBreakers, needs, offers, introductions, followUps,
                    talkingPoints, withheld);
        }
    }
}
