package app.rapport.ui.contacts;

import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactBook;
import app.rapport.ui.AppContext;
import app.rapport.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Likes, dislikes and deal-breakers about one contact. A deal-breaker stays visibly undecided until the user
 * decides: tolerate it, or walk away (which parks the relationship, never deletes it). Confidential impressions
 * are hidden until revealed.
 */
public final class ImpressionsController {

    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private Runnable onChanged = () -> { };
    private long contactId;
    private String contactName = "";

    @FXML private VBox root;
    @FXML private ToggleGroup kindGroup;
    @FXML private ToggleButton likeToggle;
    @FXML private ToggleButton dislikeToggle;
    @FXML private ToggleButton dealBreakerToggle;
    @FXML private TextField impressionField;
    @FXML private CheckBox confidentialBox;
    @FXML private Button addButton;
    @FXML private Label entryHint;
    @FXML private Label emptyLabel;
    @FXML private VBox dealBreakers;
    @FXML private VBox likes;
    @FXML private VBox dislikes;

    public ImpressionsController(AppContext context) {
        this.context = context;
        this.book = context.contacts();
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        likeToggle.setUserData(ImpressionKind.LIKE);
        dislikeToggle.setUserData(ImpressionKind.DISLIKE);
        dealBreakerToggle.setUserData(ImpressionKind.DEAL_BREAKER);
        kindGroup.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            }
        });
        impressionField.textProperty().addListener((obs, before, now) -> {
            ImpressionEntry entry = ImpressionEntry.parse(now, selectedKind());
            if (entry.kind() != selectedKind() && !now.isBlank()) {
                toggleFor(entry.kind()).setSelected(true);
            }
            boolean tooLong = entry.text().length() > TextLimits.IMPRESSION;
            entryHint.setText(tooLong ? texts.get("impressions.tooLong", TextLimits.IMPRESSION, entry.text().length())
                    : texts.get("impressions.hint"));
            entryHint.getStyleClass().remove("field-error");
            if (tooLong) {
                entryHint.getStyleClass().add("field-error");
            }
            addButton.setDisable(entry.text().isEmpty() || tooLong);
        });
        addButton.setDisable(true);
    }

    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    private ImpressionKind selectedKind() {
        return (ImpressionKind) kindGroup.getSelectedToggle().getUserData();
    }

    private ToggleButton toggleFor(ImpressionKind kind) {
        return switch (kind) {
            case LIKE -> likeToggle;
            case DISLIKE -> dislikeToggle;
            case DEAL_BREAKER -> dealBreakerToggle;
        };
    }

    void show(long contactId, String contactName, List<Impression> impressions) {
        if (this.contactId != contactId) {
            impressionField.clear();
            confidentialBox.setSelected(false);
            likeToggle.setSelected(true);
        }
        this.contactId = contactId;
        this.contactName = contactName;
        fill(dealBreakers, texts.get("impressions.group.DEAL_BREAKER"), impressions, ImpressionKind.DEAL_BREAKER);
        fill(likes, texts.get("impressions.group.LIKE"), impressions, ImpressionKind.LIKE);
        fill(dislikes, texts.get("impressions.group.DISLIKE"), impressions, ImpressionKind.DISLIKE);
        emptyLabel.setVisible(impressions.isEmpty());
        emptyLabel.setManaged(impressions.isEmpty());
    }

    private void fill(VBox group, String title, List<Impression> impressions, ImpressionKind kind) {
        List<Impression> ofKind = impressions.stream().filter(i -> i.kind() == kind).toList();
        group.getChildren().clear();
        group.setVisible(!ofKind.isEmpty());
        group.setManaged(!ofKind.isEmpty());
        if (ofKind.isEmpty()) {
            return;
        }
        Label heading = new Label(title + " (" + ofKind.size() + ")");
        heading.getStyleClass().add("section-title");
        group.getChildren().add(heading);
        for (Impression impression : ofKind) {
            group.getChildren().add(row(impression));
        }
    }

    private Node row(Impression impression) {
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("impression-text");
        Label date = new Label(texts.date(impression.notedOn()));
        date.getStyleClass().add("muted");
        VBox body = new VBox(4, text, date);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        HBox row = new HBox(10);
        row.getStyleClass().addAll("impression-row", "impression-" + impression.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Label marker = new Label(switch (impression.kind()) {
            case LIKE -> "+";
            case DISLIKE -> "−";
            case DEAL_BREAKER -> "!";
        });
        marker.getStyleClass().add("impression-marker");
        row.getChildren().addAll(marker, body);
        if (impression.confidential()) {
            text.setText(texts.get("impressions.hidden"));
            text.getStyleClass().add("confidential-hidden");
            Button reveal = new Button(texts.get("impressions.reveal"));
            reveal.getStyleClass().add("link-button");
            reveal.setOnAction(event -> {
                text.setText(impression.text());
                text.getStyleClass().remove("confidential-hidden");
                body.getChildren().remove(reveal);
            });
            body.getChildren().add(1, reveal);
            date.setText(date.getText() + " · " + texts.get("impressions.confidentialMark"));
        } else {
            text.setText(impression.text());
        }
        if (impression.kind() == ImpressionKind.DEAL_BREAKER) {
            body.getChildren().add(decisionLine(impression));
        }
        Region gap = new Region();
        Button remove = new Button("×");
        remove.getStyleClass().add("remove-button");
        remove.setAccessibleText(texts.get("impressions.remove"));
        remove.setOnAction(event -> remove(impression));
        row.getChildren().addAll(gap, remove);
        return row;
    }

    private Node decisionLine(Impression dealBreaker) {
        if (dealBreaker.decision() != DealBreakerDecision.OPEN) {
            Label decided = new Label(texts.get("decided." + dealBreaker.decision().name(),
                    texts.date(dealBreaker.decidedOn())));
            decided.getStyleClass().add("decision-made");
            return decided;
        }
        Label question = new Label(texts.get("decision.question"));
        question.getStyleClass().add("decision-question");
        Button tolerate = new Button(texts.get("decision.TOLERATE"));
        tolerate.setOnAction(event -> decide(dealBreaker, DealBreakerDecision.TOLERATE));
        Button walkAway = new Button(texts.get("decision.WALK_AWAY"));
        walkAway.getStyleClass().add("danger");
        walkAway.setOnAction(event -> {
            if (confirmWalkAway()) {
                decide(dealBreaker, DealBreakerDecision.WALK_AWAY);
            }
        });
        HBox line = new HBox(8, question, tolerate, walkAway);
        line.getStyleClass().add("decision-line");
        return line;
    }

    private boolean confirmWalkAway() {
        ButtonType walkAway = new ButtonType(texts.get("decision.WALK_AWAY"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("walkAway.text"), walkAway, cancel);
        alert.setTitle(texts.get("walkAway.title"));
        alert.setHeaderText(texts.get("walkAway.header", contactName));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return alert.showAndWait().orElse(cancel) == walkAway;
    }

    private void decide(Impression dealBreaker, DealBreakerDecision decision) {
        context.background().run(() -> book.decide(dealBreaker.id(), decision), contact -> {
            context.notifications().show(texts.get("decision.done." + decision.name(), contact.name()));
            onChanged.run();
        });
    }

    @FXML
    void add() {
        ImpressionEntry entry = ImpressionEntry.parse(impressionField.getText(), selectedKind());
        if (entry.text().isEmpty() || entry.text().length() > TextLimits.IMPRESSION || contactId == 0) {
            return;
        }
        boolean confidential = confidentialBox.isSelected();
        long id = contactId;
        context.background().run(() -> book.noteImpression(id, entry.kind(), entry.text(), confidential), added -> {
            impressionField.clear();
            confidentialBox.setSelected(false);
            impressionField.requestFocus();
            onChanged.run();
        }, error -> context.notifications().show(error.getMessage()));
    }

    private void remove(Impression impression) {
        context.background().run(() -> {
            book.removeImpression(impression.id());
            return null;
        }, done -> {
            context.notifications().show(texts.get("impressions.removed", texts.kind(impression.kind())),
                    () -> context.background().run(() -> book.restoreImpression(impression), restored -> onChanged.run()));
            onChanged.run();
        });
    }
}
