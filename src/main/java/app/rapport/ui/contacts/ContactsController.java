package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Tag;
import app.rapport.service.ContactBook;
import app.rapport.service.merge.DuplicatePair;
import app.rapport.service.merge.MergeOutcome;
import app.rapport.service.merge.MergePlan;
import app.rapport.ui.AppContext;
import app.rapport.ui.FilterChoice;
import app.rapport.ui.TagChoices;
import app.rapport.ui.Texts;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The Contacts screen: a searchable, filterable list on the left, the selected contact's detail on the right.
 * The list loads a page at a time (never the whole network) and asks for more as the user scrolls.
 */
public final class ContactsController {

    static final int PAGE_SIZE = 100;
    /** How many possible duplicates "Possible duplicates…" lists at most. */
    static final int DUPLICATES_SHOWN = 200;
    private static final KeyCombination MERGE_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final Duration TYPING_PAUSE = Duration.millis(120);

    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private final ObservableList<ContactSummary> contacts = FXCollections.observableArrayList();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    /** Increases with every new query, so that answers to stale queries are dropped. */
    private long querySerial;
    private ContactQuery currentQuery = ContactQuery.all();
    private int total;
    private boolean loadingMore;
    /** Set while the list's selection is changed by the program, not the user. */
    private boolean selectingQuietly;
    /** The contact whose detail is shown, or null. */
    private Long shown;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<FilterChoice<String>> tagFilter;
    @FXML private ComboBox<FilterChoice<RelationshipStage>> stageFilter;
    @FXML private CheckBox archivedFilter;
    @FXML private Label countLabel;
    @FXML private ListView<ContactSummary> contactList;
    @FXML private VBox emptyList;
    @FXML private Label emptyListLabel;
    @FXML private Button emptyListButton;
    @FXML private Button mergeButton;
    @FXML private MenuItem mergeMenuItem;
    @FXML private VBox noSelection;
    @FXML private Node detail;
    @FXML private ContactDetailController detailController;

