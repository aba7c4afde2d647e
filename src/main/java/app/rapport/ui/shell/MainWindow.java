package app.rapport.ui.shell;

import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.IntroductionSuggestions;
import app.rapport.service.MeetingBriefing;
import app.rapport.service.MeetingPlanner;
import app.rapport.service.RelationshipBoard;
import app.rapport.service.Safekeeping;
import app.rapport.service.TodayAgenda;
import app.rapport.service.Transfers;
import app.rapport.store.Database;
import app.rapport.store.PreferencesFile;
import app.rapport.ui.AppContext;
import app.rapport.ui.Background;
import app.rapport.ui.Navigator;
import app.rapport.ui.Notifications;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import app.rapport.ui.Themes;
import app.rapport.ui.Views;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds the main window's scene over an open database: the shell, its screens and the app's stylesheet. */
public final class MainWindow {

    public static final String STYLESHEET = "/app/rapport/ui/rapport.css";

    private final Scene scene;
    private final ShellController shell;
    private final AppContext context;

    private MainWindow(Scene scene, ShellController shell, AppContext context) {
        this.scene = scene;
        this.shell = shell;
        this.context = context;
    }

    /** The window with backups in the "backups" folder beside the database, ten kept (for tests and tools). */
    public static MainWindow create(Database database, PreferencesFile preferences, Background background,
                                    Clock clock) {
        return create(database, preferences, background, clock,
                new Safekeeping(database, database.file().resolveSibling("backups"), 10, clock));
    }

    public static MainWindow create(Database database, PreferencesFile preferences, Background background,
                                    Clock clock, Safekeeping safekeeping) {
        Themes.applyIfNone(); // the app applied the stored theme already; tests and tools get the light one
        Texts texts = Texts.load();
        IntroductionSuggestions suggestions = new IntroductionSuggestions(database, clock);
        AppContext context = new AppContext(new ContactBook(database, clock), new RelationshipBoard(database, clock),
                new IntroductionPlanner(database, clock), suggestions, new MeetingPlanner(database, clock),
                new MeetingBriefing(database, clock, suggestions), new TodayAgenda(database, clock),
                new Transfers(database, clock), safekeeping, preferences, background, texts, new Notifications(texts),
                new Navigator());
        Views.Loaded<ShellController> loaded = Views.load(ShellController.class, "ShellView.fxml", context);
        Parent root = loaded.root();
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        background.onFailure(error -> showError(scene, texts, error));
        return new MainWindow(scene, loaded.controller(), context);
    }

    /** Puts the window on {@code stage}; closing asks about unsaved edits first. */
    public void showOn(Stage stage, String databaseName) {
        stage.setTitle(context.texts().get("window.title", databaseName));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.getIcons().setAll(icons());
        stage.setOnCloseRequest(event -> {
            event.consume();
            shell.confirmClose(stage::close);
        });
        stage.show();
    }

    /** The app's icon in every size drawn, so each desktop picks the one it shows best. */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL url = MainWindow.class.getResource("/app/rapport/ui/icons/rapport-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    public Scene scene() {
        return scene;
    }

    public AppContext context() {
        return context;
    }

    public ShellController shell() {
        return shell;
    }

    private static void showError(Scene scene, Texts texts, Throwable error) {
        Shown.alert(scene.getRoot(), Alert.AlertType.ERROR, texts.get("error.title"), texts.get("error.header"),
                texts.describe(error)).show();
    }
}
