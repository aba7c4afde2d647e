package app.rapport.ui.meetings;

import app.rapport.model.Meeting;
import app.rapport.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import java.time.LocalDateTime;
import java.util.function.Supplier;

/** A meeting in the list: its title, when and where, and how many are expected; past ones muted. */
final class MeetingCell extends ListCell<Meeting> {

    private final Texts texts;
    private final Supplier<LocalDateTime> now;
    private final Label title = new Label();
    private final Label when = new Label();
    private final Label who = new Label();
    private final VBox box = new VBox(2, title, when, who);

    MeetingCell(Texts texts, Supplier<LocalDateTime> now) {
        this.texts = texts;
        this.now = now;
        title.getStyleClass().add("meeting-title");
        when.getStyleClass().add("contact-subtitle");
        who.getStyleClass().add("muted");
        box.getStyleClass().add("meeting-row");
        setPrefWidth(0); // as wide as the list, never wider: long lines end in an ellipsis, no sideways scrolling
    }

    @Override
    protected void updateItem(Meeting meeting, boolean empty) {
        super.updateItem(meeting, empty);
        if (empty || meeting == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        title.setText(meeting.title());
        when.setText(meeting.place().isBlank() ? MeetingTexts.when(texts, meeting)
                : texts.get("meetings.whenWhere", MeetingTexts.when(texts, meeting), meeting.place()));
        who.setText(MeetingTexts.expected(texts, meeting.attendeeIds().size()));
        boolean past = meeting.startsAt().toLocalDate().isBefore(now.get().toLocalDate());
        box.getStyleClass().remove("past");
        if (past) {
            box.getStyleClass().add("past");
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(meeting.title() + ", " + when.getText() + ", " + who.getText());
    }
}
