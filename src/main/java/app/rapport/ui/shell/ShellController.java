package app.rapport.ui.shell;

import app.rapport.ui.AppContext;
import app.rapport.ui.Views;
import app.rapport.ui.board.BoardController;
import app.rapport.ui.contacts.ContactsController;
import app.rapport.ui.introductions.IntroductionsController;
import app.rapport.ui.meetings.MeetingsController;
import app.rapport.ui.today.TodayController;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import app.rapport.ui.Themes;
import app.rapport.ui.data.BackupsDialog;
import app.rapport.ui.data.ExportDialog;
import app.rapport.ui.data.ImportDialog;
import app.rapport.ui.data.PreferencesDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The main window: a navigation rail with the five screens, the screen shown, and the notification bar.
 */
public final class ShellController {

    /** The screens of the rail, in order; Ctrl+1..5 switch to them. */
    public enum Screen { TODAY, CONTACTS, BOARD, INTRODUCTIONS, MEETINGS }

    private final AppContext context;
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);
    private ContactsController contacts;
    private BoardController board;
    private IntroductionsController introductions;
    private MeetingsController meetings;
    private TodayController today;

    @FXML private BorderPane root;
    @FXML private StackPane content;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton todayButton;
    @FXML private ToggleButton contactsButton;
    @FXML private ToggleButton boardButton;
    @FXML private ToggleButton introductionsButton;
    @FXML private ToggleButton meetingsButton;

    public ShellController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        root.setBottom(context.notifications().bar());
        List<ToggleButton> buttons = buttons();
        for (Screen screen : Screen.values()) {
            buttons.get(screen.ordinal()).setUserData(screen);
        }
        navigation.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one screen is always shown
            } else {
                show((Screen) now.getUserData());
            }
        });
        context.navigator().onOpenContact(id -> {
            select(Screen.CONTACTS);
            contacts.open(id);
        });
        context.navigator().onPrepareMeeting(id -> {
            select(Screen.MEETINGS);
            meetings.prepare(id);
        });
        context.navigator().onOpenIntroduction(id -> {
            select(Screen.INTRODUCTIONS);
            introductions.open(id);
        });
        context.navigator().onNewMeeting(() -> {
            select(Screen.MEETINGS);
            meetings.newMeeting();
        });
        context.navigator().onNewContact(() -> {
            select(Screen.CONTACTS);
            contacts.newContact();
        });
        todayButton.setSelected(true); // the home screen
        root.sceneProperty().addListener((obs, before, scene) -> {
            if (scene != null) {
                addShortcuts(scene);
            }
        });
    }

    /** The app-wide keys. Contact actions switch to the Contacts screen first, so nothing happens out of sight. */
    private void addShortcuts(javafx.scene.Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        for (Screen screen : Screen.values()) {
            keys.put(shortcut(KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1))), () -> select(screen));
        }
        keys.put(shortcut(KeyCode.N), () -> context.navigator().newContact());
        keys.put(shortcut(KeyCode.F), () -> {
            if (selected() == Screen.BOARD) {
                board.focusFilter(); // the board has its own filter
                return;
            }
            select(Screen.CONTACTS);
            contacts.focusSearch();
        });
        keys.put(shortcut(KeyCode.S), () -> {
            if (selected() == Screen.CONTACTS) {
                contacts.save();
            } else if (selected() == Screen.MEETINGS) {
                meetings.save();
            }
        });
        keys.put(shortcut(KeyCode.Z), () -> context.notifications().undo());
        keys.put(shortcut(KeyCode.K), this::quickJump);
        keys.put(shortcut(KeyCode.I), this::importContacts);
        keys.put(shortcut(KeyCode.E), this::exportContacts);
        keys.put(shortcut(KeyCode.COMMA), this::showPreferences);
        keys.put(shortcut(KeyCode.B), this::showBackups);
        keys.put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        keys.put(shortcut(KeyCode.SLASH), this::showShortcuts);
    }

    /** Ctrl+K: asks for a name and opens that contact. */
    private void quickJump() {
        QuickJump jump = new QuickJump(context);
        jump.initOwner(root.getScene().getWindow());
        jump.showAndWait().ifPresent(contact -> context.navigator().openContact(contact.id()));
    }

    /** Ctrl+I: contacts from a vCard or CSV file. */
    @FXML
    private void importContacts() {
        ImportDialog dialog = new ImportDialog(context, () -> show(selected()));
        dialog.initOwner(root.getScene().getWindow());
        dialog.show();
    }

    /** Ctrl+E: contacts to vCard or CSV, or everything to a JSON archive. */
    @FXML
    private void exportContacts() {
        ExportDialog dialog = new ExportDialog(context);
        dialog.initOwner(root.getScene().getWindow());
        dialog.show();
    }

    /** Ctrl+B: the backups, back up now, restore. */
    @FXML
    private void showBackups() {
        BackupsDialog dialog = new BackupsDialog(context);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait();
    }

    /** Ctrl+,: theme, stay-in-touch rhythm, backups, where the database lives. */
    @FXML
    private void showPreferences() {
        context.background().run(() -> context.preferences().load(), current -> {
            PreferencesDialog dialog = new PreferencesDialog(context, current);
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(chosen -> context.background().run(() -> context.preferences().save(chosen),
                    () -> {
                        Themes.apply(chosen.theme());
                        context.safekeeping().keepIn(chosen.backupFolder(), chosen.backupsToKeep());
                        context.notifications().show(context.texts().get("preferences.saved"));
                        show(selected());
                    }));
        });
    }

    /** F1 or Ctrl+/: the list of every shortcut. */
    private void showShortcuts() {
        ShortcutsOverlay overlay = new ShortcutsOverlay(context.texts());
        overlay.initOwner(root.getScene().getWindow());
        overlay.showAndWait();
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private List<ToggleButton> buttons() {
        return List.of(todayButton, contactsButton, boardButton, introductionsButton, meetingsButton);
    }

    /** Switches to {@code screen}, as a click on its rail button does. */
    public void select(Screen screen) {
        buttons().get(screen.ordinal()).setSelected(true);
    }

    public Screen selected() {
        Toggle toggle = navigation.getSelectedToggle();
        return toggle == null ? null : (Screen) toggle.getUserData();
    }

    private void show(Screen screen) {
        boolean first = !views.containsKey(screen);
        Node view = views.computeIfAbsent(screen, this::create);
        if (!content.getChildren().contains(view)) {
            content.getChildren().setAll(view);
        }
        // a screen shown again reads what other screens changed meanwhile (a new screen has just read it)
        if (screen == Screen.CONTACTS) {
            if (!first) {
                contacts.refresh();
            }
            contacts.focusSearch();
        } else if (screen == Screen.BOARD) {
            board.refresh();
        } else if (screen == Screen.INTRODUCTIONS) {
            introductions.refresh();
        } else if (screen == Screen.MEETINGS) {
            meetings.refresh();
        } else if (screen == Screen.TODAY) {
            today.refresh();
        }
    }

    private Node create(Screen screen) {
        if (screen == Screen.CONTACTS) {
            Views.Loaded<ContactsController> loaded = Views.load(ContactsController.class, "ContactsView.fxml", context);
            contacts = loaded.controller();
            return loaded.root();
        }
        if (screen == Screen.BOARD) {
            Views.Loaded<BoardController> loaded = Views.load(BoardController.class, "BoardView.fxml", context);
            board = loaded.controller();
            return loaded.root();
        }
        if (screen == Screen.INTRODUCTIONS) {
            Views.Loaded<IntroductionsController> loaded = Views.load(IntroductionsController.class,
                    "IntroductionsView.fxml", context);
            introductions = loaded.controller();
            return loaded.root();
        }
        if (screen == Screen.TODAY) {
            Views.Loaded<TodayController> loaded = Views.load(TodayController.class, "TodayView.fxml", context);
            today = loaded.controller();
            return loaded.root();
        }
        if (screen == Screen.MEETINGS) {
            Views.Loaded<MeetingsController> loaded = Views.load(MeetingsController.class, "MeetingsView.fxml",
                    context);
            meetings = loaded.controller();
            return loaded.root();
        }
        throw new IllegalArgumentException("No view for " + screen);
    }

    /** Runs {@code close} once the screens allow it (unsaved edits saved or discarded); not if the user stays. */
    public void confirmClose(Runnable close) {
        Runnable afterContacts = () -> {
            if (meetings == null) {
                close.run();
            } else {
                meetings.confirmLeave(close);
            }
        };
        if (contacts == null) {
            afterContacts.run();
        } else {
            contacts.confirmLeave(afterContacts);
        }
    }

    /** The Meetings screen's controller, once the screen has been shown (null before). */
    public MeetingsController meetings() {
        return meetings;
    }
}
