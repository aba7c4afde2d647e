package app.rapport.ui.contacts;

import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactValidator;
import app.rapport.ui.AppContext;
import app.rapport.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact's timeline: log a call, a meeting, a referral... with an optional follow-up date; newest first.
 * A summary typed but not yet added is kept per contact.
 */
public final class TimelineController {

    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private final Drafts drafts = new Drafts();
    private Runnable onChanged = () -> { };
    private long contactId;

    @FXML private ComboBox<InteractionKind> kindBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField summaryField;
    @FXML private DatePicker followUpPicker;
    @FXML private Label errorLabel;
    @FXML private Button addButton;
    @FXML private ListView<Interaction> timelineList;
    @FXML private Label emptyLabel;

    public TimelineController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(InteractionKind.values());
        kindBox.getItems().remove(InteractionKind.INTRODUCTION); // introductions are logged by the planner
        kindBox.setConverter(texts.converter(texts::kind));
        kindBox.setValue(InteractionKind.MEETING);
        datePicker.setValue(book.today());
        timelineList.setCellFactory(list -> new InteractionCell());
        timelineList.setOnKeyPressed(event -> {
            Interaction selected = timelineList.getSelectionModel().getSelectedItem();
            if (selected != null && event.getCode() == KeyCode.DELETE) {
                remove(selected);
            }
        });
        MenuItem removeItem = new MenuItem(texts.get("timeline.remove"));
        removeItem.setOnAction(event -> {
            Interaction selected = timelineList.getSelectionModel().getSelectedItem();
            if (selected != null) {
                remove(selected);
            }
        });
        timelineList.setContextMenu(new ContextMenu(removeItem));
        timelineList.getContextMenu().setOnShowing(event ->
                removeItem.setDisable(timelineList.getSelectionModel().isEmpty()));
        summaryField.textProperty().addListener((obs, before, now) -> check());
        datePicker.valueProperty().addListener((obs, before, now) -> check());
        followUpPicker.valueProperty().addListener((obs, before, now) -> check());
        check();
    }

    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    void show(long contactId, List<Interaction> timeline) {
        if (this.contactId != contactId) {
            String draft = drafts.swap(this.contactId, summaryField.getText(), contactId);
            this.contactId = contactId;
            summaryField.setText(draft);
            followUpPicker.setValue(null);
            datePicker.setValue(book.today());
        }
        timelineList.getItems().setAll(timeline);
        emptyLabel.setVisible(timeline.isEmpty());
        timelineList.setVisible(!timeline.isEmpty());
    }

    /** Shows what stops the entry from being added, and enables Add only when nothing does. */
    private String check() {
        String problem = null;
        String summary = summaryField.getText() == null ? "" : summaryField.getText().strip();
        if (datePicker.getValue() == null) {
            problem = texts.get("timeline.error.date");
        } else if (ContactValidator.characters(summary) > TextLimits.SUMMARY) {
            problem = texts.get("timeline.error.tooLong", TextLimits.SUMMARY, ContactValidator.characters(summary));
        } else if (followUpPicker.getValue() != null && followUpPicker.getValue().isBefore(datePicker.getValue())) {
            problem = texts.get("timeline.error.followUp");
        }
        errorLabel.setText(problem == null ? "" : problem);
        addButton.setDisable(problem != null || summary.isEmpty());
        return problem;
    }

    @FXML
    void add() {
        String summary = summaryField.getText() == null ? "" : summaryField.getText().strip();
        if (check() != null || summary.isEmpty() || contactId == 0) {
            return;
        }
        Interaction interaction = Interaction.draft(kindBox.getValue(), datePicker.getValue(), summary,
                followUpPicker.getValue(), List.of(contactId));
        LocalDate followUp = followUpPicker.getValue();
        long id = contactId;
        // emptied at once, so a second Enter adds nothing; put back if the write fails
        summaryField.clear();
        followUpPicker.setValue(null);
        summaryField.requestFocus();
        context.background().run(() -> book.logInteraction(interaction), added -> onChanged.run(), error -> {
            if (contactId == id && summaryField.getText().isEmpty()) {
                summaryField.setText(summary);
                followUpPicker.setValue(followUp);
            }
            errorLabel.setText(texts.describe(error));
        });
    }

    private void remove(Interaction interaction) {
        long id = contactId;
        context.background().run(() -> book.removeFromTimeline(interaction, id), () -> {
            context.notifications().show(texts.get("timeline.removed", texts.kind(interaction.kind()),
                            texts.date(interaction.happenedOn())),
                    () -> context.background().run(() -> book.restoreInteraction(interaction), onChanged));
            onChanged.run();
        });
    }

    /** One event: date and kind, the summary, and the follow-up date (marked when it has passed). */
    private final class InteractionCell extends ListCell<Interaction> {
        private final Label heading = new Label();
        private final Label summary = new Label();
        private final Label followUp = new Label();
        private final VBox box = new VBox(3, heading, summary, followUp);

        InteractionCell() {
            heading.getStyleClass().add("timeline-heading");
            summary.getStyleClass().add("timeline-summary");
            summary.setWrapText(true);
            followUp.getStyleClass().add("timeline-follow-up");
            box.getStyleClass().add("timeline-entry");
            box.setMinWidth(0);
            box.maxWidthProperty().bind(widthProperty().subtract(30));
        }

        @Override
        protected void updateItem(Interaction interaction, boolean empty) {
            super.updateItem(interaction, empty);
            if (empty || interaction == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            heading.setText(texts.date(interaction.happenedOn()) + " · " + texts.kind(interaction.kind()));
            summary.setText(interaction.summary());
            summary.setVisible(!interaction.summary().isEmpty());
            summary.setManaged(!interaction.summary().isEmpty());
            LocalDate due = interaction.followUpOn();
            followUp.setVisible(due != null);
            followUp.setManaged(due != null);
            followUp.getStyleClass().remove("overdue");
            if (due != null) {
                boolean overdue = due.isBefore(book.today());
                followUp.setText(texts.get(overdue ? "timeline.followUpOverdue" : "timeline.followUpBy",
                        texts.date(due)));
                if (overdue) {
                    followUp.getStyleClass().add("overdue");
                }
            }
            setGraphic(box);
            setAccessibleText(heading.getText() + ". " + interaction.summary()
                    + (due == null ? "" : ". " + followUp.getText()));
        }
    }
}
