package app.rapport.ui.meetings;

import app.rapport.model.ContactSummary;
import app.rapport.model.Meeting;
import app.rapport.service.MeetingField;
import app.rapport.service.MeetingPlanner;
import app.rapport.ui.AppContext;
import app.rapport.ui.ContactNames;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Meetings screen: upcoming and past meetings on the left; for the one chosen, its details and who is expected
 * (Plan), the briefing to read before it (Briefing), and the people met there written down after (After the
 * meeting). The briefing and the capture form have their own classes; this one binds the list and the plan.
 */
public final class MeetingsController {

    private final AppContext context;
    private final MeetingPlanner planner;
    private final Texts texts;
    /** The meeting in the form; id 0 while a new one is being written. */
    private Meeting current;
    private boolean populating;
    private boolean dirty;
    private ContactSummary picked;
    /** Who is expected at the meeting shown, for the name suggestions (read off the JavaFX thread). */
    private volatile Set<Long> expected = Set.of();
    private BriefingPane briefing;
    private CapturePane captureForm;

    @FXML private SplitPane root;
    @FXML private ListView<Meeting> meetings;
    @FXML private VBox noSelection;
    @FXML private Label noSelectionLabel;
    @FXML private TabPane tabs;
    @FXML private Tab planTab;
    @FXML private Tab briefingTab;
    @FXML private Tab captureTab;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private Label whenError;
    @FXML private TextField placeField;
    @FXML private Label placeError;
    @FXML private TextArea notesField;
    @FXML private Label notesError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label unsavedLabel;
    @FXML private VBox attendeesBox;
    @FXML private Label attendeesTitle;
    @FXML private TextField attendeeField;
    @FXML private Button addAttendeeButton;
    @FXML private ListView<ContactSummary> attendees;
    @FXML private CheckBox includeConfidential;
    @FXML private Button exportButton;
    @FXML private Button printButton;
    @FXML private ScrollPane briefingScroll;
    @FXML private VBox briefingPage;
    @FXML private FlowPane cameBoxes;
    @FXML private VBox captureRows;
    @FXML private Label captureErrors;
    @FXML private Button captureButton;

