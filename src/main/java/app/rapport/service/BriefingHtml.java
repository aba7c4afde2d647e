package app.rapport.service;

import app.rapport.model.AttendeeBriefing;
import app.rapport.model.Briefing;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.Suggestion;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting briefing as one self-contained HTML page, to print or take along: the meeting, a section for each
 * attendee in the meeting's order, who should meet whom, and a footer that says whether confidential notes are in
 * it. The page has no scripts and loads nothing (no links, images or fonts); its styles are inline and print
 * cleanly in black and white.
 * <p>
 * It renders what it is given: {@code MeetingBriefing} has already decided what is in the briefing, confidential
 * items included or not. Every text the user wrote is escaped, so it shows as written and never as markup. The
 * wording lives in {@code briefing.properties}.
 */
public final class BriefingHtml {

    private static final String BUNDLE = "app.rapport.service.briefing";

    /** At most this many characters of the meeting's title go into a file name. */
    static final int FILE_NAME_TITLE_LIMIT = 60;

    /** Stands for argument {@code n} while a text is formatted and escaped: \uE000 n \uE001 (private-use marks). */
    private static final Pattern ARGUMENT = Pattern.compile("\uE000(\\d+)\uE001");

    private static final String STYLE = """
            :root { color-scheme: light; }
            html {
              font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
              font-size: 11pt;
              line-height: 1.4;
              color: #111;
              background: #fff;
            }
            body {
              max-width: 50em;
              margin: 2em auto;
              padding: 0 1.5em;
              overflow-wrap: anywhere;
              word-wrap: break-word;
            }
            h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 .3em; }
            h2 { font-size: 1.35em; line-height: 1.25; margin: 0 0 .2em; }
            h3, .label {
              font-size: .85em;
              text-transform: uppercase;
              letter-spacing: .04em;
              color: #444;
              margin: .9em 0 .2em;
            }
            p { margin: .2em 0 .5em; }
            ul { margin: .2em 0 .5em; padding-left: 1.3em; }
            li { margin: .1em 0; }
            .kicker { font-size: .85em; text-transform: uppercase; letter-spacing: .08em; color: #444; margin: 0; }
            .when, .place { font-size: 1.1em; margin: .1em 0; }
            .notes { margin-top: .8em; }
            .who, .met { color: #333; }
            .relationship { font-weight: bold; }
            .date, .kind { white-space: nowrap; }
            .kind { font-style: italic; }
            .decision { font-style: italic; }
            .decision.open { font-weight: bold; }
            .confidential {
              font-size: .8em;
              text-transform: uppercase;
              letter-spacing: .04em;
              border: 1px solid #555;
              border-radius: 2px;
              padding: 0 .25em;
            }
            .detail { color: #333; }
            .attendee {
              border-top: 1px solid #888;
              margin-top: 1.4em;
              padding-top: .8em;
              break-inside: avoid;
              page-break-inside: avoid;
            }
            .pairs { border-top: 1px solid #888; margin-top: 1.4em; padding-top: .8em; }
            .pair { font-weight: bold; margin-bottom: 0; }
            .pair .both { font-weight: normal; font-style: italic; }
            .reasons { margin-top: 0; }
            .empty { font-style: italic; color: #333; }
            footer { border-top: 1px solid #888; margin-top: 2em; padding-top: .5em; font-size: .9em; }
            footer .included { font-weight: bold; }
            @media print {
              @page { margin: 15mm; }
              html { font-size: 11pt; }
              body { max-width: none; margin: 0; padding: 0; }
              h1, h2, h3, .label, .pair { break-after: avoid; page-break-after: avoid; }
              li { break-inside: avoid; page-break-inside: avoid; }
              .pairs { break-inside: avoid; page-break-inside: avoid; }
            }
            """;

    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter days;
    private final DateTimeFormatter fullDays;
    private final DateTimeFormatter times;
    private final StringBuilder page = new StringBuilder(8192);

