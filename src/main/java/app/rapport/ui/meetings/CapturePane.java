package app.rapport.ui.meetings;

import app.rapport.model.ContactSummary;
import app.rapport.model.Meeting;
import app.rapport.service.MeetingPlanner;
import app.rapport.service.MetPerson;
import app.rapport.ui.AppContext;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The After-the-meeting tab: who of those expected came (ticked), and a short form per person met there; saved
 * all at once, all or nothing, by {@link MeetingPlanner#capture}.
 */
final class CapturePane {

    private final AppContext context;
    private final Texts texts;
    private final FlowPane cameBoxes;
    private final VBox rows;
    private final Label errors;
    private final LongConsumer captured;
    private final Button save;
    private final List<PersonRow> people = new ArrayList<>();
    private Meeting meeting;

    CapturePane(AppContext context, FlowPane cameBoxes, VBox rows, Label errors, Button save, LongConsumer captured) {
        this.context = context;
        this.texts = context.texts();
        this.cameBoxes = cameBoxes;
        this.rows = rows;
        this.errors = errors;
        this.captured = captured;
        this.save = save;
        Shown.set(errors, false);
    }

    /** The meeting shown changed, or its attendees did: who came is asked again; rows already typed are kept. */
    void meetingChanged(Meeting shown, List<ContactSummary> expected) {
        boolean another = meeting == null || meeting.id() != shown.id();
        meeting = shown;
        cameBoxes.getChildren().clear();
        for (ContactSummary person : expected) {
            CheckBox came = new CheckBox(person.name());
            came.setSelected(true);
            came.setUserData(person.id());
            came.setMnemonicParsing(false);
            cameBoxes.getChildren().add(came);
        }
        if (expected.isEmpty()) {
            Label none = new Label(texts.get("meetings.capture.nobodyExpected"));
            none.getStyleClass().add("muted");
            cameBoxes.getChildren().add(none);
        }
        if (another) {
            people.clear();
            rows.getChildren().clear();
            addRow();
            errors.setText("");
            Shown.set(errors, false);
        }
    }

    /** One more person to write down; the cursor goes to their name. */
    void addRow() {
        PersonRow row = new PersonRow(texts, people.size() + 1);
        people.add(row);
        rows.getChildren().add(row.box);
        row.name.requestFocus();
    }

    void save() {
        if (meeting == null) {
            return;
        }
        List<MetPerson> met = people.stream().map(PersonRow::person).toList();
        List<Long> came = cameBoxes.getChildren().stream()
                .filter(node -> node instanceof CheckBox box && box.isSelected())
                .map(node -> (Long) node.getUserData()).toList();
        long meetingId = meeting.id();
        String title = meeting.title();
        save.setDisable(true); // one capture at a time: a double click must not add everyone twice
        context.background().run(() -> {
            List<String> problems = context.meetings().check(met);
            return new Outcome(problems, problems.isEmpty() ? context.meetings().capture(meetingId, met, came) : null);
        }, outcome -> {
            save.setDisable(false);
            if (outcome.done() == null) {
                errors.setText(String.join("\n", outcome.problems()));
                Shown.set(errors, true);
                return;
            }
            MeetingPlanner.Captured done = outcome.done();
            errors.setText("");
            Shown.set(errors, false);
            people.clear();
            rows.getChildren().clear();
            addRow();
            context.notifications().show(texts.get("meetings.capture.saved", done.added().size(), title,
                    done.metThere().contactIds().size()));
            captured.accept(meetingId);
        }, error -> {
            save.setDisable(false);
            context.background().report(error);
        });
    }

    /** What saving came to: the problems found (nothing written), or what was written. */
    private record Outcome(List<String> problems, MeetingPlanner.Captured done) {
    }

    /** The fields for one person met: name and organisation, one line each of like, dislike, deal-breaker, needs, offers. */
    private static final class PersonRow {
        final TextField name = new TextField();
        final TextField organisation = new TextField();
        final TextField like = new TextField();
        final TextField dislike = new TextField();
        final TextField dealBreaker = new TextField();
        final TextField needs = new TextField();
        final TextField offers = new TextField();
        final VBox box;

        PersonRow(Texts texts, int number) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("form-grid");
            for (int i = 0; i < 2; i++) {
                ColumnConstraints label = new ColumnConstraints();
                label.setMinWidth(90);
                ColumnConstraints field = new ColumnConstraints();
                field.setHgrow(Priority.ALWAYS);
                field.setMinWidth(60);
                field.setPrefWidth(140);
                grid.getColumnConstraints().addAll(label, field);
            }
            add(grid, texts, "name", name, 0, 0);
            add(grid, texts, "organisation", organisation, 0, 2);
            add(grid, texts, "like", like, 1, 0);
            add(grid, texts, "dislike", dislike, 1, 2);
            add(grid, texts, "dealBreaker", dealBreaker, 2, 0);
            add(grid, texts, "needs", needs, 3, 0);
            add(grid, texts, "offers", offers, 3, 2);
            Label title = new Label(texts.get("meetings.capture.person", number));
            title.getStyleClass().add("field-label");
            box = new VBox(4, title, grid);
            box.getStyleClass().add("capture-person");
        }

        private static void add(GridPane grid, Texts texts, String key, TextField field, int row, int column) {
            Label label = new Label(texts.get("meetings.capture." + key));
            label.getStyleClass().add("field-label");
            label.setLabelFor(field);
            field.setAccessibleText(label.getText());
            field.getStyleClass().add("capture-" + key);
            field.setPrefColumnCount(8);
            grid.add(label, column, row);
            grid.add(field, column + 1, row);
        }

        MetPerson person() {
            return new MetPerson(name.getText(), organisation.getText(), like.getText(), dislike.getText(),
                    dealBreaker.getText(), needs.getText(), offers.getText());
        }
    }
}
