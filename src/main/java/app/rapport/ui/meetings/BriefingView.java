package app.rapport.ui.meetings;

import app.rapport.model.AttendeeBriefing;
import app.rapport.model.Briefing;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Suggestion;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The briefing as one scrollable page: the meeting, a card per attendee, then who should meet whom. Built afresh
 * from a {@link Briefing} (for the screen, and again for printing); empty parts are left out rather than shown
 * as empty headings.
 */
final class BriefingView {

    private final Texts texts;
    private final LongConsumer openContact;

    BriefingView(Texts texts, LongConsumer openContact) {
        this.texts = texts;
        this.openContact = openContact;
    }

    /** The page's nodes, in reading order. */
    List<Node> build(Briefing briefing) {
        VBox page = new VBox();
        Label title = new Label(briefing.meeting().title());
        title.getStyleClass().add("briefing-title");
        title.setWrapText(true);
        page.getChildren().add(title);
        String when = MeetingTexts.when(texts, briefing.meeting());
        page.getChildren().add(muted(briefing.meeting().place().isBlank() ? when
                : texts.get("meetings.whenWhere", when, briefing.meeting().place())));
        if (!briefing.meeting().notes().isBlank()) {
            page.getChildren().add(wrapped(briefing.meeting().notes(), "briefing-notes"));
        }
        if (briefing.withheld() > 0) {
            page.getChildren().add(wrapped(texts.get("meetings.briefing.withheld", briefing.withheld()),
                    "section-hint"));
        } else if (briefing.includesConfidential()) {
            page.getChildren().add(wrapped(texts.get("meetings.briefing.includesConfidential"), "section-hint"));
        }
        if (briefing.attendees().isEmpty()) {
            page.getChildren().add(wrapped(texts.get("meetings.briefing.nobody"), "empty-state-text"));
        }
        for (AttendeeBriefing attendee : briefing.attendees()) {
            page.getChildren().add(card(attendee));
        }
        if (!briefing.attendees().isEmpty()) {
            page.getChildren().add(pairs(texts.get("meetings.briefing.here"), briefing.amongAttendees(),
                    texts.get("meetings.briefing.here.none")));
            page.getChildren().add(pairs(texts.get("meetings.briefing.network"), briefing.withNetwork(),
                    texts.get("meetings.briefing.network.none")));
        }
        return List.copyOf(page.getChildren());
    }

    private Node card(AttendeeBriefing a) {
        VBox card = new VBox();
        card.getStyleClass().add("briefing-attendee");
        Hyperlink name = new Hyperlink(a.name());
        name.getStyleClass().add("briefing-name");
        name.setOnAction(event -> openContact.accept(a.contactId()));
        name.setAccessibleText(texts.get("meetings.briefing.openContact", a.name()));
        Label stage = new Label(texts.stage(a.stage()));
        stage.getStyleClass().add("stage-chip");
        stage.setMinWidth(Region.USE_PREF_SIZE);
        Shown.stageStyle(stage, a.stage());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, name, gap, stage);
        header.getStyleClass().add("briefing-header");
        if (a.warmth() != null) {
            Label warmth = new Label(texts.get("meetings.briefing.warmth",
                    texts.get("warmth." + a.warmth().level().name()), a.warmth().score()));
            warmth.getStyleClass().addAll("warmth-label",
                    "warmth-" + a.warmth().level().name().toLowerCase(Locale.ROOT));
            warmth.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(warmth);
        }
        card.getChildren().add(header);
        String who = String.join(" · ", List.of(a.role(), a.organisation(), a.city()).stream()
                .filter(s -> !s.isBlank()).toList());
        if (!who.isEmpty()) {
            card.getChildren().add(muted(who));
        }
        card.getChildren().add(muted(a.daysSinceLastInteraction() == null ? texts.get("meetings.briefing.never")
                : texts.get("meetings.briefing.lastInTouch", a.daysSinceLastInteraction())));
        if (!a.howWeMet().isBlank()) {
            card.getChildren().add(muted(texts.get("meetings.briefing.howWeMet", a.howWeMet())));
        }
        section(card, "meetings.briefing.talkingPoints", a.talkingPoints(), "briefing-point");
        section(card, "meetings.briefing.lastInteractions", a.lastInteractions().stream()
                .map(this::interaction).toList(), null);
        section(card, "meetings.briefing.likes", a.likes().stream().map(Impression::text).toList(), null);
        section(card, "meetings.briefing.dislikes", a.dislikes().stream().map(Impression::text).toList(), null);
        section(card, "meetings.briefing.dealBreakers", a.dealBreakers().stream().map(this::dealBreaker).toList(),
                "deal-breaker-line");
        if (!a.needs().isBlank() || !a.offers().isBlank()) {
            section(card, "meetings.briefing.needs", a.needs().isBlank() ? List.of() : List.of(a.needs()), null);
            section(card, "meetings.briefing.offers", a.offers().isBlank() ? List.of() : List.of(a.offers()), null);
        }
        section(card, "meetings.briefing.introductions", a.openIntroductions().stream()
                .map(i -> introduction(a.contactId(), i)).toList(), null);
        section(card, "meetings.briefing.followUps", a.followUps().stream()
                .map(i -> texts.get("meetings.briefing.followUp", texts.date(i.followUpOn()), i.summary())).toList(),
                "timeline-follow-up");
        return card;
    }

    private String interaction(Interaction i) {
        return texts.get("meetings.briefing.interaction", texts.date(i.happenedOn()), texts.kind(i.kind()),
                i.summary());
    }

    private String dealBreaker(Impression impression) {
        String decision = impression.decision() == DealBreakerDecision.OPEN ? texts.get("meetings.briefing.undecided")
                : texts.get("meetings.briefing.decided." + impression.decision().name());
        return texts.get("meetings.briefing.dealBreaker", impression.text(), decision);
    }

    private String introduction(long contactId, IntroductionSummary summary) {
        return texts.get("meetings.briefing.introduction", summary.otherName(contactId),
                texts.get("introduction.status." + summary.introduction().status().name()));
    }

    private void section(VBox card, String titleKey, List<String> lines, String lineStyle) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add("briefing-section");
        card.getChildren().add(title);
        for (String line : lines) {
            Label label = wrapped("• " + line, "briefing-line");
            if (lineStyle != null) {
                label.getStyleClass().add(lineStyle);
            }
            card.getChildren().add(label);
        }
    }

    private Node pairs(String title, List<Suggestion> pairs, String none) {
        VBox box = new VBox();
        box.getStyleClass().add("briefing-pairs");
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        box.getChildren().add(heading);
        if (pairs.isEmpty()) {
            box.getChildren().add(muted(none));
        }
        for (Suggestion pair : pairs) {
            Label who = new Label(texts.get("introductions.pair", pair.nameA(), pair.nameB()));
            who.getStyleClass().add("briefing-pair");
            box.getChildren().add(who);
            for (String reason : pair.reasons()) {
                box.getChildren().add(wrapped(reason, "suggestion-reasons"));
            }
        }
        return box;
    }

    private static Label muted(String text) {
        return wrapped(text, "muted");
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
