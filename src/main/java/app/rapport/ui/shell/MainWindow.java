package app.rapport.ui.shell;

import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.IntroductionSuggestions;
import app.rapport.service.MeetingBriefing;
import app.rapport.service.MeetingPlanner;
import app.rapport.service.RelationshipBoard;
import app.rapport.service.TodayAgenda;
import app.rapport.store.Database;
import app.rapport.store.PreferencesFile;
import app.rapport.ui.AppContext;
import app.rapport.ui.Background;
import app.rapport.ui.Navigator;
import app.rapport.ui.Notifications;
import app.rapport.ui.Shown;
import app.rapport.ui.Texts;
import app.rapport.ui.Views;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.time.Clock;

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

    public static MainWindow create(Database database, PreferencesFile preferences, Background background,
                                    Clock clock) {
        Texts texts = Texts.load();
        IntroductionSuggestions suggestions = new IntroductionSuggestions(database, clock);
        AppContext context = new AppContext(new ContactBook(database, clock), new RelationshipBoard(database, clock),
                new IntroductionPlanner(database, clock), suggestions, new MeetingPlanner(database, clock),
                new MeetingBriefing(database, clock, suggestions), new TodayAgenda(database, clock), preferences, background, texts, new Notifications(texts), new Navigator());
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
        stage.setOnCloseRequest(event -> {
            event.consume();
            shell.confirmClose(stage::close);
        });
        stage.show();
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