    public MeetingsController(AppContext context) {
        this.context = context;
        this.planner = context.meetings();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        meetings.setCellFactory(list -> new MeetingCell(texts, planner::now));
        meetings.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null && (current == null || now.id() != current.id())) {
                leaveThen(() -> show(now), () -> reselect(before));
            }
        });
        attendees.setCellFactory(list -> new AttendeeCell(texts, this::removeAttendee));
        attendees.setPlaceholder(new Label(texts.get("meetings.attendees.none")));
        attendees.setOnKeyPressed(event -> {
            ContactSummary chosen = attendees.getSelectionModel().getSelectedItem();
            if (chosen != null && (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)) {
                removeAttendee(chosen);
            } else if (chosen != null && event.getCode() == KeyCode.ENTER) {
                context.navigator().openContact(chosen.id());
            }
        });
        for (TextField field : List.of(titleField, timeField, placeField)) {
            field.textProperty().addListener((obs, before, now) -> edited());
        }
        notesField.textProperty().addListener((obs, before, now) -> edited());
        datePicker.valueProperty().addListener((obs, before, now) -> edited());
        ContactNames.suggest(attendeeField, context, id -> expected.contains(id),
                contact -> {
                    picked = contact;
                    addAttendee();
                });
        attendeeField.textProperty().addListener((obs, before, now) -> {
            if (picked != null && !ContactNames.describe(texts, picked).equals(now)) {
                picked = null;
            }
        });
        attendeeField.setOnAction(event -> addAttendee());
        briefing = new BriefingPane(context, briefingPage, includeConfidential, exportButton, printButton);
        captureForm = new CapturePane(context, cameBoxes, captureRows, captureErrors, captureButton, this::captured);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> tabShown(now));
        showNothing();
        clearErrors();
    }

    /** Reads the meetings again (the screen is shown, or something changed). */
    public void refresh() {
        context.background().run(() -> {
            List<Meeting> all = new ArrayList<>(planner.upcoming());
            all.addAll(planner.past());
            return all;
        }, all -> {
            long keep = current == null ? 0 : current.id();
            meetings.getItems().setAll(all);
            all.stream().filter(m -> m.id() == keep).findFirst().ifPresent(m -> {
                populating = true;
                meetings.getSelectionModel().select(m);
                populating = false;
                if (!dirty) {
                    reload(m.id()); // other screens may have changed its people meanwhile
                }
            });
            if (current == null) {
                showNothing();
            }
        });
    }

    /** Shows the meeting with {@code meetingId} and its briefing, as Today's Prepare button asks. */
    public void prepare(long meetingId) {
        leaveThen(() -> context.background().run(() -> planner.meeting(meetingId), meeting ->
                show(meeting, () -> tabs.getSelectionModel().select(briefingTab))), () -> { });
    }

    private void showNothing() {
        boolean none = meetings.getItems().isEmpty();
        noSelectionLabel.setText(texts.get(none ? "meetings.none" : "meetings.noSelection"));
        Shown.set(noSelection, true);
        tabs.setVisible(false);
    }

    private void reselect(Meeting before) {
        populating = true;
        if (before == null) {
            meetings.getSelectionModel().clearSelection();
        } else {
            meetings.getSelectionModel().select(before);
        }
        populating = false;
    }

    // ------------------------------------------------------------------------------------------ the plan

    /** Starts a new meeting in the form (unsaved edits of another are asked about first). */
    @FXML
    public void newMeeting() {
        leaveThen(() -> {
            meetings.getSelectionModel().clearSelection();
            LocalDate tomorrow = planner.now().toLocalDate().plusDays(1);
            fill(Meeting.planned("", tomorrow.atTime(8, 0), "", ""), List.of());
            tabs.getSelectionModel().select(planTab);
            titleField.requestFocus();
        }, () -> { });
    }

    private void show(Meeting meeting) {
        show(meeting, () -> { });
    }

    private void show(Meeting meeting, Runnable then) {
        context.background().run(() -> planner.attendees(meeting.id()), people -> {
            fill(meeting, people);
            then.run();
        });
    }

    private void fill(Meeting meeting, List<ContactSummary> people) {
        boolean chosenAnother = current == null || current.id() != meeting.id() || meeting.id() == 0;
        populating = true;
        current = meeting;
        meetings.getItems().stream().filter(m -> m.id() == meeting.id() && meeting.id() != 0).findFirst()
                .ifPresent(m -> meetings.getSelectionModel().select(m)); // shown from elsewhere (Prepare, undo)
        titleField.setText(meeting.title());
        datePicker.setValue(meeting.startsAt().toLocalDate());
        timeField.setText(MeetingTime.format(meeting.startsAt().toLocalTime()));
        placeField.setText(meeting.place());
        notesField.setText(meeting.notes());
        populating = false;
        dirty = false;
        clearErrors();
        boolean stored = meeting.id() != 0;
        Shown.set(attendeesBox, stored);
        deleteButton.setDisable(!stored);
        briefingTab.setDisable(!stored);
        captureTab.setDisable(!stored);
        unsavedLabel.setText(stored ? "" : texts.get("meetings.new.hint"));
        Shown.set(noSelection, false);
        tabs.setVisible(true);
        if (chosenAnother) {
            briefing.meetingChosen();
        } else {
            briefing.meetingChanged();
        }
        showPeople(meeting, people);
    }

    /** Who is expected at the meeting shown, wherever that appears: the list and its title, who came, the tab shown. */
    private void showPeople(Meeting stored, List<ContactSummary> people) {
        expected = Set.copyOf(stored.attendeeIds());
        attendees.getItems().setAll(people);
        attendeesTitle.setText(texts.get("meetings.attendees.title", people.size()));
        captureForm.meetingChanged(stored, people);
        tabShown(tabs.getSelectionModel().getSelectedItem());
    }

    private void edited() {
        if (populating || current == null) {
            return;
        }
        dirty = true;
        unsavedLabel.setText(texts.get("meetings.unsaved"));
    }

    private void clearErrors() {
        for (Label error : List.of(titleError, whenError, placeError, notesError)) {
            error.setText("");
            Shown.set(error, false);
        }
    }

    /** The meeting as the form has it; empty (with the problem shown) when the date or time is not usable. */
    private Optional<Meeting> fromForm() {
        LocalTime time = MeetingTime.parse(timeField.getText());
        LocalDate day = datePicker.getValue();
        if (day == null || time == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(current.id(), titleField.getText(), LocalDateTime.of(day, time),
                placeField.getText(), notesField.getText(), current.attendeeIds()));
    }

    /** Saves the meeting's details (the Save button, and Ctrl+S on this screen). */
    @FXML
    public void save() {
        saveThen(null, () -> { });
    }

    /**
     * Saves the form; then {@code after} (null: show the saved meeting again), or {@code invalid} when the form
     * has a problem and nothing was saved.
     */
    private void saveThen(Runnable after, Runnable invalid) {
        if (current == null) {
            invalid.run();
            return;
        }
        clearErrors();
        Map<MeetingField, String> problems = new EnumMap<>(MeetingField.class);
        Optional<Meeting> meeting = fromForm();
        if (meeting.isEmpty()) {
            problems.put(MeetingField.STARTS_AT, texts.get(datePicker.getValue() == null
                    ? "meetings.error.date" : "meetings.error.time"));
        } else {
            problems.putAll(planner.validate(meeting.get()));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            invalid.run();
            return;
        }
        context.background().run(() -> planner.save(meeting.get()), saved -> {
            current = saved;
            dirty = false;
            context.notifications().show(texts.get("meetings.saved", saved.title()));
            refresh();
            if (after == null) {
                show(saved);
            } else {
                after.run();
            }
        });
    }

    private void showProblems(Map<MeetingField, String> problems) {
        Map<MeetingField, Label> labels = Map.of(MeetingField.TITLE, titleError, MeetingField.STARTS_AT, whenError,
                MeetingField.PLACE, placeError, MeetingField.NOTES, notesError);
        problems.forEach((field, message) -> {
            Label label = labels.get(field);
            label.setText(message);
            Shown.set(label, true);
        });
        (problems.containsKey(MeetingField.TITLE) ? titleField
                : problems.containsKey(MeetingField.STARTS_AT) ? timeField : placeField).requestFocus();
    }

    /** Runs {@code go} once unsaved edits are saved or discarded; {@code stay} when the user keeps editing. */
    private void leaveThen(Runnable go, Runnable stay) {
        if (populating) {
            return;
        }
        if (!dirty) {
            go.run();
            return;
        }
        ButtonType save = new ButtonType(texts.get("meetings.leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("meetings.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(texts.get("meetings.leave.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Shown.alert(root, Alert.AlertType.CONFIRMATION, texts.get("meetings.leave.title"),
                texts.get("meetings.leave.header"), "", save, discard, keep);
        ButtonType answer = alert.showAndWait().orElse(keep);
        if (answer == save) {
            saveThen(go, stay);
        } else if (answer == discard) {
            dirty = false;
            go.run();
        } else {
            stay.run();
        }
    }

    /** Runs {@code close} once the meeting form allows it (unsaved edits saved or discarded). */
    public void confirmLeave(Runnable close) {
        leaveThen(close, () -> { });
    }

    @FXML
    private void delete() {
        if (current == null || current.id() == 0) {
            return;
        }
        Meeting meeting = current;
        Alert alert = Shown.alert(root, Alert.AlertType.CONFIRMATION, texts.get("meetings.delete.title"),
                texts.get("meetings.delete.header", meeting.title()), texts.get("meetings.delete.text"),
                new ButtonType(texts.get("meetings.delete"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        if (alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        context.background().run(() -> planner.delete(meeting.id()), removed -> {
            current = null;
            dirty = false;
            refresh();
            showNothing();
            context.notifications().show(texts.get("meetings.deleted", removed.title()), () ->
                    context.background().run(() -> planner.restore(removed), back -> {
                        refresh();
                        leaveThen(() -> show(back), () -> { });
                    }));
        });
    }

    // ------------------------------------------------------------------------------------------ who is expected

    /**
     * Adds what the field holds: the contact picked from the suggestions; else someone of exactly that name; else,
     * in the same step, a new contact with that name.
     */
    @FXML
    private void addAttendee() {
        if (current == null || current.id() == 0) {
            return;
        }
        long meetingId = current.id();
        ContactSummary chosen = picked;
        String typed = attendeeField.getText().strip();
        if (chosen == null && typed.isEmpty()) {
            attendeeField.requestFocus();
            return;
        }
        context.background().run(() -> {
            if (chosen != null) {
                planner.addAttendee(meetingId, chosen.id());
                return null;
            }
            Optional<ContactSummary> same = context.contacts().findByName(typed, 20).stream()
                    .filter(c -> c.name().equalsIgnoreCase(typed) && !c.archived()).findFirst();
            if (same.isPresent()) {
                planner.addAttendee(meetingId, same.get().id());
                return null;
            }
            return planner.addNewAttendee(meetingId, typed).name();
        }, newName -> {
            picked = null;
            attendeeField.clear();
            if (newName != null) {
                context.notifications().show(texts.get("meetings.attendees.created", newName));
            }
            reload(meetingId);
            attendeeField.requestFocus();
        });
    }

    private void removeAttendee(ContactSummary person) {
        long meetingId = current.id();
        context.background().run(() -> planner.removeAttendee(meetingId, person.id()), before -> {
            reload(meetingId);
            context.notifications().show(texts.get("meetings.attendees.removed", person.name(), before.title()),
                    () -> context.background().run(() -> planner.restoreAttendee(before, person.id()),
                            () -> reload(meetingId)));
        });
    }

    /** A meeting as stored and its expected attendees, read together. */
    private record Expected(Meeting meeting, List<ContactSummary> people) {
    }

    /** Reads the meeting and its attendees again, keeping unsaved edits of its details. */
    private void reload(long meetingId) {
        context.background().run(() -> new Expected(planner.meeting(meetingId), planner.attendees(meetingId)),
                read -> {
                    if (current == null || current.id() != meetingId) {
                        return;
                    }
                    Meeting stored = read.meeting();
                    List<ContactSummary> people = read.people();
                    current = current.withAttendees(stored.attendeeIds());
                    briefing.meetingChanged();
                    refreshListEntry(stored);
                    showPeople(stored, people);
                });
    }

    private void refreshListEntry(Meeting stored) {
        populating = true;
        for (int i = 0; i < meetings.getItems().size(); i++) {
            if (meetings.getItems().get(i).id() == stored.id()) {
                boolean selected = meetings.getSelectionModel().getSelectedIndex() == i;
                meetings.getItems().set(i, stored);
                if (selected) {
                    meetings.getSelectionModel().select(i);
                }
            }
        }
        populating = false;
    }

    // ------------------------------------------------------------------------------------------ the other tabs

    private void tabShown(Tab tab) {
        if (current == null || current.id() == 0) {
            return;
        }
        if (tab == briefingTab) {
            briefing.show(current.id());
        }
    }

    /** After the quick capture: the new people are attendees now. */
    private void captured(long meetingId) {
        reload(meetingId);
    }

    /** Where exported briefings are saved: a file chooser unless replaced (tests choose a file themselves). */
    public void setSaveLocation(java.util.function.BiFunction<javafx.stage.Window, String,
            Optional<java.nio.file.Path>> chooser) {
        briefing.setSaveLocation(chooser);
    }

    @FXML
    private void exportBriefing() {
        briefing.export();
    }

    @FXML
    private void printBriefing() {
        briefing.print();
    }

    @FXML
    private void addCaptureRow() {
        captureForm.addRow();
    }

    @FXML
    private void capture() {
        captureForm.save();
    }
}
