package app.rapport.ui.board;

import app.rapport.model.Board;
import app.rapport.model.BoardCard;
import app.rapport.model.ContactQuery;
import app.rapport.model.Impression;
import app.rapport.model.Preferences;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StayInTouchStatus;
import app.rapport.model.Tag;
import app.rapport.service.ContactBook;
import app.rapport.service.RelationshipBoard;
import app.rapport.ui.AppContext;
import app.rapport.ui.FilterChoice;
import app.rapport.ui.Shown;
import app.rapport.ui.TagChoices;
import app.rapport.ui.Texts;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Board screen: every active relationship as a card in its stage's column, with warmth and stay-in-touch
 * marks; cards move by drag and drop or Ctrl+Left / Ctrl+Right, each move kept in the stage history with the
 * reason the user gives. Filters by text and tag, and a "needs attention" toggle.
 */
public final class BoardController {

    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final AppContext context;
    private final ContactBook book;
    private final RelationshipBoard relationships;
    private final Texts texts;
    private final Map<RelationshipStage, BoardColumn> columnsByStage = new EnumMap<>(RelationshipStage.class);
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    /** Increases with every load, so that the answer to an older one is dropped. */
    private long loadSerial;
    private Preferences preferences = Preferences.defaults();
    private boolean settingTags;
    /** The card to select (and focus, for keyboard moves) once the board is read again. */
    private Long selectAfterLoad;
    private boolean focusAfterLoad;

    @FXML private BorderPane root;
    @FXML private Label countLabel;
    @FXML private TextField filterField;
    @FXML private ComboBox<FilterChoice<String>> tagFilter;
    @FXML private ToggleButton attentionToggle;
    @FXML private HBox columns;
    @FXML private VBox emptyBoard;
    @FXML private Label emptyBoardLabel;
    @FXML private Button emptyBoardButton;
    @FXML private Pane dragLayer;
    @FXML private TitledPane parkedLane;