    public ContactsController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        contactList.setItems(contacts);
        contactList.setCellFactory(list -> new ContactListCell(texts, this::loadMore));
        contactList.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> selected(now));
        // Ctrl+click and Shift+arrows pick two contacts to merge
        contactList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        contactList.getSelectionModel().getSelectedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) change -> showMergeEnabled());
        showMergeEnabled();
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (MERGE_KEY.match(event)) {
                event.consume();
                merge();
            }
        });

        List<FilterChoice<RelationshipStage>> stages = new ArrayList<>();
        stages.add(new FilterChoice<>(null, texts.get("contacts.filter.anyStage")));
        for (RelationshipStage stage : RelationshipStage.values()) {
            stages.add(new FilterChoice<>(stage, texts.stage(stage)));
        }
        stageFilter.getItems().setAll(stages);
        stageFilter.getSelectionModel().selectFirst();
        tagFilter.getItems().setAll(List.of(TagChoices.any(texts)));
        tagFilter.getSelectionModel().selectFirst();

        typing.setOnFinished(event -> requery());
        searchField.textProperty().addListener((obs, before, now) -> {
            if (!selectingQuietly) {
                typing.playFromStart();
            }
        });
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !contacts.isEmpty()) {
                contactList.requestFocus();
                if (contactList.getSelectionModel().isEmpty()) {
                    contactList.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        for (ObservableValue<?> filter : List.of(tagFilter.valueProperty(), stageFilter.valueProperty(),
                archivedFilter.selectedProperty())) {
            filter.addListener((obs, before, now) -> {
                if (now != null && !selectingQuietly) {
                    requery();
                }
            });
        }

        detailController.onChanged(this::reload);
        detail.setVisible(false);
        reload();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private ContactQuery query() {
        FilterChoice<String> tag = tagFilter.getValue();
        FilterChoice<RelationshipStage> stage = stageFilter.getValue();
        return new ContactQuery(searchField.getText(), tag == null ? null : tag.value(),
                stage == null ? null : stage.value(), archivedFilter.isSelected());
    }

    /** What one background read brings back for the list; tags only when they may have changed. */
    private record Page(List<ContactSummary> contacts, int total, List<Tag> tags) {
    }

    /** Runs the query as the user changed it (typing, filters): from the top; tags cannot have changed. */
    private void requery() {
        load(false);
    }

    /**
     * After a write: runs the query again as far down as the user has scrolled, with the tags in use, keeping the
     * selected contact selected (and in view) when it is still listed.
     */
    public void reload() {
        load(true);
    }

    private void load(boolean afterWrite) {
        ContactQuery query = query();
        long serial = ++querySerial;
        int rows = afterWrite && query.equals(currentQuery) ? Math.max(PAGE_SIZE, contacts.size()) : PAGE_SIZE;
        context.background().run(
                () -> new Page(book.search(query, 0, rows), book.count(query), afterWrite ? book.tags() : null),
                page -> {
                    if (serial != querySerial) {
                        return; // the user has typed on since
                    }
                    currentQuery = query;
                    total = page.total();
                    loadingMore = false;
                    if (page.tags() != null) {
                        showTags(page.tags());
                    }
                    selectingQuietly = true;
                    try {
                        contacts.setAll(page.contacts());
                        selectById(shown);
                    } finally {
                        selectingQuietly = false;
                    }
                    showCountAndEmptyState();
                });
    }

    private void loadMore() {
        if (loadingMore || contacts.size() >= total) {
            return;
        }
        loadingMore = true;
        ContactQuery query = currentQuery;
        long serial = querySerial;
        int offset = contacts.size();
        context.background().run(() -> book.search(query, offset, PAGE_SIZE), more -> {
            loadingMore = false;
            if (serial == querySerial && contacts.size() == offset) {
                contacts.addAll(more);
            }
        });
    }

    private void showTags(List<Tag> tags) {
        selectingQuietly = true;
        try {
            TagChoices.show(tagFilter, texts, tags);
        } finally {
            selectingQuietly = false;
        }
    }

    private void showCountAndEmptyState() {
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        boolean filtered = !currentQuery.text().isBlank() || currentQuery.tag() != null || currentQuery.stage() != null;
        if (currentQuery.archived()) {
            countLabel.setText(texts.get("contacts.count.archived", total, numbers.format(total)));
        } else if (filtered) {
            countLabel.setText(texts.get("contacts.count.matches", total, numbers.format(total)));
        } else {
            countLabel.setText(texts.get("contacts.count.all", total, numbers.format(total)));
        }
        boolean empty = contacts.isEmpty();
        emptyList.setVisible(empty);
        contactList.setVisible(!empty);
        emptyListButton.setVisible(empty && !filtered && !currentQuery.archived());
        emptyListButton.setManaged(emptyListButton.isVisible());
        if (currentQuery.archived()) {
            emptyListLabel.setText(texts.get("contacts.empty.archived"));
        } else if (filtered) {
            emptyListLabel.setText(currentQuery.text().isBlank() ? texts.get("contacts.empty.filtered")
                    : texts.get("contacts.empty.search", currentQuery.text().strip()));
        } else {
            emptyListLabel.setText(texts.get("contacts.empty.none"));
        }
    }

    private void selectById(Long id) {
        if (id == null) {
            contactList.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).id() == id) {
                contactList.getSelectionModel().clearAndSelect(i);
                if (!isInView(i)) {
                    contactList.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
        contactList.getSelectionModel().clearSelection();
    }

    private boolean isInView(int index) {
        return contactList.lookupAll(".list-cell").stream().anyMatch(node -> node instanceof ContactListCell cell
                && cell.getIndex() == index && cell.getItem() != null
                && cell.localToScene(cell.getBoundsInLocal()).getMaxY()
                <= contactList.localToScene(contactList.getBoundsInLocal()).getMaxY());
    }

    /** The user picked another row: show it, after asking about unsaved edits to the one shown. */
    private void selected(ContactSummary now) {
        if (selectingQuietly || (now != null && shown != null && now.id() == shown)) {
            return;
        }
        if (!detailController.isDirty()) {
            show(now == null ? null : now.id());
            return;
        }
        selectQuietly(shown); // stays on the edited contact until the user decides
        detailController.confirmLeave(() -> {
            Long id = now == null ? null : now.id();
            selectQuietly(id);
            show(id);
        });
    }

    private void selectQuietly(Long id) {
        selectingQuietly = true;
        try {
            selectById(id);
        } finally {
            selectingQuietly = false;
        }
    }

    private void show(Long contactId) {
        shown = contactId;
        if (contactId == null) {
            detail.setVisible(false);
            noSelection.setVisible(true);
            detailController.clear();
        } else {
            noSelection.setVisible(false);
            detail.setVisible(true);
            detailController.show(contactId);
        }
    }

    /**
     * Opens a contact chosen on another screen: every contact listed again, this one shown (after asking about
     * unsaved edits to the one shown before).
     */
    public void open(long contactId) {
        detailController.confirmLeave(() -> {
            clearFilters();
            show(contactId);
            reload();
        });
    }

    /** The screen is shown again: what other screens changed (a stage moved on the board) appears. */
    public void refresh() {
        if (shown == null) {
            reload();
        } else {
            detailController.reloadKeepingEdits(); // reloads the list too, once the detail is read
        }
    }

    /** Runs {@code proceed} once the user may leave the contact shown (asking about unsaved edits first). */
    public void confirmLeave(Runnable proceed) {
        detailController.confirmLeave(proceed);
    }

    /** Ctrl+S: saves the edits to the contact shown. */
    public void save() {
        detailController.save();
    }

    /** Ctrl+N: asks for a new contact's first details, stores them and opens the new contact. */
    @FXML
    public void newContact() {
        detailController.confirmLeave(() -> {
            NewContactDialog dialog = new NewContactDialog(texts, book::validate);
            if (root.getScene() != null) {
                dialog.initOwner(root.getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(this::create);
        });
    }

    private void create(Contact draft) {
        context.background().run(() -> book.save(draft), stored -> {
            context.notifications().show(texts.get("contacts.added", stored.name()));
            clearFilters();
            show(stored.id());
            detailController.focusFirstField();
            reload();
        });
    }

    /** Merge is offered when exactly two contacts are picked in the list. */
    private void showMergeEnabled() {
        boolean two = pickedForMerge().size() == 2;
        mergeButton.setDisable(!two);
        mergeMenuItem.setDisable(!two);
    }

    /** The contacts picked in the list, in list order. */
    private List<ContactSummary> pickedForMerge() {
        return List.copyOf(contactList.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /**
     * Ctrl+M, the Merge… button or the list's menu: merges the two contacts picked in the list, after the user has
     * chosen field by field and confirmed in {@link MergeDialog}.
     */
    @FXML
    public void merge() {
        List<ContactSummary> picked = pickedForMerge();
        if (picked.size() != 2) {
            context.notifications().show(texts.get("merge.pickTwo"));
            return;
        }
        // the one entered first is kept unless the user says otherwise
        long first = Math.min(picked.get(0).id(), picked.get(1).id());
        merge(first, first == picked.get(0).id() ? picked.get(1).id() : picked.get(0).id());
    }

    /** Reads both plans in the background, then asks the user in the merge dialog. */
    private void merge(long firstId, long secondId) {
        detailController.confirmLeave(() -> context.background().run(
                () -> List.of(book.planMerge(firstId, secondId), book.planMerge(secondId, firstId)),
                (List<MergePlan> plans) -> {
                    MergeDialog dialog = new MergeDialog(texts, plans.get(0), plans.get(1));
                    if (root.getScene() != null) {
                        dialog.initOwner(root.getScene().getWindow());
                    }
                    dialog.showAndWait().ifPresent(this::merge);
                }));
    }

    private void merge(MergeRequest request) {
        context.background().run(() -> book.merge(request.keptId(), request.otherId(), request.choices()),
                (MergeOutcome outcome) -> {
                    context.notifications().show(texts.get("merge.done", outcome.mergedName(), outcome.kept().name()),
                            () -> undoMerge(outcome));
                    showAfterMerge(outcome.kept().id());
                });
    }

    private void undoMerge(MergeOutcome outcome) {
        context.background().run(() -> book.undoMerge(outcome), () -> {
            context.notifications().show(texts.get("merge.undone", outcome.mergedName(), outcome.kept().name()));
            showAfterMerge(outcome.kept().id());
        });
    }

    /** Lists everyone again with {@code contactId} shown, as the list and detail must not show a removed contact. */
    private void showAfterMerge(long contactId) {
        selectingQuietly = true;
        try {
            contactList.getSelectionModel().clearSelection();
        } finally {
            selectingQuietly = false;
        }
        show(contactId);
        reload();
    }

    /** "Possible duplicates…": pairs that may be one person; the one the user picks goes on to the merge dialog. */
    @FXML
    public void possibleDuplicates() {
        context.background().run(() -> book.possibleDuplicates(DUPLICATES_SHOWN), (List<DuplicatePair> found) -> {
            PossibleDuplicatesDialog dialog = new PossibleDuplicatesDialog(texts, found, DUPLICATES_SHOWN);
            if (root.getScene() != null) {
                dialog.initOwner(root.getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(pair -> merge(pair.first().id(), pair.second().id()));
        });
    }

    /** Shows every active contact again, without a reload per filter. */
    private void clearFilters() {
        selectingQuietly = true;
        try {
            archivedFilter.setSelected(false);
            tagFilter.getSelectionModel().selectFirst();
            stageFilter.getSelectionModel().selectFirst();
            searchField.clear();
        } finally {
            selectingQuietly = false;
        }
        typing.stop();
    }
}
