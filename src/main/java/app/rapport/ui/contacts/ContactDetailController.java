package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactDetail;
import app.rapport.service.ContactField;
import app.rapport.service.InvalidContactException;
import app.rapport.service.ValidationProblems;
import app.rapport.ui.AppContext;
import app.rapport.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.Node;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The right-hand side of the Contacts screen: the selected contact's profile (an editable form with inline
 * validation), impressions and timeline. Edits are held until Save; leaving with unsaved edits asks first.
 */
public final class ContactDetailController {

    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private final Map<ContactField, Label> errors = new EnumMap<>(ContactField.class);
    private LongConsumer onChanged = id -> { };
    /** The contact the user asked to see last; reads for any other arrive late and are dropped. */
    private long requestedId;

    /** The contact as stored; the form's values are compared with it to tell unsaved edits. */
    private Contact loaded;
    /** What was last read from the store, to put the form back on Revert or Discard without reading again. */
    private ContactDetail lastDetail;
    private String loadedIntroducedByName;
    /** The contact picked in "Introduced by" (null: none, or the text typed matches no pick yet). */
    private Long introducedById;
    private boolean introducedByPending;
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
        Map<ContactField, Control> fields = fieldControls();
        fields.forEach((field, control) -> {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setVisible(false);
            error.setManaged(false);
            ((Pane) control.getParent()).getChildren().add(error);
            errors.put(field, error);
            if (control instanceof TextInputControl input) {
                input.textProperty().addListener((obs, before, now) -> edited());
            }
        });
        metOnPicker.valueProperty().addListener((obs, before, now) -> edited());
        metOnPicker.getEditor().textProperty().addListener((obs, before, now) -> edited());
        stageBox.valueProperty().addListener((obs, before, now) -> edited());
        bindIntroducedBy();
        impressionsController.onChanged(this::reloadAfterChange);
        timelineController.onChanged(this::reloadAfterChange);
        root.sceneProperty().addListener((obs, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.isVisible() && isDirty()) {
                        save();
                    }
                });
            }
        });
        showDirty(false);
    }

    private Map<ContactField, Control> fieldControls() {
        Map<ContactField, Control> fields = new EnumMap<>(ContactField.class);
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
        return fields;
    }

    /** "Introduced by" is picked by typing: suggestions come from the store, off the JavaFX thread. */
    private void bindIntroducedBy() {
        AutoCompletionBinding<ContactSummary> binding = TextFields.bindAutoCompletion(introducedByField,
                request -> {
                    try {
                        long self = loaded == null ? 0 : loaded.id();
                        return context.background().await(() -> book.findByName(request.getUserText(), 8)).stream()
                                .filter(candidate -> candidate.id() != self).toList();
                    } catch (Exception e) {
                        return List.of();
                    }
                },
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ContactSummary contact) {
                        String sub = ContactListCell.subtitle(contact);
                        return sub.isEmpty() ? contact.name() : contact.name() + " — " + sub;
                    }

                    @Override
                    public ContactSummary fromString(String string) {
                        return null;
                    }
                });
        binding.setOnAutoCompleted(event -> {
            ContactSummary picked = event.getCompletion();
            populating = true;
            try {
                introducedByField.setText(picked.name());
            } finally {
                populating = false;
            }
            introducedById = picked.id();
            introducedByPending = false;
            edited();
        });
        introducedByField.textProperty().addListener((obs, before, now) -> {
            if (populating) {
                return;
            }
            if (now.isBlank()) {
                introducedById = null;
                introducedByPending = false;
            } else {
                introducedByPending = true;
            }
        });
    }

    public void onChanged(LongConsumer listener) {
        this.onChanged = listener;
    }

    /** Loads and shows the contact with {@code contactId}. */
    public void show(long contactId) {
        requestedId = contactId;
        context.background().run(() -> book.detail(contactId), detail -> {
            if (detail.contact().id() == requestedId) {
                populate(detail, false);
            }
        });
    }

    public void clear() {
        requestedId = 0;
        loaded = null;
        showDirty(false);
    }

    public void focusFirstField() {
        tabs.getSelectionModel().select(profileTab);
        organisationField.requestFocus();
    }

    /**
     * Shows {@code detail}. With {@code keepEdits}, unsaved edits in the form stay (a deal-breaker decision can
     * change the stage while the user is editing; the stored stage then wins).
     */
    private void populate(ContactDetail detail, boolean keepEdits) {
        Contact contact = detail.contact();
        Contact form = keepEdits && isDirty() ? formContact().withStage(contact.stage()) : contact;
        String introducedByText = keepEdits && isDirty() ? introducedByField.getText() : detail.introducedByName();
        Long introducedBy = keepEdits && isDirty() ? introducedById : contact.introducedById();
        boolean pending = keepEdits && isDirty() && introducedByPending;
        lastDetail = detail;
        loaded = contact;
        loadedIntroducedByName = detail.introducedByName();
        populating = true;
        try {
            nameField.setText(form.name());
            organisationField.setText(form.organisation());
            roleField.setText(form.role());
            cityField.setText(form.city());
            emailsField.setText(ListText.format(form.emails()));
            phonesField.setText(ListText.format(form.phones()));
            linkField.setText(form.link());
            howWeMetField.setText(form.howWeMet());
            whereWeMetField.setText(form.whereWeMet());
            metOnPicker.setValue(form.metOn());
            metOnPicker.getEditor().setText(form.metOn() == null ? "" : metOnPicker.getConverter().toString(form.metOn()));
            introducedByField.setText(introducedByText == null ? "" : introducedByText);
            introducedById = introducedBy;
            introducedByPending = pending;
            needsArea.setText(form.needs());
            offersArea.setText(form.offers());
            stageBox.setValue(form.stage());
            stayInTouchField.setText(form.stayInTouchDays() == null ? "" : form.stayInTouchDays().toString());
            tagsField.setText(ListText.format(form.tags()));
            notesArea.setText(form.notes());
        } finally {
            populating = false;
        }
        showHeader(detail);
        showStageHistory(detail.stageHistory());
        impressionsController.show(contact.id(), contact.name(), detail.impressions());
        timelineController.show(contact.id(), detail.timeline());
        impressionsTab.setText(texts.get("detail.tab.impressionsCount", detail.impressions().size()));
        timelineTab.setText(texts.get("detail.tab.timelineCount", detail.timeline().size()));
        edited();
    }

    private void showHeader(ContactDetail detail) {
        Contact contact = detail.contact();
        nameHeading.setText(contact.name());
        String sub = ContactListCell.subtitle(new ContactSummary(contact.id(), contact.name(), contact.organisation(),
                contact.role(), contact.stage(), false, false));
        subtitle.setText(sub);
        stageChip.setText(texts.stage(contact.stage()));
        stageChip.getStyleClass().removeIf(style -> style.startsWith("stage-") && !style.equals("stage-chip"));
        stageChip.getStyleClass().add("stage-" + contact.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setShown(dealBreakerBadge, detail.hasUnresolvedDealBreaker());
        setShown(archivedBadge, contact.archived());
        archiveButton.setText(texts.get(contact.archived() ? "detail.restore" : "detail.archive"));
    }

    private void showStageHistory(List<StageChange> history) {
        stageHistoryBox.getChildren().clear();
        for (int i = history.size() - 1; i >= 0; i--) {
            StageChange change = history.get(i);
            String step = change.from() == null
                    ? texts.get("history.started", texts.stage(change.to()), texts.date(change.changedOn()))
                    : texts.get("history.moved", texts.stage(change.from()), texts.stage(change.to()),
                    texts.date(change.changedOn()));
            Label line = new Label(change.reason().isEmpty() ? step : step + ": " + change.reason());
            line.setWrapText(true);
            line.getStyleClass().add("history-line");
            stageHistoryBox.getChildren().add(line);
        }
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The contact as the form describes it now. */
    Contact formContact() {
        Integer stayInTouch = parseDays(stayInTouchField.getText());
        return new Contact(loaded == null ? 0 : loaded.id(), nameField.getText(), organisationField.getText(),
                roleField.getText(), ListText.parse(emailsField.getText()), ListText.parse(phonesField.getText()),
                linkField.getText(), cityField.getText(), howWeMetField.getText(), whereWeMetField.getText(),
                metOnPicker.getValue(), introducedById, needsArea.getText(), offersArea.getText(),
                ListText.parse(tagsField.getText()), notesArea.getText(), stageBox.getValue(), stayInTouch,
                loaded != null && loaded.archived(), loaded == null ? null : loaded.createdAt(),
                loaded == null ? null : loaded.updatedAt());
    }

    private static Integer parseDays(String text) {
        String days = text == null ? "" : text.strip();
        if (days.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(days);
        } catch (NumberFormatException e) {
            return -1; // reported by validation
        }
    }

    /** Problems in the form: the rules of the service, plus what only the form can get wrong. */
    private ValidationProblems problems() {
        ValidationProblems problems = book.validate(formContact());
        Map<ContactField, String> formOnly = new EnumMap<>(ContactField.class);
        if (introducedByPending && !introducedByField.getText().strip().equals(loadedIntroducedByName)) {
            formOnly.put(ContactField.INTRODUCED_BY, texts.get("error.introducedBy"));
        }
        String stay = stayInTouchField.getText() == null ? "" : stayInTouchField.getText().strip();
        if (!stay.isEmpty() && !stay.matches("\\d{1,4}")) {
            formOnly.put(ContactField.STAY_IN_TOUCH, texts.get("error.stayInTouch"));
        }
        String metOnText = metOnPicker.getEditor().getText();
        if (metOnText != null && !metOnText.isBlank() && parsedDate(metOnText).isEmpty()) {
            formOnly.put(ContactField.MET_ON, texts.get("error.date"));
        }
        return problems.with(formOnly);
    }

    private Optional<java.time.LocalDate> parsedDate(String text) {
        try {
            return Optional.ofNullable(metOnPicker.getConverter().fromString(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void edited() {
        if (populating || loaded == null) {
            return;
        }
        ValidationProblems problems = problems();
        errors.forEach((field, label) -> {
            String message = problems.messageFor(field);
            label.setText(message == null ? "" : message);
            setShown(label, message != null);
        });
        boolean dirty = isDirty();
        showDirty(dirty);
        saveButton.setDisable(!dirty || !problems.isEmpty());
    }

    private void showDirty(boolean dirty) {
        setShown(unsavedLabel, dirty);
        revertButton.setDisable(!dirty);
        saveButton.setDisable(!dirty);
    }

    /** True when the form holds edits not yet saved. */
    public boolean isDirty() {
        return loaded != null && (!formContact().sameDetailsAs(loaded) || introducedByPending
                && !introducedByField.getText().strip().equals(loadedIntroducedByName == null ? "" : loadedIntroducedByName));
    }

    /**
     * Asks what to do with unsaved edits before the user moves on. Returns true when they may move on
     * (nothing unsaved, edits discarded, or a valid save started); false to stay.
     */
    public boolean mayLeave() {
        if (!isDirty()) {
            return true;
        }
        ButtonType saveChanges = new ButtonType(texts.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(texts.get("unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("unsaved.text"), saveChanges, discard, stay);
        alert.setTitle(texts.get("unsaved.title"));
        alert.setHeaderText(texts.get("unsaved.header", loaded.name()));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        ButtonType answer = alert.showAndWait().orElse(stay);
        if (answer == saveChanges) {
            if (!problems().isEmpty()) {
                tabs.getSelectionModel().select(profileTab);
                edited();
                return false;
            }
            save();
            return true;
        }
        if (answer == discard) {
            revert();
            return true;
        }
        return false;
    }

    @FXML
    void save() {
        if (loaded == null || !problems().isEmpty()) {
            return;
        }
        Contact edited = formContact();
        context.background().run(() -> book.save(edited), stored -> {
            context.notifications().show(texts.get("detail.saved", stored.name()));
            onChanged.accept(stored.id());
            refreshIfShown(stored.id());
        }, error -> {
            String reason = error instanceof InvalidContactException invalid
                    ? String.join(" ", invalid.problems().all().values()) : error.getMessage();
            context.notifications().show(texts.get("detail.notSaved", edited.name(), reason));
        });
    }

    /** Reads the contact again if it is still the one the user is looking at. */
    private void refreshIfShown(long contactId) {
        if (requestedId == contactId) {
            show(contactId);
        }
    }

    /** Puts the form back to what is stored, without asking. */
    @FXML
    void revert() {
        if (lastDetail != null) {
            populate(lastDetail, false);
        }
    }

    @FXML
    void toggleArchived() {
        if (loaded == null || !mayLeave()) {
            return;
        }
        Contact contact = loaded;
        if (contact.archived()) {
            context.background().run(() -> {
                book.restore(contact.id());
                return null;
            }, done -> {
                context.notifications().show(texts.get("detail.restored", contact.name()));
                onChanged.accept(contact.id());
                refreshIfShown(contact.id());
            });
            return;
        }
        context.background().run(() -> {
            book.archive(contact.id());
            return null;
        }, done -> {
            context.notifications().show(texts.get("detail.archived", contact.name()), () -> undoArchive(contact));
            onChanged.accept(contact.id());
            refreshIfShown(contact.id());
        });
    }

    private void undoArchive(Contact contact) {
        context.background().run(() -> {
            book.restore(contact.id());
            return null;
        }, done -> {
            context.notifications().show(texts.get("detail.restored", contact.name()));
            onChanged.accept(contact.id());
            refreshIfShown(contact.id());
        });
    }

    /** After an impression, decision or interaction: read the contact again, keeping any unsaved form edits. */
    private void reloadAfterChange() {
        if (loaded == null) {
            return;
        }
        long id = loaded.id();
        context.background().run(() -> book.detail(id), detail -> {
            if (requestedId == id) {
                populate(detail, true);
            }
            onChanged.accept(id);
        });
    }
}
