package app.rapport.ui.contacts;

import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactBook;
import app.rapport.service.ContactValidator;
import app.rapport.ui.AppContext;
import app.rapport.ui.Shown;
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
import java.util.Locale;

/**
 * Likes, dislikes and deal-breakers about one contact. A deal-breaker stays visibly undecided until the user
 * decides: tolerate it, or walk away (which parks the relationship, never deletes it). Confidential impressions
 * are hidden until revealed. Text typed but not yet added is kept per contact, never thrown away.
 */
public final class ImpressionsController {

    private final AppContext context;
    private final ContactBook book;
    private final Texts texts;
    private final Drafts drafts = new Drafts();
    private Runnable onChanged = () -> { };
    private long contactId;
    private String contactName = "";
    /** The kind chosen before a typed prefix (+, -, !) switched it; restored after the entry is added. */
    private ImpressionKind kindBeforePrefix;

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
        impressionField.textProperty().addListener((obs, before, now) -> typed(now));
        addButton.setDisable(true);
    }

    private void typed(String text) {
        ImpressionEntry entry = ImpressionEntry.parse(text, selectedKind());
        if (entry.kind() != selectedKind()) {
            if (kindBeforePrefix == null) {
                kindBeforePrefix = selectedKind();
            }
            toggleFor(entry.kind()).setSelected(true);
        }
        int length = ContactValidator.characters(entry.text());
        boolean tooLong = length > TextLimits.IMPRESSION;
        entryHint.setText(tooLong ? texts.get("impressions.tooLong", TextLimits.IMPRESSION, length)
                : texts.get("impressions.hint"));
        entryHint.getStyleClass().remove("field-error");
        if (tooLong) {
            entryHint.getStyleClass().add("field-error");
        }
        addButton.setDisable(entry.text().isEmpty() || tooLong);
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
            String draft = drafts.swap(this.contactId, impressionField.getText(), contactId);
            this.contactId = contactId;
            kindBeforePrefix = null;
            likeToggle.setSelected(true);
            confidentialBox.setSelected(false);
            impressionField.setText(draft);
        }
        this.contactName = contactName;
        fill(dealBreakers, ImpressionKind.DEAL_BREAKER, impressions);
        fill(likes, ImpressionKind.LIKE, impressions);
        fill(dislikes, ImpressionKind.DISLIKE, impressions);
        Shown.set(emptyLabel, impressions.isEmpty());
    }

    private void fill(VBox group, ImpressionKind kind, List<Impression> impressions) {
        List<Impression> ofKind = impressions.stream().filter(i -> i.kind() == kind).toList();
        group.getChildren().clear();
        Shown.set(group, !ofKind.isEmpty());
        if (ofKind.isEmpty()) {
            return;
        }
        Label heading = new Label(texts.get("impressions.group." + kind.name(), ofKind.size()));
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
        Label marker = new Label(texts.get("impressions.marker." + impression.kind().name()));
        marker.getStyleClass().add("impression-marker");
        marker.setAccessibleText(texts.kind(impression.kind()));
        HBox row = new HBox(10, marker, body);
        row.getStyleClass().addAll("impression-row",
                "impression-" + impression.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
            date.setText(texts.get("impressions.dateConfidential", texts.date(impression.notedOn())));
        } else {
            text.setText(impression.text());
        }
        if (impression.kind() == ImpressionKind.DEAL_BREAKER) {
            body.getChildren().add(decisionLine(impression));
        }
        Button remove = new Button("×");
        remove.getStyleClass().add("remove-button");
        remove.setAccessibleText(texts.get("impressions.remove"));
        remove.setOnAction(event -> remove(impression));
        row.getChildren().addAll(new Region(), remove);
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
        Alert alert = Shown.alert(root, Alert.AlertType.CONFIRMATION, texts.get("walkAway.title"),
                texts.get("walkAway.header", contactName), texts.get("walkAway.text"), walkAway, cancel);
        return alert.showAndWait().orElse(cancel) == walkAway;
    }

    /** Tolerating can be undone from the notification; walking away was confirmed before and parks the contact. */
    private void decide(Impression dealBreaker, DealBreakerDecision decision) {
        context.background().run(() -> book.decide(dealBreaker.id(), decision), contact -> {
            String message = texts.get("decision.done." + decision.name(), contact.name());
            if (decision == DealBreakerDecision.TOLERATE) {
                context.notifications().show(message, () -> context.background().run(
                        () -> book.decide(dealBreaker.id(), DealBreakerDecision.OPEN), stillOpen -> onChanged.run()));
            } else {
                context.notifications().show(message);
            }
            onChanged.run();
        });
    }

    /** Enter in the field, or Add: notes the impression. The field empties at once, so a second Enter adds nothing. */
    @FXML
    void add() {
        String typed = impressionField.getText();
        ImpressionEntry entry = ImpressionEntry.parse(typed, selectedKind());
        if (entry.text().isEmpty() || ContactValidator.characters(entry.text()) > TextLimits.IMPRESSION
                || contactId == 0) {
            return;
        }
        boolean confidential = confidentialBox.isSelected();
        long id = contactId;
        impressionField.clear();
        confidentialBox.setSelected(false);
        if (kindBeforePrefix != null) {
            toggleFor(kindBeforePrefix).setSelected(true);
            kindBeforePrefix = null;
        }
        impressionField.requestFocus();
        context.background().run(() -> book.noteImpression(id, entry.kind(), entry.text(), confidential),
                added -> onChanged.run(),
                error -> {
                    if (contactId == id && impressionField.getText().isEmpty()) {
                        impressionField.setText(typed);
                    }
                    context.notifications().show(texts.describe(error));
                });
    }

    private void remove(Impression impression) {
        context.background().run(() -> book.removeImpression(impression.id()), () -> {
            context.notifications().show(texts.get("impressions.removed." + impression.kind().name()),
                    () -> context.background().run(() -> book.restoreImpression(impression), restored -> onChanged.run()));
            onChanged.run();
        });
    }
}