    private BriefingHtml(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.fullDays = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /**
     * The briefing as a complete HTML5 page (UTF-8), with dates and numbers written for {@code locale}.
     * Write it to a file as UTF-8.
     */
    public static String render(Briefing briefing, Locale locale) {
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(briefing.meeting(), "briefing.meeting");
        return new BriefingHtml(Objects.requireNonNull(locale, "locale")).document(briefing);
    }

    /**
     * A default name for the saved page: {@code briefing-2026-11-30-bni-breakfast.html}. Only lower-case ASCII
     * letters, digits and dashes besides the date and extension (accents dropped, everything else a dash), the
     * title part at most {@value #FILE_NAME_TITLE_LIMIT} characters; just the date when the title has nothing usable.
     */
    public static String fileName(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        String slug = slug(meeting.title());
        return "briefing-" + meeting.startsAt().toLocalDate() + (slug.isEmpty() ? "" : "-" + slug) + ".html";
    }

    // ---------------------------------------------------------------- the page

    private String document(Briefing briefing) {
        Meeting meeting = briefing.meeting();
        String title = title(meeting);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(escape(text("lang"))).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(oneLine(title))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n");
        meeting(meeting, title);
        page.append("<main>\n");
        if (briefing.attendees().isEmpty()) {
            page.append("<p class=\"empty attendees-none\">").append(html("attendees.none")).append("</p>\n");
        } else {
            int number = 0;
            for (AttendeeBriefing attendee : briefing.attendees()) {
                attendee(attendee, ++number);
            }
            amongAttendees(briefing);
        }
        withNetwork(briefing.withNetwork());
        page.append("</main>\n");
        footer(briefing);
        page.append("</body>\n</html>\n");
        return page.toString();
    }

    private String title(Meeting meeting) {
        String title = meeting.title().strip();
        return title.isEmpty() ? text("untitled", days.format(meeting.startsAt())) : title;
    }

    private void meeting(Meeting meeting, String title) {
        page.append("<header class=\"meeting\">\n")
                .append("<p class=\"kicker\">").append(html("kicker")).append("</p>\n")
                .append("<h1>").append(lines(title)).append("</h1>\n")
                .append("<p class=\"when\">")
                .append(html("when", fullDays.format(meeting.startsAt()), times.format(meeting.startsAt())))
                .append("</p>\n");
        if (!meeting.place().isBlank()) {
            page.append("<p class=\"place\">").append(html("place", meeting.place())).append("</p>\n");
        }
        if (!meeting.notes().isBlank()) {
            page.append("<section class=\"notes\">\n<h2 class=\"label\">").append(html("notes")).append("</h2>\n")
                    .append("<p class=\"text\">").append(lines(meeting.notes())).append("</p>\n</section>\n");
        }
        page.append("</header>\n");
    }

    private void attendee(AttendeeBriefing attendee, int number) {
        page.append("<section class=\"attendee\" id=\"attendee-").append(number).append("\">\n");
        String name = blank(attendee.name()) ? text("attendee.noName") : attendee.name();
        page.append("<h2 class=\"name\">").append(lines(name)).append("</h2>\n");

        List<String> who = new ArrayList<>();
        for (String part : new String[] {attendee.organisation(), attendee.role(), attendee.city()}) {
            if (!blank(part)) {
                who.add(lines(part));
            }
        }
        if (!who.isEmpty()) {
            page.append("<p class=\"who\">").append(String.join(html("separator"), who)).append("</p>\n");
        }
        if (!blank(attendee.howWeMet())) {
            page.append("<p class=\"met\">").append(html("attendee.howWeMet", attendee.howWeMet())).append("</p>\n");
        }
        relationship(attendee);

        if (!attendee.lastInteractions().isEmpty()) {
            heading("section.interactions");
            page.append("<ul class=\"interactions\">\n");
            for (Interaction interaction : attendee.lastInteractions()) {
                page.append("<li>").append(interaction(interaction)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        impressions("section.likes", "likes", attendee.likes());
        impressions("section.dislikes", "dislikes", attendee.dislikes());
        impressions("section.dealBreakers", "deal-breakers", attendee.dealBreakers());
        paragraph("section.needs", "needs", attendee.needs());
        paragraph("section.offers", "offers", attendee.offers());
        introductions(attendee);
        followUps(attendee.followUps());
        if (attendee.talkingPoints().stream().anyMatch(point -> !blank(point))) {
            heading("section.talkingPoints");
            page.append("<ul class=\"talking-points\">\n");
            for (String point : attendee.talkingPoints()) {
                if (!blank(point)) {
                    page.append("<li>").append(lines(point)).append("</li>\n");
                }
            }
            page.append("</ul>\n");
        }
        page.append("</section>\n");
    }

    /** "Like · Warm (62) · last in touch 12 days ago". */
    private void relationship(AttendeeBriefing attendee) {
        List<String> parts = new ArrayList<>();
        if (attendee.stage() != null) {
            parts.add("<span class=\"stage\">" + html("stage." + attendee.stage().name()) + "</span>");
        }
        if (attendee.warmth() != null) {
            parts.add("<span class=\"warmth\">" + html("attendee.warmth",
                    new Markup(html("warmth." + attendee.warmth().level().name())), attendee.warmth().score())
                    + "</span>");
        }
        Integer daysAgo = attendee.daysSinceLastInteraction();
        parts.add("<span class=\"last\">" + (daysAgo == null ? html("attendee.nothingLogged")
                : html("attendee.daysAgo", Math.max(0, daysAgo))) + "</span>");
        page.append("<p class=\"relationship\">").append(String.join(html("separator"), parts)).append("</p>\n");
    }

    /** "12 Nov 2026 · Call · Coffee about the tender". */
    private String interaction(Interaction interaction) {
        StringBuilder line = new StringBuilder()
                .append("<span class=\"date\">").append(escape(days.format(interaction.happenedOn()))).append("</span>")
                .append(html("separator"))
                .append("<span class=\"kind\">").append(html("interaction." + interaction.kind().name()))
                .append("</span>");
        if (!interaction.summary().isBlank()) {
            line.append(html("separator")).append("<span class=\"summary\">").append(lines(interaction.summary()))
                    .append("</span>");
        }
        return line.append(confidentialMark(interaction.confidential())).toString();
    }

    private void impressions(String headingKey, String styleClass, List<Impression> impressions) {
        if (impressions.isEmpty()) {
            return;
        }
        heading(headingKey);
        page.append("<ul class=\"").append(styleClass).append("\">\n");
        for (Impression impression : impressions) {
            page.append("<li><span class=\"text\">").append(lines(impression.text())).append("</span>");
            DealBreakerDecision decision = impression.decision();
            if (decision != null) {
                page.append(" — <span class=\"decision ").append(decision.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\">").append(html("decision." + decision.name())).append("</span>");
            }
            page.append(confidentialMark(impression.confidential())).append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void paragraph(String headingKey, String styleClass, String text) {
        if (blank(text)) {
            return;
        }
        heading(headingKey);
        page.append("<p class=\"").append(styleClass).append("\">").append(lines(text)).append("</p>\n");
    }

    /** Each open introduction: with whom, the step it is at, and why this attendee gains. */
    private void introductions(AttendeeBriefing attendee) {
        if (attendee.openIntroductions().isEmpty()) {
            return;
        }
        heading("section.introductions");
        page.append("<ul class=\"introductions\">\n");
        for (IntroductionSummary summary : attendee.openIntroductions()) {
            Introduction introduction = summary.introduction();
            List<String> parts = new ArrayList<>();
            parts.add("<span class=\"with\">" + html("introduction.with", summary.otherName(attendee.contactId()))
                    + "</span>");
            IntroductionStatus status = introduction.status();
            String step = status == IntroductionStatus.INTRODUCED && introduction.introducedOn() != null
                    ? html("introduction.introducedOn", days.format(introduction.introducedOn()))
                    : html("introduction.status." + status.name());
            parts.add("<span class=\"status\">" + step + "</span>");
            if (status == IntroductionStatus.ASKING) {
                for (Introduction.Side side : Introduction.Side.values()) {
                    parts.add(html("introduction.side", summary.name(side),
                            new Markup(html("optIn." + introduction.optIn(side).name()))));
                }
            }
            if (introduction.followUpOn() != null) {
                parts.add(html("introduction.followUp", days.format(introduction.followUpOn())));
            }
            page.append("<li>").append(String.join(html("separator"), parts));
            Introduction.Side mine = introduction.contactA() == attendee.contactId() ? Introduction.Side.A
                    : introduction.contactB() == attendee.contactId() ? Introduction.Side.B : null;
            if (mine != null && !introduction.why(mine).isBlank()) {
                page.append("<br>\n<span class=\"detail why\">")
                        .append(html("introduction.why", summary.name(mine), introduction.why(mine)))
                        .append("</span>");
            }
            page.append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void followUps(List<Interaction> followUps) {
        if (followUps.isEmpty()) {
            return;
        }
        heading("section.followUps");
        page.append("<ul class=\"follow-ups\">\n");
        for (Interaction entry : followUps) {
            LocalDate due = entry.followUpOn() == null ? entry.happenedOn() : entry.followUpOn();
            page.append("<li><span class=\"date\">").append(escape(days.format(due))).append("</span>")
                    .append(html("separator"))
                    .append(entry.summary().isBlank() ? "<span class=\"kind\">" + html("interaction." + entry.kind().name())
                            + "</span>" : "<span class=\"summary\">" + lines(entry.summary()) + "</span>")
                    .append(confidentialMark(entry.confidential())).append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void amongAttendees(Briefing briefing) {
        page.append("<section class=\"pairs here\">\n<h2>").append(html("pairs.here")).append("</h2>\n");
        if (briefing.amongAttendees().isEmpty()) {
            page.append("<p class=\"empty\">").append(html("pairs.here.none")).append("</p>\n");
        } else {
            suggestions(briefing.amongAttendees());
        }
        page.append("</section>\n");
    }

    private void withNetwork(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        page.append("<section class=\"pairs network\">\n<h2>").append(html("pairs.network")).append("</h2>\n");
        suggestions(suggestions);
        page.append("</section>\n");
    }

    private void suggestions(List<Suggestion> suggestions) {
        page.append("<ul class=\"suggestions\">\n");
        for (Suggestion suggestion : suggestions) {
            page.append("<li>\n<p class=\"pair\">").append(html("pairs.pair", suggestion.nameA(), suggestion.nameB()));
            if (suggestion.bothWays()) {
                page.append(html("separator")).append("<span class=\"both\">").append(html("pairs.bothWays"))
                        .append("</span>");
            }
            page.append("</p>\n");
            if (suggestion.reasons().stream().anyMatch(reason -> !blank(reason))) {
                page.append("<ul class=\"reasons\">\n");
                for (String reason : suggestion.reasons()) {
                    if (!blank(reason)) {
                        page.append("<li>").append(lines(reason)).append("</li>\n");
                    }
                }
                page.append("</ul>\n");
            }
            page.append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void footer(Briefing briefing) {
        int withheld = briefing.withheld();
        if (!briefing.includesConfidential() && withheld <= 0) {
            return;
        }
        page.append("<footer>\n");
        if (briefing.includesConfidential()) {
            page.append("<p class=\"included\">").append(html("footer.included")).append("</p>\n");
        }
        if (withheld > 0) {
            page.append("<p class=\"withheld\">").append(html("footer.withheld", withheld)).append("</p>\n");
        }
        page.append("</footer>\n");
    }

    private void heading(String key) {
        page.append("<h3>").append(html(key)).append("</h3>\n");
    }

    private String confidentialMark(boolean confidential) {
        return confidential ? " <span class=\"confidential\">" + html("confidential") + "</span>" : "";
    }

    // ---------------------------------------------------------------- words and escaping

    /** Markup made here, to put into a text as it is. */
    private record Markup(String html) {
    }

    /** The bundle's text for {@code key}, plain, always through MessageFormat (so '' is an apostrophe). */
    private String text(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    /**
     * The bundle's text for {@code key} as HTML: the text itself escaped, each String argument escaped (line breaks
     * kept), each {@link Markup} argument as it is, numbers formatted for the locale.
     */
    private String html(String key, Object... arguments) {
        Object[] stand = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            stand[i] = argument instanceof String || argument instanceof Markup || argument == null
                    ? "\uE000" + i + "\uE001" : argument;
        }
        String escaped = escape(text(key, stand));
        Matcher matcher = ARGUMENT.matcher(escaped);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Object argument = arguments[Integer.parseInt(matcher.group(1))];
            String replacement = argument instanceof Markup markup ? markup.html() : lines((String) argument);
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** User text as HTML: escaped, trimmed, line breaks kept as {@code <br>}. */
    static String lines(String text) {
        String escaped = escape(text == null ? "" : text.strip());
        return escaped.replace("\n", "<br>\n");
    }

    /** On one line: runs of white space, line breaks included, as one space. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Text safe anywhere in HTML, attribute values included: {@code & < > " '} as entities, line endings as
     * {@code \n}; characters HTML does not allow (control characters, unpaired surrogates, non-characters) left out.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                    out.append('\n');
                    if (i < length && text.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\t' -> out.append((char) c);
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
            return false;
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE;
    }

    // ---------------------------------------------------------------- file names

    /** The title in lower-case ASCII words joined by dashes, at most {@link #FILE_NAME_TITLE_LIMIT} characters. */
    static String slug(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ascii.append((char) c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                ascii.append(spelledOut(c));
            }
        });
        String slug = ascii.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= FILE_NAME_TITLE_LIMIT) {
            return slug;
        }
        String cut = slug.substring(0, FILE_NAME_TITLE_LIMIT);
        int lastDash = cut.lastIndexOf('-');
        if (slug.charAt(FILE_NAME_TITLE_LIMIT) != '-' && lastDash >= FILE_NAME_TITLE_LIMIT / 2) {
            cut = cut.substring(0, lastDash);
        }
        return cut.replaceAll("-+$", "");
    }

    /** Latin letters that have no accent to drop, written in ASCII; a dash for anything else. */
    private static String spelledOut(int c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            default -> "-";
        };
    }
}