    public BoardController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.relationships = context.relationships();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        CardGestures gestures = new CardGestures(dragLayer, this::open, this::requestMove);
        for (RelationshipStage stage : RelationshipStage.values()) {
            BoardColumn column = new BoardColumn(stage, texts, gestures,
                    stage.inFlow() ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            columnsByStage.put(stage, column);
            ListView<BoardCard> list = column.list();
            list.addEventFilter(KeyEvent.KEY_PRESSED, event -> keyPressed(column, event));
            list.setContextMenu(contextMenu(list));
            if (stage.inFlow()) {
                columns.getChildren().add(column.root());
            }
        }
        parkedLane.setContent(columnsByStage.get(RelationshipStage.PARKED).root());
        gestures.acceptDrops(parkedLane, RelationshipStage.PARKED);

        tagFilter.getItems().setAll(List.of(TagChoices.any(texts)));
        tagFilter.getSelectionModel().selectFirst();
        tagFilter.valueProperty().addListener((obs, before, now) -> {
            if (now != null && !settingTags) {
                load(false);
            }
        });
        attentionToggle.selectedProperty().addListener((obs, before, now) -> load(false));
        typing.setOnFinished(event -> load(false));
        filterField.textProperty().addListener((obs, before, now) -> typing.playFromStart());
        filterField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                filterField.clear();
                event.consume();
            }
        });
    }

    /** Ctrl+F on the board. */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    /** The screen is shown: read the board afresh (the user may have logged interactions or moved stages). */
    public void refresh() {
        load(true);
    }

    private record Loaded(Preferences preferences, Board board, int active, List<Tag> tags) {
    }

    private void load(boolean withTags) {
        ContactQuery filter = new ContactQuery(filterField.getText(),
                tagFilter.getValue() == null ? null : tagFilter.getValue().value(), null, false);
        boolean attentionOnly = attentionToggle.isSelected();
        long serial = ++loadSerial;
        context.background().run(() -> {
            Preferences current = context.preferences().load();
            Board board = relationships.board(filter, current.stayInTouch(), attentionOnly);
            int active = filter.text().isBlank() && filter.tag() == null && !attentionOnly ? board.size()
                    : book.count(ContactQuery.all());
            return new Loaded(current, board, active, withTags ? book.tags() : null);
        }, loaded -> {
            if (serial != loadSerial) {
                return;
            }
            preferences = loaded.preferences();
            if (loaded.tags() != null) {
                showTags(loaded.tags());
            }
            show(loaded.board(), loaded.active(), filter, attentionOnly);
        });
    }

    private void show(Board board, int active, ContactQuery filter, boolean attentionOnly) {
        Long keep = selectAfterLoad != null ? selectAfterLoad : selectedContact();
        boolean filtered = !filter.text().isBlank() || filter.tag() != null;
        for (BoardColumn column : columnsByStage.values()) {
            column.show(board.column(column.stage()), filtered || attentionOnly);
        }
        int parked = board.column(RelationshipStage.PARKED).size();
        parkedLane.setText(texts.get("board.parked", parked));
        long attention = board.columns().values().stream().flatMap(List::stream).filter(BoardCard::needsAttention)
                .count();
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        countLabel.setText(texts.get("board.count", board.size(), numbers.format(board.size()), attention,
                numbers.format(attention)));
        boolean empty = board.size() == 0;
        emptyBoard.setVisible(empty);
        columns.setVisible(!empty);
        Shown.set(emptyBoardButton, empty && active == 0);
        if (active == 0) {
            emptyBoardLabel.setText(texts.get("board.empty.none"));
        } else if (filtered) {
            emptyBoardLabel.setText(texts.get("board.empty.filtered"));
        } else if (attentionOnly) {
            emptyBoardLabel.setText(texts.get("board.empty.attention"));
        }
        if (keep != null) {
            select(keep, focusAfterLoad);
        }
        selectAfterLoad = null;
        focusAfterLoad = false;
    }

    private void showTags(List<Tag> tags) {
        settingTags = true;
        try {
            TagChoices.show(tagFilter, texts, tags);
        } finally {
            settingTags = false;
        }
    }

    private Long selectedContact() {
        for (BoardColumn column : columnsByStage.values()) {
            BoardCard card = column.list().getSelectionModel().getSelectedItem();
            if (card != null && column.list().isFocused()) {
                return card.contactId();
            }
        }
        for (BoardColumn column : columnsByStage.values()) {
            BoardCard card = column.list().getSelectionModel().getSelectedItem();
            if (card != null) {
                return card.contactId();
            }
        }
        return null;
    }

    /** Selects the card of {@code contactId} wherever it now is, and clears the selection in the other columns. */
    private void select(long contactId, boolean focus) {
        for (BoardColumn column : columnsByStage.values()) {
            if (column.select(contactId) && focus) {
                if (column.stage() == RelationshipStage.PARKED) {
                    parkedLane.setExpanded(true);
                }
                column.list().requestFocus();
            }
        }
    }

    /** Ctrl+Left / Ctrl+Right move the selected card a stage back or on; Left / Right go to the next column; Enter opens. */
    private void keyPressed(BoardColumn column, KeyEvent event) {
        BoardCard card = column.list().getSelectionModel().getSelectedItem();
        if (event.getCode() == KeyCode.ENTER && card != null) {
            event.consume();
            open(card);
            return;
        }
        if (card != null && (event.getCode() == KeyCode.CONTEXT_MENU
                || (event.getCode() == KeyCode.F10 && event.isShiftDown()))) {
            event.consume();
            showMenuAtSelection(column.list());
            return;
        }
        if (!column.stage().inFlow() || (event.getCode() != KeyCode.LEFT && event.getCode() != KeyCode.RIGHT)) {
            return;
        }
        event.consume();
        boolean right = event.getCode() == KeyCode.RIGHT;
        if (event.isShortcutDown()) {
            RelationshipStage to = right ? column.stage().next() : column.stage().previous();
            if (card != null && to != null) {
                requestMove(card, to);
            }
            return;
        }
        RelationshipStage neighbour = right ? column.stage().next() : column.stage().previous();
        if (neighbour != null) {
            ListView<BoardCard> next = columnsByStage.get(neighbour).list();
            int row = Math.min(Math.max(column.list().getSelectionModel().getSelectedIndex(), 0),
                    next.getItems().size() - 1);
            next.requestFocus();
            if (row >= 0) {
                next.getSelectionModel().select(row);
                next.getFocusModel().focus(row);
            }
        }
    }

    /**
     * The selected card's menu (right click, or the context-menu key): open, move to any stage, snooze. Kept in
     * step with the selection, since a menu without items does not show.
     */
    private ContextMenu contextMenu(ListView<BoardCard> list) {
        ContextMenu menu = new ContextMenu();
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, card) -> {
            menu.getItems().clear();
            if (card == null) {
                return;
            }
            MenuItem open = new MenuItem(texts.get("card.open"));
            open.setOnAction(action -> open(card));
            Menu moveTo = new Menu(texts.get("card.moveTo"));
            for (RelationshipStage stage : RelationshipStage.values()) {
                if (stage != card.stage()) {
                    MenuItem item = new MenuItem(texts.stage(stage));
                    item.setOnAction(action -> requestMove(card, stage));
                    moveTo.getItems().add(item);
                }
            }
            MenuItem snooze = new MenuItem(texts.get("card.snooze"));
            snooze.setDisable(!card.stayInTouch().cooling() && card.stayInTouch() != StayInTouchStatus.SNOOZED);
            snooze.setOnAction(action -> snooze(card));
            menu.getItems().addAll(open, moveTo, snooze);
        });
        return menu;
    }

    /** The context-menu key and Shift+F10 open the selected card's menu beside it, as a right click does. */
    private static void showMenuAtSelection(ListView<BoardCard> list) {
        int selected = list.getSelectionModel().getSelectedIndex();
        Node anchor = list.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof BoardCardCell cell && cell.getIndex() == selected && cell.isVisible())
                .findFirst().orElse(list);
        list.getContextMenu().show(anchor, Side.BOTTOM, 12, -anchor.getLayoutBounds().getHeight() / 2);
    }

    private void open(BoardCard card) {
        context.navigator().openContact(card.contactId());
    }

    @FXML
    private void addContact() {
        context.navigator().newContact();
    }

    /**
     * Moves a card after asking why (and, for TRUST or PARTNER with a deal-breaker undecided, after the user
     * decides it). The dialog waits for the current event to finish, so a drop completes first.
     */
    private void requestMove(BoardCard card, RelationshipStage to) {
        if (card.stage() == to) {
            return;
        }
        if (to.trusted() && card.openDealBreaker()) {
            context.background().run(() -> book.undecidedDealBreakers(card.contactId()),
                    undecided -> askAndMove(card, to, undecided));
        } else {
            Platform.runLater(() -> askAndMove(card, to, List.of()));
        }
    }

    private void askAndMove(BoardCard card, RelationshipStage to, List<Impression> undecided) {
        StageMoveDialog dialog = new StageMoveDialog(texts, card, to, undecided);
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(answer -> {
            if (answer.walkAway()) {
                walkAway(card);
            } else {
                move(card, to, answer.reason(), !undecided.isEmpty());
            }
        });
    }

    private void move(BoardCard card, RelationshipStage to, String reason, boolean tolerate) {
        context.background().run(() -> book.moveStage(card.contactId(), to, reason, tolerate), move -> {
            if (move != null) {
                String message = texts.get(tolerate ? "board.moved.tolerated" : "board.moved", card.name(),
                        texts.stage(to));
                context.notifications().show(message, () -> context.background().run(() -> book.undoMove(move),
                        () -> reloadSelecting(card.contactId(), false)));
            }
            reloadSelecting(card.contactId(), true);
        });
    }

    private void walkAway(BoardCard card) {
        context.background().run(() -> book.walkAway(card.contactId()), contact -> {
            context.notifications().show(texts.get("decision.done.WALK_AWAY", contact.name()));
            reloadSelecting(card.contactId(), true);
        });
    }

    private void snooze(BoardCard card) {
        LocalDate today = book.today();
        SnoozeDialog dialog = new SnoozeDialog(texts, card, today);
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(days -> context.background().run(
                () -> relationships.snooze(card.contactId(), days), until -> {
                    context.notifications().show(texts.get("board.snoozed", card.name(), texts.date(until)),
                            () -> context.background().run(
                                    () -> relationships.restoreSnooze(card.contactId(), card.snoozedUntil()),
                                    () -> reloadSelecting(card.contactId(), false)));
                    reloadSelecting(card.contactId(), true);
                }));
    }

    @FXML
    private void editRhythm() {
        StayInTouchDialog dialog = new StayInTouchDialog(texts, preferences.stayInTouch());
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(cadence -> context.background().run(() -> {
            // read again just before writing, so settings saved elsewhere meanwhile are kept
            context.preferences().save(context.preferences().load().withStayInTouch(cadence));
        }, () -> {
            context.notifications().show(texts.get("rhythm.saved"));
            load(false);
        }));
    }

    private void reloadSelecting(long contactId, boolean focus) {
        selectAfterLoad = contactId;
        focusAfterLoad = focus;
        load(false);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
