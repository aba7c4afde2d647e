package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.StageChange;
import app.rapport.model.StayInTouchCadence;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactDetail;
import app.rapport.service.ContactField;
import app.rapport.service.InvalidContactException;
import app.rapport.service.ValidationProblems;
import app.rapport.ui.AppContext;
import app.rapport.ui.ContactNames;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The right-hand side of the Contacts screen: the selected contact's profile (an editable form with inline
 * validation), impressions and timeline. Edits are held until Save; leaving with unsaved edits asks first, and a
 * save the user asked for finishes before they move on.
 */
public final class ContactDetailController {


    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private final Map<ContactField, Control> fields = new EnumMap<>(ContactField.class);
    private final Map<ContactField, Label> errors = new EnumMap<>(ContactField.class);
    private Runnable onChanged = () -> { };

    /** The contact the user asked to see last; reads for any other arrive late and are dropped. */
    private long requestedId;
    /** What was last read from the store: the form's values are compared with it to tell unsaved edits. */
    private ContactDetail lastDetail;
    /** The stay-in-touch rhythm per stage, read with each contact: the field's hint says what an empty field means. */
    private StayInTouchCadence cadence = StayInTouchCadence.defaults();
    /** The contact picked in "Introduced by"; null for none. */
    private Long introducedById;
    /** True while "Introduced by" holds typed text that is neither empty, the stored name, nor a pick. */
    private boolean introducedByUnpicked;
    /** Set while the program fills the form, so that its changes are not taken for the user's. */
    private boolean populating;

    @FXML private VBox root;
    @FXML private Label nameHeading;
    @FXML private Label subtitle;
    @FXML private Label stageChip;
    @FXML private Label dealBreakerBadge;
    @FXML private Label archivedBadge;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button archiveButton;
    @FXML private Label unsavedLabel;
    @FXML private TabPane tabs;
    @FXML private Tab profileTab;
    @FXML private Tab impressionsTab;
    @FXML private Tab timelineTab;
    @FXML private TextField nameField;
    @FXML private TextField organisationField;
    @FXML private TextField roleField;
    @FXML private TextField cityField;
    @FXML private TextField emailsField;
    @FXML private TextField phonesField;
    @FXML private TextField linkField;
    @FXML private TextField howWeMetField;
    @FXML private TextField whereWeMetField;
    @FXML private DatePicker metOnPicker;
    @FXML private TextField introducedByField;
    @FXML private TextArea needsArea;
    @FXML private TextArea offersArea;
    @FXML private ComboBox<RelationshipStage> stageBox;
    @FXML private TextField stayInTouchField;
    @FXML private TextField tagsField;
    @FXML private TextArea notesArea;
    @FXML private VBox stageHistoryBox;
    @FXML private VBox introductionsBox;
    @FXML private ImpressionsController impressionsController;
    @FXML private TimelineController timelineController;

