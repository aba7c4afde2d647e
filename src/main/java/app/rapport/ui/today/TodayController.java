package app.rapport.ui.today;

import app.rapport.model.BoardCard;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.Meeting;
import app.rapport.model.OptIn;
import app.rapport.model.Today;
import app.rapport.model.Today.FollowUpDue;
import app.rapport.model.Today.PersonToThank;
import app.rapport.model.Today.Section;
import app.rapport.model.Today.UndecidedDealBreaker;
import app.rapport.service.TodayAgenda;
import app.rapport.ui.AppContext;
import app.rapport.ui.Texts;
import app.rapport.ui.meetings.MeetingTexts;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Today screen, the home screen: what needs the user today, in six short lists (follow-ups, next meetings,
 * relationships cooling, introductions waiting for a reply, people to thank, undecided deal-breakers). Each row
 * opens what it is about; an empty list says what to do next. Read in one background call.
 */
public final class TodayController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL);

    private final AppContext context;
    private final TodayAgenda agenda;
    private final Texts texts;

    @FXML private ScrollPane root;
    @FXML private Label dayLabel;
    @FXML private VBox followUps;
    @FXML private VBox meetings;
    @FXML private VBox cooling;
    @FXML private VBox waiting;
    @FXML private VBox thanks;
    @FXML private VBox dealBreakers;

    public TodayController(AppContext context) {
        this.context = context;
        this.agenda = context.today();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        for (VBox section : List.of(followUps, meetings, cooling, waiting, thanks, dealBreakers)) {
            section.getChildren().setAll(title(texts.get("today.reading")));
        }
    }

    /** Reads what needs the user today, and shows it. */
    public void refresh() {
        context.background().run(() -> agenda.today(context.preferences().load().stayInTouch()), this::show);
    }

    private void show(Today today) {
        dayLabel.setText(DAY.format(today.day()));
        fill(followUps, "followUps", today.followUps(), due -> followUp(due, today.day()), null);
        fill(meetings, "meetings", today.meetings(), this::meeting,
                link(texts.get("today.meetings.plan"), () -> context.navigator().newMeeting()));
        fill(cooling, "cooling", today.cooling(), this::cooling, null);
        fill(waiting, "waiting", today.waitingForReply(), this::waiting, null);
        fill(thanks, "thanks", today.thanks(), this::thank, null);
        fill(dealBreakers, "dealBreakers", today.dealBreakers(), this::dealBreaker, null);
    }

    private <T> void fill(VBox box, String key, Section<T> section, Function<T, Node> row, Node action) {
        List<Node> nodes = new ArrayList<>();
        Label heading = title(texts.get("today." + key + ".title", section.total()));
        nodes.add(heading);
        if (section.isEmpty()) {
            Label empty = new Label(texts.get("today." + key + ".empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("today-empty");
            nodes.add(empty);
        }
        for (T item : section.items()) {
            nodes.add(row.apply(item));
        }
        if (section.more() > 0) {
            Label more = new Label(texts.get("today." + key + ".more", section.more()));
            more.getStyleClass().add("muted");
            nodes.add(more);
        }
        if (action != null) {
            nodes.add(action);
        }
        box.getChildren().setAll(nodes);
        box.setAccessibleText(heading.getText());
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    private static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(event -> action.run());
        return link;
    }

    // ------------------------------------------------------------------------------------------ the rows

    private Node followUp(FollowUpDue due, LocalDate day) {
        boolean overdue = due.overdueOn(day);
        Label mark = new Label(texts.get(overdue ? "today.followUps.overdue" : "today.followUps.due",
                texts.date(due.followUpOn())));
        mark.getStyleClass().add(overdue ? "rhythm-overdue" : "rhythm-due");
        Button done = new Button(texts.get("today.followUps.done"));
        done.setMnemonicParsing(false);
        done.setGraphic(new FontIcon("fth-check"));
        done.setAccessibleText(texts.get("today.followUps.done.accessible", due.summary()));
        done.setOnAction(event -> {
            done.setDisable(true); // once: a second click would leave nothing for Undo to put back
            context.background().run(() -> agenda.followUpDone(due.interactionId()), was -> {
                refresh();
                if (was != null) {
                    context.notifications().show(texts.get("today.followUps.doneNote", due.summary()), () ->
                            context.background().run(() -> agenda.restoreFollowUp(due.interactionId(), was),
                                    this::refresh));
                }
            });
        });
        String who = String.join(", ", due.names());
        return TodayRow.of(due.summary().isBlank() ? who : who + ": " + due.summary(),
                texts.get("today.followUps.detail", texts.kind(due.kind()), texts.date(due.happenedOn())),
                () -> context.navigator().openContact(due.contactId()), mark, done);
    }

    private Node meeting(Meeting meeting) {
        Button prepare = new Button(texts.get("today.meetings.prepare"));
        prepare.getStyleClass().add("accent");
        prepare.setMnemonicParsing(false);
        prepare.setGraphic(new FontIcon("fth-file-text"));
        prepare.setAccessibleText(texts.get("today.meetings.prepare.accessible", meeting.title()));
        prepare.setOnAction(event -> context.navigator().prepareMeeting(meeting.id()));
        String when = MeetingTexts.when(texts, meeting);
        String detail = (meeting.place().isBlank() ? when : texts.get("meetings.whenWhere", when, meeting.place()))
                + " · " + MeetingTexts.expected(texts, meeting.attendeeIds().size());
        return TodayRow.of(meeting.title(), detail, () -> context.navigator().prepareMeeting(meeting.id()), prepare);
    }

    private Node cooling(BoardCard card) {
        String since = card.daysSinceLastInteraction() == null ? texts.get("today.cooling.never")
                : texts.get("meetings.briefing.lastInTouch", card.daysSinceLastInteraction());
        String detail = texts.get("today.cooling.detail", texts.stage(card.stage()), since, card.rhythmDays());
        Runnable open = () -> context.navigator().openContact(card.contactId());
        if (!card.stayInTouch().cooling()) {
            return TodayRow.of(card.name(), detail, open); // the store and the board's rule agree; never shown
        }
        Label mark = new Label(texts.get("card." + card.stayInTouch().name()));
        mark.getStyleClass().add("rhythm-" + card.stayInTouch().name().toLowerCase(Locale.ROOT));
        return TodayRow.of(card.name(), detail, open, mark);
    }

    private Node waiting(IntroductionSummary summary) {
        Introduction introduction = summary.introduction();
        List<String> waitingOn = new ArrayList<>();
        LocalDate askedOn = null;
        for (Introduction.Side side : Introduction.Side.values()) {
            if (introduction.optIn(side) == OptIn.ASKED) {
                waitingOn.add(summary.name(side));
                LocalDate on = introduction.askedOn(side);
                askedOn = askedOn == null || (on != null && on.isBefore(askedOn)) ? on : askedOn;
            }
        }
        String detail = texts.get("today.waiting.detail", String.join(texts.get("today.and"), waitingOn),
                texts.date(askedOn == null ? introduction.plannedOn() : askedOn));
        return TodayRow.of(texts.get("introductions.pair", summary.nameA(), summary.nameB()), detail,
                () -> context.navigator().openIntroduction(introduction.id()));
    }

    private Node thank(PersonToThank person) {
        return TodayRow.of(person.name(), texts.get("today.thanks.detail", texts.date(person.helpedOn())),
                () -> context.navigator().openContact(person.contactId()));
    }

    private Node dealBreaker(UndecidedDealBreaker dealBreaker) {
        String text = dealBreaker.confidential() ? texts.get("today.dealBreakers.confidential") : dealBreaker.text();
        return TodayRow.of(dealBreaker.name(), texts.get("today.dealBreakers.detail", text,
                texts.date(dealBreaker.notedOn())), () -> context.navigator().openContact(dealBreaker.contactId()));
    }
}
