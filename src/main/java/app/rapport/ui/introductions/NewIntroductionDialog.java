package app.rapport.ui.introductions;

import app.rapport.model.ContactSummary;
import app.rapport.service.Guardrail;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.IntroductionStep;
import app.rapport.ui.AppContext;
import app.rapport.ui.ContactNames;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * A new introduction: contact A and contact B picked by typing, why each benefits (both required), an optional
 * note. What stands in the way (same person, introduced before, an undecided deal-breaker, parked) and what to
 * be careful about (vouching for someone not yet trusted: accept to go on) shows as soon as both are picked,
 * before saving. Plan stores it; the dialog closes once it is stored.
 */
final class NewIntroductionDialog extends Dialog<IntroductionStep> {

    private final AppContext context;
    private final Texts texts;
    private final IntroductionPlanner planner;
    private final TextField personA = new TextField();
    private final TextField personB = new TextField();
    private final TextArea whyA = new TextArea();
    private final TextArea whyB = new TextArea();
    private final TextArea note = new TextArea();
    private final Label whyALabel = new Label();
    private final Label whyBLabel = new Label();
    private final VBox guardrails = new VBox(4);
    private final CheckBox acceptWarnings = new CheckBox();
    private final Label error = new Label();
    private final Node planButton;
    private ContactSummary pickedA;
    private ContactSummary pickedB;
    private List<Guardrail> found = List.of();
    /** Increases with every check, so an older answer is dropped. */
    private long checkSerial;

    NewIntroductionDialog(AppContext context, ContactSummary a, ContactSummary b, String reasonA, String reasonB) {
        this.context = context;
        this.texts = context.texts();
        this.planner = context.introductions();
        setTitle(texts.get("newIntroduction.title"));
        setHeaderText(texts.get("newIntroduction.header"));
        ButtonType plan = new ButtonType(texts.get("newIntroduction.plan"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(plan, cancel);
        getDialogPane().getStyleClass().add("new-introduction-dialog");
        planButton = getDialogPane().lookupButton(plan);

        personA.setId("introductionA");
        personB.setId("introductionB");
        whyA.setId("introductionWhyA");
        whyB.setId("introductionWhyB");
        note.setId("introductionNote");
        personA.setPromptText(texts.get("field.introducedBy.prompt"));
        personB.setPromptText(texts.get("field.introducedBy.prompt"));
        for (TextArea area : List.of(whyA, whyB, note)) {
            area.setWrapText(true);
            area.setPrefRowCount(2);
        }
        whyA.setPromptText(texts.get("newIntroduction.why.prompt"));
        whyB.setPromptText(texts.get("newIntroduction.why.prompt"));
        acceptWarnings.setText(texts.get("newIntroduction.accept"));
        acceptWarnings.setId("acceptWarnings");
        acceptWarnings.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        guardrails.getStyleClass().add("guardrails");

        ContactNames.suggest(personA, context, id -> pickedB != null && pickedB.id() == id, picked -> {
            pickedA = picked;
            personA.setText(picked.name());
            changed();
        });
        ContactNames.suggest(personB, context, id -> pickedA != null && pickedA.id() == id, picked -> {
            pickedB = picked;
            personB.setText(picked.name());
            changed();
        });
        personA.textProperty().addListener((obs, before, now) -> {
            if (pickedA != null && !now.equals(pickedA.name())) {
                pickedA = null;
                changed();
            }
        });
        personB.textProperty().addListener((obs, before, now) -> {
            if (pickedB != null && !now.equals(pickedB.name())) {
                pickedB = null;
                changed();
            }
        });
        whyA.textProperty().addListener((obs, before, now) -> enablePlan());
        whyB.textProperty().addListener((obs, before, now) -> enablePlan());
        acceptWarnings.selectedProperty().addListener((obs, before, now) -> enablePlan());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        grid.addRow(0, label("newIntroduction.a", personA), personA);
        grid.addRow(1, label("newIntroduction.b", personB), personB);
        whyALabel.setLabelFor(whyA);
        whyBLabel.setLabelFor(whyB);
        grid.addRow(2, whyALabel, whyA);
        grid.addRow(3, whyBLabel, whyB);
        grid.addRow(4, label("introductions.note", note), note);
        VBox content = new VBox(10, grid, guardrails, acceptWarnings, error);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        planButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes once the introduction is stored, not before
            store();
        });
        setResultConverter(button -> null);

        if (a != null) {
            pickedA = a;
            personA.setText(a.name());
        }
        if (b != null) {
            pickedB = b;
            personB.setText(b.name());
        }
        whyA.setText(reasonA);
        whyB.setText(reasonB);
        changed();
        setOnShown(event -> Platform.runLater(() -> (a == null ? personA : whyA).requestFocus()));
    }

    private Label label(String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        return label;
    }

    /** A or B changed: name the reasons after them and check the pair again. */
    private void changed() {
        whyALabel.setText(pickedA == null ? texts.get("newIntroduction.whyA")
                : texts.get("introductions.whyFor", pickedA.name()));
        whyBLabel.setText(pickedB == null ? texts.get("newIntroduction.whyB")
                : texts.get("introductions.whyFor", pickedB.name()));
        found = List.of();
        showGuardrails();
        if (pickedA != null && pickedB != null) {
            long serial = ++checkSerial;
            long a = pickedA.id();
            long b = pickedB.id();
            context.background().run(() -> planner.check(a, b), result -> {
                if (serial == checkSerial) {
                    found = result;
                    showGuardrails();
                }
            });
        }
    }

    private void showGuardrails() {
        guardrails.getChildren().clear();
        for (Guardrail guardrail : found) {
            Label line = new Label(describe(guardrail));
            line.setWrapText(true);
            line.getStyleClass().add(guardrail.blocks() ? "guardrail-block" : "guardrail-warning");
            guardrails.getChildren().add(line);
        }
        boolean warnings = found.stream().anyMatch(g -> !g.blocks());
        boolean blocked = found.stream().anyMatch(Guardrail::blocks);
        acceptWarnings.setVisible(warnings && !blocked);
        acceptWarnings.setManaged(warnings && !blocked);
        enablePlan();
    }

    private String describe(Guardrail guardrail) {
        String key = "guardrail." + guardrail.kind().name();
        if (guardrail.kind() == Guardrail.Kind.ALREADY_INTRODUCED) {
            var earlier = guardrail.earlier();
            String outcome = earlier.outcome() == null
                    ? texts.get("introduction.status." + earlier.status().name())
                    : texts.get("introduction.outcome." + earlier.outcome().name());
            return texts.get(key, texts.date(earlier.plannedOn()), outcome);
        }
        return texts.get(key, guardrail.contactName());
    }

    private void enablePlan() {
        boolean ready = pickedA != null && pickedB != null && !whyA.getText().isBlank() && !whyB.getText().isBlank()
                && found.stream().noneMatch(Guardrail::blocks)
                && (found.stream().allMatch(Guardrail::blocks) || acceptWarnings.isSelected());
        planButton.setDisable(!ready);
    }

    private void store() {
        long a = pickedA.id();
        long b = pickedB.id();
        String reasonA = whyA.getText();
        String reasonB = whyB.getText();
        String noteText = note.getText();
        boolean accepted = acceptWarnings.isSelected();
        planButton.setDisable(true);
        context.background().run(() -> planner.plan(a, b, reasonA, reasonB, noteText, accepted), step -> {
            setResult(step);
            close();
        }, failure -> {
            error.setText(texts.describe(failure));
            enablePlan();
        });
    }
}
