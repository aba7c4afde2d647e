package app.rapport.ui.introductions;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.model.Gratitude;
import app.rapport.model.Suggestion;
import app.rapport.model.Introduction;
import app.rapport.model.Introduction.Side;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.OptIn;
import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionMessage;
import app.rapport.service.IntroductionMessages;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.IntroductionStep;
import app.rapport.ui.AppContext;
import app.rapport.ui.FilterChoice;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Introductions screen: the pipeline of introductions (filterable by status and contact), the selected one's
 * steps (one click each, dated, undoable), its follow-up date and its ready-to-edit messages; and a new
 * introduction planned behind guardrails.
 */
public final class IntroductionsController {

    /** Pipeline order: the step it is at, then the nearest follow-up, then the newest plan. */
    private static final Comparator<IntroductionSummary> PIPELINE_ORDER = Comparator
            .comparing((IntroductionSummary s) -> s.introduction().status())
            .thenComparing(s -> s.introduction().followUpOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.introduction().plannedOn(), Comparator.reverseOrder());

    /** How many suggestions and people to thank the screen lists. */
    private static final int SUGGESTIONS = 50;

    private final AppContext context;
    private final ContactBook book;
    private final IntroductionPlanner planner;
    private final IntroductionMessages messages = new IntroductionMessages();
    private final Texts texts;
    private final ObservableList<IntroductionSummary> all = FXCollections.observableArrayList();
    private final FilteredList<IntroductionSummary> shown = new FilteredList<>(all);

    private IntroductionSummary selected;
    /** The two people of the selected introduction, read for its messages. */
    private Contact personA;
    private Contact personB;
    private boolean populating;

    @FXML private SplitPane root;
    @FXML private TabPane tabs;
    @FXML private Tab pipelineTab;
    @FXML private ComboBox<FilterChoice<IntroductionStatus>> statusFilter;
    @FXML private TextField contactFilter;
    @FXML private TableView<IntroductionSummary> pipeline;
    @FXML private TableColumn<IntroductionSummary, String> statusColumn;
    @FXML private TableColumn<IntroductionSummary, String> peopleColumn;
    @FXML private TableColumn<IntroductionSummary, String> followUpColumn;
    @FXML private ScrollPane detail;
    @FXML private Label pairHeading;
    @FXML private Label statusChip;
    @FXML private Label plannedLabel;
    @FXML private Label whyALabel;
    @FXML private Label whyAText;
    @FXML private Label whyBLabel;
    @FXML private Label whyBText;
    @FXML private Label noteLabel;
    @FXML private Label noteText;
    @FXML private VBox steps;
    @FXML private DatePicker followUpPicker;
    @FXML private ComboBox<MessageChoice> messageChoice;
    @FXML private Label messageTo;
    @FXML private TextField messageSubject;
    @FXML private TextArea messageText;
    @FXML private ListView<Suggestion> suggestions;
    @FXML private ListView<Gratitude> gratitude;
    @FXML private VBox noSelection;
    @FXML private Label noSelectionLabel;