    public ContactDetailController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        stageBox.getItems().setAll(RelationshipStage.values());
        stageBox.setConverter(texts.converter(texts::stage));
        fields.put(ContactField.NAME, nameField);
        fields.put(ContactField.ORGANISATION, organisationField);
        fields.put(ContactField.ROLE, roleField);
        fields.put(ContactField.CITY, cityField);
        fields.put(ContactField.EMAILS, emailsField);
        fields.put(ContactField.PHONES, phonesField);
        fields.put(ContactField.LINK, linkField);
        fields.put(ContactField.HOW_WE_MET, howWeMetField);
        fields.put(ContactField.WHERE_WE_MET, whereWeMetField);
        fields.put(ContactField.MET_ON, metOnPicker);
        fields.put(ContactField.INTRODUCED_BY, introducedByField);
        fields.put(ContactField.NEEDS, needsArea);
        fields.put(ContactField.OFFERS, offersArea);
        fields.put(ContactField.STAGE, stageBox);
        fields.put(ContactField.STAY_IN_TOUCH, stayInTouchField);
        fields.put(ContactField.TAGS, tagsField);
        fields.put(ContactField.NOTES, notesArea);
        fields.forEach((field, control) -> {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            Shown.set(error, false);
            ((Pane) control.getParent()).getChildren().add(error);
            errors.put(field, error);
            if (control instanceof TextInputControl input && control != introducedByField) {
                input.textProperty().addListener((obs, before, now) -> edited());
            }
        });
        metOnPicker.getEditor().textProperty().addListener((obs, before, now) -> edited());
        metOnPicker.valueProperty().addListener((obs, before, now) -> edited());
        stageBox.valueProperty().addListener((obs, before, now) -> {
            showStageRhythm();
            edited();
        });
        bindIntroducedBy();
        impressionsController.onChanged(this::reloadKeepingEdits);
        timelineController.onChanged(this::reloadKeepingEdits);
        showEditState(false, true);
    }

    /** "Introduced by" is picked by typing: suggestions come from the store, off the JavaFX thread. */
    private void bindIntroducedBy() {
        ContactNames.suggest(introducedByField, context, id -> id == requestedId, picked -> {
            populating = true;
            try {
                introducedByField.setText(picked.name());
            } finally {
                populating = false;
            }
            introducedById = picked.id();
            introducedByUnpicked = false;
            edited();
        });
        introducedByField.textProperty().addListener((obs, before, now) -> {
            if (populating) {
                return;
            }
            String typed = now.strip();
            if (typed.isEmpty()) {
                introducedById = null;
                introducedByUnpicked = false;
            } else if (lastDetail != null && typed.equals(lastDetail.introducedByName())) {
                introducedById = lastDetail.contact().introducedById();
                introducedByUnpicked = false;
            } else {
                introducedByUnpicked = true;
            }
            edited();
        });
    }

    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    /** Loads and shows the contact with {@code contactId}. */
    public void show(long contactId) {
        requestedId = contactId;
        context.background().run(() -> new Read(book.detail(contactId), context.preferences().load().stayInTouch()),
                read -> {
                    if (read.detail().contact().id() == requestedId) {
                        cadence = read.cadence();
                        populate(read.detail());
                    }
                });
    }

    private record Read(ContactDetail detail, StayInTouchCadence cadence) {
    }

    /** An empty stay-in-touch field follows the stage's rhythm; its hint says which. */
    private void showStageRhythm() {
        RelationshipStage stage = stageBox.getValue();
        stayInTouchField.setPromptText(stage == null || !stage.inFlow() ? texts.get("field.stayInTouch.prompt")
                : texts.get("field.stayInTouch.stagePrompt", cadence.daysFor(stage), texts.stage(stage)));
    }

    public void clear() {
        requestedId = 0;
        lastDetail = null;
        showEditState(false, true);
    }

    public void focusFirstField() {
        tabs.getSelectionModel().select(profileTab);
        organisationField.requestFocus();
    }

    /** Fills the whole form, the header and the tabs from what was read. */
    private void populate(ContactDetail detail) {
        Contact contact = detail.contact();
        lastDetail = detail;
        populating = true;
        try {
            nameField.setText(contact.name());
            organisationField.setText(contact.organisation());
            roleField.setText(contact.role());
            cityField.setText(contact.city());
            emailsField.setText(ListText.format(contact.emails()));
            phonesField.setText(ListText.format(contact.phones()));
            linkField.setText(contact.link());
            howWeMetField.setText(contact.howWeMet());
            whereWeMetField.setText(contact.whereWeMet());
            metOnPicker.setValue(contact.metOn());
            metOnPicker.getEditor().setText(contact.metOn() == null ? ""
                    : metOnPicker.getConverter().toString(contact.metOn()));
            introducedByField.setText(Objects.requireNonNullElse(detail.introducedByName(), ""));
            introducedById = contact.introducedById();
            introducedByUnpicked = false;
            needsArea.setText(contact.needs());
            offersArea.setText(contact.offers());
            stageBox.setValue(contact.stage());
            showStageRhythm();
            stayInTouchField.setText(contact.stayInTouchDays() == null ? "" : contact.stayInTouchDays().toString());
            tagsField.setText(ListText.format(contact.tags()));
            notesArea.setText(contact.notes());
        } finally {
            populating = false;
        }
        showRecords(detail);
        edited();
    }

    /**
     * Shows what was read again after an impression, decision or timeline entry, leaving the user's unsaved edits
     * in the form as typed. Only a stage changed in the store (walking away parks the contact) reaches the form.
     */
    private void refresh(ContactDetail detail) {
        if (!isDirty()) {
            populate(detail);
            return;
        }
        RelationshipStage storedBefore = lastDetail.contact().stage();
        lastDetail = detail;
        if (detail.contact().stage() != storedBefore) {
            populating = true;
            try {
                stageBox.setValue(detail.contact().stage());
            } finally {
                populating = false;
            }
        }
        showRecords(detail);
        edited();
    }

    /** The header, stage history, impressions and timeline: what the form does not edit. */
    private void showRecords(ContactDetail detail) {
        Contact contact = detail.contact();
        nameHeading.setText(contact.name());
        subtitle.setText(ContactListCell.subtitle(contact.organisation(), contact.role()));
        stageChip.setText(texts.stage(contact.stage()));
        Shown.stageStyle(stageChip, contact.stage());
        Shown.set(dealBreakerBadge, detail.hasUnresolvedDealBreaker());
        Shown.set(archivedBadge, contact.archived());
        archiveButton.setText(texts.get(contact.archived() ? "detail.restore" : "detail.archive"));
        showStageHistory(detail.stageHistory());
        showIntroductions(contact.id(), detail.introductions());
        impressionsController.show(contact.id(), contact.name(), detail.impressions());
        timelineController.show(contact.id(), detail.timeline());
        impressionsTab.setText(texts.get("detail.tab.impressionsCount", detail.impressions().size()));
        timelineTab.setText(texts.get("detail.tab.timelineCount", detail.timeline().size()));
    }

    /** "With Ben Whitaker: Asking (planned 12 Mar)", newest first; a line to say there are none. */
    private void showIntroductions(long contactId, List<IntroductionSummary> introductions) {
        introductionsBox.getChildren().clear();
        if (introductions.isEmpty()) {
            Label none = new Label(texts.get("detail.introductions.none"));
            none.getStyleClass().add("history-line");
            introductionsBox.getChildren().add(none);
        }
        for (IntroductionSummary summary : introductions) {
            var introduction = summary.introduction();
            String step = introduction.outcome() != null
                    ? texts.get("introduction.outcome." + introduction.outcome().name())
                    : texts.get("introduction.status." + introduction.status().name());
            Label line = new Label(texts.get("detail.introductions.line", summary.otherName(contactId), step,
                    texts.date(introduction.plannedOn())));
            line.setWrapText(true);
            line.getStyleClass().addAll("history-line", "introduction-line");
            introductionsBox.getChildren().add(line);
        }
    }

    private void showStageHistory(List<StageChange> history) {
        stageHistoryBox.getChildren().clear();
        for (int i = history.size() - 1; i >= 0; i--) {
            StageChange change = history.get(i);
            String step = change.from() == null
                    ? texts.get("history.started", texts.stage(change.to()), texts.date(change.changedOn()))
                    : texts.get("history.moved", texts.stage(change.from()), texts.stage(change.to()),
                    texts.date(change.changedOn()));
            Label line = new Label(change.reason().isEmpty() ? step : texts.get("history.because", step, change.reason()));
            line.setWrapText(true);
            line.getStyleClass().add("history-line");
            stageHistoryBox.getChildren().add(line);
        }
    }

    /** The contact as the form describes it now, typed-but-not-committed dates included. */
    Contact formContact() {
        Contact stored = lastDetail.contact();
        return new Contact(stored.id(), nameField.getText(), organisationField.getText(), roleField.getText(),
                ListText.parse(emailsField.getText()), ListText.parse(phonesField.getText()), linkField.getText(),
                cityField.getText(), howWeMetField.getText(), whereWeMetField.getText(), metOn(), introducedById,
                needsArea.getText(), offersArea.getText(), ListText.parse(tagsField.getText()), notesArea.getText(),
                stageBox.getValue(), stayInTouchDays(), stored.archived(), stored.createdAt(), stored.updatedAt());
    }

    /** The date in the "Met on" editor as typed (a date picker commits it only on Enter or leaving the field). */
    private LocalDate metOn() {
        String typed = metOnPicker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typedDate(typed).orElse(metOnPicker.getValue());
    }

    private Optional<LocalDate> typedDate(String text) {
        try {
            return Optional.ofNullable(metOnPicker.getConverter().fromString(text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Integer stayInTouchDays() {
        String days = stayInTouchField.getText() == null ? "" : stayInTouchField.getText().strip();
        return days.matches("\\d{1,4}") ? Integer.valueOf(days) : null;
    }

    /** Problems in the form: the rules of the service, plus what only the form can get wrong. */
    private ValidationProblems problems() {
        Map<ContactField, String> formOnly = new EnumMap<>(ContactField.class);
        if (introducedByUnpicked) {
            formOnly.put(ContactField.INTRODUCED_BY, texts.get("error.introducedBy"));
        }
        String stay = stayInTouchField.getText() == null ? "" : stayInTouchField.getText().strip();
        if (!stay.isEmpty() && !stay.matches("\\d{1,4}")) {
            formOnly.put(ContactField.STAY_IN_TOUCH, texts.get("error.stayInTouch"));
        }
        String metOnText = metOnPicker.getEditor().getText();
        if (metOnText != null && !metOnText.isBlank() && typedDate(metOnText).isEmpty()) {
            formOnly.put(ContactField.MET_ON, texts.get("error.date"));
        }
        return book.validate(formContact()).with(formOnly);
    }

    /** After every change in the form: messages beside the fields, the unsaved mark, Save and Revert. */
    private void edited() {
        if (populating || lastDetail == null) {
            return;
        }
        ValidationProblems problems = problems();
        errors.forEach((field, label) -> {
            String message = problems.messageFor(field);
            label.setText(message == null ? "" : message);
            Shown.set(label, message != null);
        });
        showEditState(isDirty(), problems.isEmpty());
    }

    private void showEditState(boolean dirty, boolean valid) {
        Shown.set(unsavedLabel, dirty);
        revertButton.setDisable(!dirty);
        saveButton.setDisable(!dirty || !valid);
    }

    /** True when the form holds edits not yet saved. */
    public boolean isDirty() {
        return lastDetail != null && (introducedByUnpicked || textDiffers()
                || !formContact().sameDetailsAs(lastDetail.contact()));
    }

    /** Text that the contact would store the same but the user typed differently (e.g. "12.5" days). */
    private boolean textDiffers() {
        Integer stored = lastDetail.contact().stayInTouchDays();
        return !stayInTouchField.getText().strip().equals(stored == null ? "" : stored.toString());
    }

    /**
     * Lets the user move on from this contact: at once when nothing is unsaved; otherwise after asking, and
     * after a save they chose has finished. {@code proceed} is not run when they choose to keep editing or the
     * save fails.
     */
    public void confirmLeave(Runnable proceed) {
        if (!isDirty()) {
            proceed.run();
            return;
        }
        ButtonType saveChanges = new ButtonType(texts.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(texts.get("unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Shown.alert(root, Alert.AlertType.CONFIRMATION, texts.get("unsaved.title"),
                texts.get("unsaved.header", lastDetail.contact().name()), texts.get("unsaved.text"),
                saveChanges, discard, stay);
        ButtonType answer = alert.showAndWait().orElse(stay);
        if (answer == saveChanges) {
            save(proceed);
        } else if (answer == discard) {
            revert();
            proceed.run();
        }
    }

    /** Ctrl+S and the Save button: saves the edits, or shows what stops them from being saved. */
    @FXML
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (lastDetail == null || !isDirty()) {
            then.run();
            return;
        }
        if (!problems().isEmpty()) {
            showFirstProblem();
            return;
        }
        Contact edited = formContact();
        saveButton.setDisable(true);
        context.background().run(() -> book.save(edited), stored -> {
            context.notifications().show(texts.get("detail.saved", stored.name()));
            onChanged.run();
            boolean untouchedSince = isDirty() && formContact().equals(edited);
            if (requestedId == stored.id() && untouchedSince) {
                show(stored.id());
            } else {
                edited();
            }
            then.run();
        }, error -> {
            edited();
            String reason = error instanceof InvalidContactException invalid
                    ? String.join(" ", invalid.problems().all().values()) : texts.describe(error);
            context.notifications().show(texts.get("detail.notSaved", edited.name(), reason));
        });
    }

    private void showFirstProblem() {
        tabs.getSelectionModel().select(profileTab);
        edited();
        ValidationProblems problems = problems();
        fields.entrySet().stream().filter(entry -> problems.messageFor(entry.getKey()) != null).findFirst()
                .ifPresent(entry -> entry.getValue().requestFocus());
    }

    /** Puts the form back to what is stored, without asking. */
    @FXML
    void revert() {
        if (lastDetail != null) {
            populate(lastDetail);
        }
    }

    @FXML
    void toggleArchived() {
        if (lastDetail == null) {
            return;
        }
        Contact contact = lastDetail.contact();
        confirmLeave(() -> {
            if (contact.archived()) {
                restore(contact);
            } else {
                context.background().run(() -> book.archive(contact.id()), () -> {
                    context.notifications().show(texts.get("detail.archived", contact.name()), () -> restore(contact));
                    changed(contact.id());
                });
            }
        });
    }

    private void restore(Contact contact) {
        context.background().run(() -> book.restore(contact.id()), () -> {
            context.notifications().show(texts.get("detail.restored", contact.name()));
            changed(contact.id());
        });
    }

    /** After a write about {@code contactId}: the list may read differently, and the detail is read again. */
    private void changed(long contactId) {
        onChanged.run();
        if (requestedId == contactId) {
            show(contactId);
        }
    }

    /** After an impression, decision or interaction: read the contact again, keeping any unsaved form edits. */
    public void reloadKeepingEdits() {
        long id = requestedId;
        if (id == 0) {
            return;
        }
        context.background().run(() -> book.detail(id), detail -> {
            if (requestedId == id) {
                refresh(detail);
            }
            onChanged.run();
        });
    }
}