    public IntroductionsController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.planner = context.introductions();
        this.texts = context.texts();
    }

    /** Which message the user is looking at: the opt-in ask to one side, or the introduction to both. */
    private record MessageChoice(Side askSide, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FXML
    private void initialize() {
        List<FilterChoice<IntroductionStatus>> statuses = new ArrayList<>();
        statuses.add(new FilterChoice<>(null, texts.get("introductions.filter.anyStatus")));
        for (IntroductionStatus status : IntroductionStatus.values()) {
            statuses.add(new FilterChoice<>(status, texts.get("introduction.status." + status.name())));
        }
        statusFilter.getItems().setAll(statuses);
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((obs, before, now) -> applyFilter());
        contactFilter.textProperty().addListener((obs, before, now) -> applyFilter());

        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                texts.get("introduction.status." + row.getValue().introduction().status().name())));
        peopleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                texts.get("introductions.pair", row.getValue().nameA(), row.getValue().nameB())));
        followUpColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                texts.date(row.getValue().introduction().followUpOn())));
        pipeline.setItems(shown.sorted(PIPELINE_ORDER));
        pipeline.setPlaceholder(new Label(texts.get("introductions.pipeline.empty")));
        pipeline.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> select(now));

        followUpPicker.valueProperty().addListener((obs, before, now) -> {
            if (!populating && selected != null) {
                changeFollowUp(now);
            }
        });
        messageChoice.valueProperty().addListener((obs, before, now) -> {
            if (!populating) {
                showMessage();
            }
        });
        suggestions.setCellFactory(list -> new SuggestionCell(texts, this::accept));
        suggestions.setPlaceholder(placeholder("suggestions.empty"));
        gratitude.setCellFactory(list -> new GratitudeCell(texts, this::accept));
        gratitude.setPlaceholder(placeholder("gratitude.empty"));
        showNothingSelected();
    }

    private Label placeholder(String key) {
        Label label = new Label(texts.get(key));
        label.setWrapText(true);
        label.getStyleClass().add("empty-state-text");
        return label;
    }

    /** The screen is shown: read the pipeline again. */
    public void refresh() {
        load(selected == null ? null : selected.introduction().id());
        loadSuggestions();
    }

    /** Shows the introduction with {@code introductionId} in the pipeline, filters cleared (as Today's rows ask). */
    public void open(long introductionId) {
        tabs.getSelectionModel().select(pipelineTab);
        statusFilter.getSelectionModel().selectFirst();
        contactFilter.clear();
        load(introductionId);
    }

    private void load(Long keep) {
        context.background().run(planner::pipeline, introductions -> {
            all.setAll(introductions);
            selectById(keep);
            if (all.isEmpty()) {
                showNothingSelected();
            }
        });
    }

    /** Who should meet whom, and whom to thank: read after the pipeline, as they take longer in a big network. */
    private void loadSuggestions() {
        context.background().run(() -> context.suggestions().top(SUGGESTIONS),
                (List<Suggestion> found) -> suggestions.getItems().setAll(found));
        context.background().run(() -> context.suggestions().gratitude(SUGGESTIONS),
                (List<Gratitude> found) -> gratitude.getItems().setAll(found));
    }

    /**
     * Accepting a suggestion opens the new-introduction form filled in: each side's reason from what they need
     * that the other offers (empty where only one side gains: the user says why the other would).
     */
    private void accept(Suggestion suggestion) {
        plan(new ContactSummary(suggestion.contactA(), suggestion.nameA(), "", "", null, false, false),
                new ContactSummary(suggestion.contactB(), suggestion.nameB(), "", "", null, false, false),
                reasonsFor(suggestion, suggestion.nameA()), reasonsFor(suggestion, suggestion.nameB()));
    }

    private static String reasonsFor(Suggestion suggestion, String name) {
        return String.join("; ", suggestion.reasons().stream().filter(reason -> reason.startsWith(name + " "))
                .toList());
    }

    private void applyFilter() {
        FilterChoice<IntroductionStatus> status = statusFilter.getValue();
        String text = contactFilter.getText() == null ? "" : contactFilter.getText();
        shown.setPredicate(summary -> (status == null || status.value() == null
                || summary.introduction().status() == status.value()) && summary.mentions(text));
    }

    private void selectById(Long id) {
        if (id == null) {
            return;
        }
        for (IntroductionSummary summary : pipeline.getItems()) {
            if (summary.introduction().id() == id) {
                pipeline.getSelectionModel().select(summary);
                pipeline.scrollTo(summary);
                select(summary);
                return;
            }
        }
    }

    private void select(IntroductionSummary summary) {
        if (summary == null) {
            return; // keep showing the last one while the list is refilled
        }
        selected = summary;
        Introduction introduction = summary.introduction();
        context.background().run(() -> List.of(book.contact(introduction.contactA()),
                book.contact(introduction.contactB())), people -> {
            if (selected != summary) {
                return;
            }
            personA = people.get(0);
            personB = people.get(1);
            showDetail(summary);
        });
    }

    private void showNothingSelected() {
        selected = null;
        detail.setVisible(false);
        noSelection.setVisible(true);
        noSelectionLabel.setText(texts.get(all.isEmpty() ? "introductions.none" : "introductions.noSelection"));
    }

    private void showDetail(IntroductionSummary summary) {
        Introduction introduction = summary.introduction();
        noSelection.setVisible(false);
        detail.setVisible(true);
        pairHeading.setText(texts.get("introductions.pair", summary.nameA(), summary.nameB()));
        statusChip.setText(statusText(introduction));
        statusChip.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-chip"));
        statusChip.getStyleClass().add("status-" + introduction.status().name().toLowerCase(Locale.ROOT));
        plannedLabel.setText(texts.get("introductions.planned", texts.date(introduction.plannedOn())));
        whyALabel.setText(texts.get("introductions.whyFor", summary.nameA()));
        whyAText.setText(introduction.whyA());
        whyBLabel.setText(texts.get("introductions.whyFor", summary.nameB()));
        whyBText.setText(introduction.whyB());
        Shown.set(noteLabel, !introduction.note().isBlank());
        Shown.set(noteText, !introduction.note().isBlank());
        noteText.setText(introduction.note());
        showSteps(summary);
        populating = true;
        try {
            followUpPicker.setValue(introduction.followUpOn());
            followUpPicker.setDisable(!introduction.open());
            List<MessageChoice> choices = List.of(
                    new MessageChoice(Side.A, texts.get("introductions.message.ask", summary.nameA())),
                    new MessageChoice(Side.B, texts.get("introductions.message.ask", summary.nameB())),
                    new MessageChoice(null, texts.get("introductions.message.introduce")));
            messageChoice.getItems().setAll(choices);
            messageChoice.setValue(choices.get(suggestedMessage(introduction)));
        } finally {
            populating = false;
        }
        showMessage();
    }

    /** "Asking · Ana agreed, Ben asked" style: the status and, for an outcome, which. */
    private String statusText(Introduction introduction) {
        if (introduction.outcome() != null) {
            return texts.get("introduction.outcome." + introduction.outcome().name());
        }
        return texts.get("introduction.status." + introduction.status().name());
    }

    /** The message for the step at hand: ask whoever is not asked yet (or still owes an answer), then introduce. */
    private static int suggestedMessage(Introduction introduction) {
        for (OptIn waiting : List.of(OptIn.NOT_ASKED, OptIn.ASKED)) {
            if (introduction.sideA() == waiting) {
                return 0;
            }
            if (introduction.sideB() == waiting) {
                return 1;
            }
        }
        return 2;
    }

    /** One row per side (its opt-in and the buttons for the next step), then introduce, then the outcome. */
    private void showSteps(IntroductionSummary summary) {
        Introduction introduction = summary.introduction();
        long id = introduction.id();
        steps.getChildren().clear();
        for (Side side : Side.values()) {
            String name = summary.name(side);
            OptIn optIn = introduction.optIn(side);
            LocalDate asked = side == Side.A ? introduction.askedA() : introduction.askedB();
            LocalDate answered = side == Side.A ? introduction.answeredA() : introduction.answeredB();
            String state = switch (optIn) {
                case NOT_ASKED -> texts.get("optIn.NOT_ASKED");
                case ASKED -> texts.get("optIn.ASKED", texts.date(asked));
                case AGREED -> texts.get("optIn.AGREED", texts.date(answered));
                case DECLINED -> texts.get("optIn.DECLINED", texts.date(answered));
            };
            List<Button> buttons = new ArrayList<>();
            String suffix = "-" + side.name().toLowerCase(Locale.ROOT);
            if (introduction.open() && introduction.introducedOn() == null) {
                if (optIn == OptIn.NOT_ASKED) {
                    buttons.add(stepButton(texts.get("step.ask", name), "step-ask" + suffix,
                            () -> planner.ask(id, side), "step.done.asked", name));
                } else if (optIn == OptIn.ASKED) {
                    buttons.add(stepButton(texts.get("step.agreed"), "step-agreed" + suffix,
                            () -> planner.answer(id, side, true), "step.done.agreed", name));
                    Button declined = stepButton(texts.get("step.declined"), "step-declined" + suffix,
                            () -> planner.answer(id, side, false), "step.done.declined", name);
                    declined.getStyleClass().add("danger");
                    buttons.add(declined);
                }
            }
            steps.getChildren().add(stepRow(name, state, buttons));
        }
        if (introduction.open() && introduction.introducedOn() == null) {
            Button introduce = stepButton(texts.get("step.introduce"), "step-introduce",
                    () -> planner.introduce(id), "step.done.introduced", summary.nameA(), summary.nameB());
            introduce.setDisable(introduction.sideA() != OptIn.AGREED || introduction.sideB() != OptIn.AGREED);
            introduce.getStyleClass().add("accent");
            steps.getChildren().add(stepRow(texts.get("step.introduction"),
                    texts.get(introduce.isDisable() ? "step.waitForBoth" : "step.bothAgreed"), List.of(introduce)));
        } else if (introduction.introducedOn() != null) {
            List<Button> outcomes = new ArrayList<>();
            if (introduction.open()) {
                for (IntroductionOutcome outcome : List.of(IntroductionOutcome.MET,
                        IntroductionOutcome.WORKING_TOGETHER, IntroductionOutcome.NOT_A_FIT)) {
                    outcomes.add(stepButton(texts.get("introduction.outcome." + outcome.name()),
                            "step-outcome-" + outcome.name().toLowerCase(Locale.ROOT),
                            () -> planner.close(id, outcome), "step.done.outcome",
                            texts.get("introduction.outcome." + outcome.name())));
                }
            }
            steps.getChildren().add(stepRow(texts.get("step.introduction"),
                    texts.get("step.introducedOn", texts.date(introduction.introducedOn())), List.of()));
            steps.getChildren().add(stepRow(texts.get("step.outcome"), introduction.outcome() == null
                    ? texts.get("step.howDidItGo") : texts.get("step.outcomeOn",
                    texts.get("introduction.outcome." + introduction.outcome().name()),
                    texts.date(introduction.outcomeOn())), outcomes));
        }
    }

    private static HBox stepRow(String who, String state, List<Button> buttons) {
        Label whoLabel = new Label(who);
        whoLabel.getStyleClass().add("step-who");
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label stateLabel = new Label(state);
        stateLabel.getStyleClass().add("step-state");
        stateLabel.setWrapText(true);
        HBox.setHgrow(stateLabel, Priority.ALWAYS);
        HBox row = new HBox(10, whoLabel, stateLabel);
        row.getChildren().addAll(buttons);
        row.getStyleClass().add("step-row");
        return row;
    }

    /** A button that takes one step in the background, says so with Undo, and shows the result. */
    private Button stepButton(String label, String id, Supplier<IntroductionStep> step, String doneKey,
                              Object... doneArguments) {
        Button button = new Button(label);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setMnemonicParsing(false);
        button.setOnAction(event -> context.background().run(step::get, done -> {
            context.notifications().show(texts.get(doneKey, doneArguments), () -> context.background().run(
                    () -> planner.undo(done), () -> load(done.after().id())));
            load(done.after().id());
        }));
        return button;
    }

    private void changeFollowUp(LocalDate on) {
        long id = selected.introduction().id();
        context.background().run(() -> planner.followUpOn(id, on), changed -> load(id));
    }

    @FXML
    private void clearFollowUp() {
        followUpPicker.setValue(null);
    }

    private void showMessage() {
        MessageChoice choice = messageChoice.getValue();
        if (choice == null || selected == null || personA == null) {
            return;
        }
        IntroductionMessage message = message(choice);
        messageTo.setText(message.to().isEmpty() ? texts.get("introductions.message.noEmail")
                : texts.get("introductions.message.to", String.join(", ", message.to())));
        messageSubject.setText(message.subject());
        messageText.setText(message.body());
    }

    private IntroductionMessage message(MessageChoice choice) {
        Introduction introduction = selected.introduction();
        if (choice.askSide() == Side.A) {
            return messages.optInAsk(introduction, Side.A, personA, personB);
        }
        if (choice.askSide() == Side.B) {
            return messages.optInAsk(introduction, Side.B, personB, personA);
        }
        return messages.introduction(introduction, personA, personB);
    }

    /** The message as the user edited it. */
    private IntroductionMessage edited() {
        return new IntroductionMessage(message(messageChoice.getValue()).to(), messageSubject.getText(),
                messageText.getText());
    }

    @FXML
    private void copyMessage() {
        ClipboardContent content = new ClipboardContent();
        content.putString(edited().text());
        Clipboard.getSystemClipboard().setContent(content);
        context.notifications().show(texts.get("introductions.message.copied"));
    }

    @FXML
    private void mailMessage() {
        context.navigator().openLink(edited().mailto());
    }

    /** Plans a new introduction: pick two people, say why each benefits; guardrails show before saving. */
    @FXML
    public void newIntroduction() {
        plan(null, null, "", "");
    }

    /** Opens the new-introduction form filled in, as accepting a suggestion does. */
    public void plan(ContactSummary a, ContactSummary b, String whyA, String whyB) {
        NewIntroductionDialog dialog = new NewIntroductionDialog(context, a, b, whyA, whyB);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(step -> {
            context.notifications().show(texts.get("introductions.planned.done"), () -> context.background().run(
                    () -> planner.undo(step), () -> load(null)));
            tabsToPipeline();
            load(step.after().id());
            loadSuggestions(); // the pair planned is no longer a suggestion
        });
    }

    /** Shows the pipeline, unfiltered, so the introduction just planned is in view. */
    private void tabsToPipeline() {
        tabs.getSelectionModel().select(pipelineTab);
        statusFilter.getSelectionModel().selectFirst();
        contactFilter.clear();
    }
}
