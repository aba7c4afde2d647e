package app.rapport.ui.contacts;

import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;
import app.rapport.service.ContactField;
import app.rapport.service.merge.FieldChoice;
import app.rapport.service.merge.MergePlan;
import app.rapport.service.merge.MergeSide;
import app.rapport.store.MergeDao.MergeCounts;
import app.rapport.ui.Texts;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merging two contacts who are one person: the two side by side, field by field, with a choice (radio buttons,
 * reachable with Tab and the arrow keys) wherever they differ; which of the two is kept; what moves over to the
 * one kept; and a Merge button that confirms. Nothing is written until the user presses it.
 *
 * <p>It is given both plans (either contact kept), read in the background beforehand, so switching who is kept
 * needs no database work on the JavaFX thread.
 */
final class MergeDialog extends Dialog<MergeRequest> {

    private static final int VALUE_WIDTH = 300;
    private static final int LONGEST_VALUE = 160;

    private final Texts texts;
    private final MergePlan keepFirst;
    private final MergePlan keepSecond;
    private final ToggleGroup keep = new ToggleGroup();
    private final RadioButton keepFirstButton = new RadioButton();
    private final RadioButton keepSecondButton = new RadioButton();
    private final GridPane fields = new GridPane();
    private final Label moves = new Label();
    private final Label shared = new Label();
    private final Label between = new Label();
    private final Label removed = new Label();
    /** Per differing field, the id of the contact whose value is chosen. */
    private final Map<ContactField, Long> chosen = new EnumMap<>(ContactField.class);

    /** {@code keepFirst} keeps its kept contact; {@code keepSecond} is the same two the other way round. */
    MergeDialog(Texts texts, MergePlan keepFirst, MergePlan keepSecond) {
        this.texts = texts;
        this.keepFirst = keepFirst;
        this.keepSecond = keepSecond;
        setTitle(texts.get("merge.title"));
        setHeaderText(texts.get("merge.header"));
        ButtonType merge = new ButtonType(texts.get("merge.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(merge, cancel);
        getDialogPane().getStyleClass().add("merge-dialog");
        setResizable(true);

        Contact first = keepFirst.kept();
        Contact second = keepFirst.other();
        keepFirstButton.setId("mergeKeepFirst");
        keepSecondButton.setId("mergeKeepSecond");
        keepFirstButton.setText(nameAndOrganisation(first));
        keepSecondButton.setText(nameAndOrganisation(second));
        keepFirstButton.setToggleGroup(keep);
        keepSecondButton.setToggleGroup(keep);
        keepFirstButton.setMnemonicParsing(false);
        keepSecondButton.setMnemonicParsing(false);
        keepFirstButton.setSelected(true);
        preselect();
        Label keepLabel = new Label(texts.get("merge.keep"));
        keepLabel.getStyleClass().add("section-title");
        HBox keepRow = new HBox(16, keepFirstButton, keepSecondButton);

        Label differLabel = new Label(texts.get(keepFirst.differences().isEmpty() ? "merge.noDifferences"
                : "merge.differences"));
        differLabel.getStyleClass().add("section-title");
        differLabel.setWrapText(true);
        fields.getStyleClass().addAll("dialog-grid", "merge-fields");
        fields.setId("mergeFields");
        showFields();

        Label joined = new Label(texts.get("merge.joined"));
        joined.setWrapText(true);
        joined.getStyleClass().add("muted");
        moves.setId("mergeMoves");
        for (Label label : List.of(moves, shared, between, removed)) {
            label.setWrapText(true);
            label.setMaxWidth(2 * VALUE_WIDTH + 160);
        }
        between.getStyleClass().add("field-error");
        removed.setId("mergeRemoved");
        VBox content = new VBox(10, keepLabel, keepRow, differLabel, fields, joined, moves, shared, between, removed);
        content.getStyleClass().add("merge-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, 260 + 44 * keepFirst.differences().size()));
        scroll.setPrefViewportWidth(2 * VALUE_WIDTH + 190);
        getDialogPane().setContent(scroll);
        showSummary();

        keep.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                keep.selectToggle(before);
                return;
            }
            preselect();
            showFields();
            showSummary();
        });
        setResultConverter(button -> button == merge ? request() : null);
        setOnShown(event -> Platform.runLater(keepFirstButton::requestFocus));
    }

    /** Each differing field on its preselected side for who is kept now: their value, unless they have none. */
    private void preselect() {
        MergePlan plan = plan();
        chosen.clear();
        for (FieldChoice choice : plan.differences()) {
            chosen.put(choice.field(), choice.preselected() == MergeSide.KEPT ? plan.kept().id() : plan.other().id());
        }
    }

    /** The plan for who is kept now. */
    private MergePlan plan() {
        return keep.getSelectedToggle() == keepSecondButton ? keepSecond : keepFirst;
    }

    private String nameAndOrganisation(Contact contact) {
        return contact.organisation().isBlank() ? contact.name()
                : texts.get("merge.nameAndOrganisation", contact.name(), contact.organisation());
    }

    /** The two side by side, kept contact on the left, one row per differing field. */
    private void showFields() {
        MergePlan plan = plan();
        fields.getChildren().clear();
        Label keptHead = new Label(texts.get("merge.keptColumn", nameAndOrganisation(plan.kept())));
        Label otherHead = new Label(texts.get("merge.otherColumn", nameAndOrganisation(plan.other())));
        for (Label head : List.of(keptHead, otherHead)) {
            head.getStyleClass().add("field-label");
            head.setWrapText(true);
            head.setMaxWidth(VALUE_WIDTH);
        }
        fields.addRow(0, new Label(), keptHead, otherHead);
        int row = 1;
        for (FieldChoice choice : plan.differences()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton keptValue = valueButton(choice.field(), choice.keptValue(), "kept");
            RadioButton otherValue = valueButton(choice.field(), choice.otherValue(), "other");
            keptValue.setToggleGroup(group);
            otherValue.setToggleGroup(group);
            long chosenId = chosen.getOrDefault(choice.field(), plan.kept().id());
            (chosenId == plan.kept().id() ? keptValue : otherValue).setSelected(true);
            group.selectedToggleProperty().addListener((obs, before, now) -> {
                if (now == null) {
                    group.selectToggle(before); // a field always has a value chosen
                } else {
                    chosen.put(choice.field(), now == keptValue ? plan.kept().id() : plan.other().id());
                }
            });
            Label label = new Label(texts.get(fieldKey(choice.field())));
            label.getStyleClass().add("field-label");
            label.setLabelFor(keptValue);
            fields.addRow(row++, label, keptValue, otherValue);
        }
    }

    private RadioButton valueButton(ContactField field, String value, String side) {
        String shown = value.isEmpty() ? texts.get("merge.none") : switch (field) {
            case STAGE -> texts.stage(RelationshipStage.valueOf(value));
            case STAY_IN_TOUCH -> texts.get("merge.days", Integer.parseInt(value));
            default -> value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE - 1) + "…" : value;
        };
        RadioButton button = new RadioButton(shown);
        button.setId("merge-" + field.name() + "-" + side);
        button.setMnemonicParsing(false);
        button.setWrapText(true);
        button.setMaxWidth(VALUE_WIDTH);
        button.setPrefWidth(VALUE_WIDTH);
        button.setAccessibleText(texts.get(fieldKey(field)) + ": " + shown);
        if (value.isEmpty()) {
            button.getStyleClass().add("muted");
        }
        return button;
    }

    /** What moves to the kept contact, what both had, what cannot stay, and that the other goes. */
    private void showSummary() {
        MergePlan plan = plan();
        MergeCounts counts = plan.moves();
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        List<String> parts = new ArrayList<>();
        addPart(parts, "merge.part.impressions", counts.impressions(), numbers);
        addPart(parts, "merge.part.interactions", counts.interactions(), numbers);
        addPart(parts, "merge.part.introductions", counts.introductions(), numbers);
        addPart(parts, "merge.part.meetings", counts.meetings(), numbers);
        addPart(parts, "merge.part.stageChanges", counts.stageChanges(), numbers);
        addPart(parts, "merge.part.introduced", counts.introducedContacts(), numbers);
        moves.setText(sentence(parts.isEmpty() ? texts.get("merge.movesNothing", plan.other().name())
                : texts.get("merge.moves", joined(parts), plan.kept().name(), total(counts) == 1 ? 1 : 2)));
        List<String> both = new ArrayList<>();
        addPart(both, "merge.part.interactions", counts.sharedInteractions(), numbers);
        addPart(both, "merge.part.meetings", counts.sharedMeetings(), numbers);
        shared.setText(both.isEmpty() ? "" : texts.get("merge.shared", joined(both)));
        shared.setManaged(!both.isEmpty());
        between.setText(counts.introductionsBetween() == 0 ? "" : texts.get("merge.between",
                counts.introductionsBetween(), plan.kept().name()));
        between.setManaged(counts.introductionsBetween() > 0);
        removed.setText(sentence(texts.get("merge.removed", nameAndOrganisation(plan.other()),
                nameAndOrganisation(plan.kept()))));
    }

    /** How many records move, all kinds together. */
    private static int total(MergeCounts counts) {
        return counts.impressions() + counts.interactions() + counts.introductions() + counts.meetings()
                + counts.stageChanges() + counts.introducedContacts();
    }

    /** One full stop at the end, also after a name that ends with one ("Ana S."). */
    private static String sentence(String text) {
        return text.endsWith("..") && !text.endsWith("...") ? text.substring(0, text.length() - 1) : text;
    }

    private void addPart(List<String> parts, String key, int count, NumberFormat numbers) {
        if (count > 0) {
            parts.add(texts.get(key, count, numbers.format(count)));
        }
    }

    /** "a", "a and b", "a, b and c". */
    private String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + texts.get("merge.and")
                + parts.get(parts.size() - 1);
    }

    private MergeRequest request() {
        MergePlan plan = plan();
        Map<ContactField, MergeSide> sides = new EnumMap<>(ContactField.class);
        for (FieldChoice choice : plan.differences()) {
            long chosenId = chosen.getOrDefault(choice.field(), plan.kept().id());
            sides.put(choice.field(), chosenId == plan.kept().id() ? MergeSide.KEPT : MergeSide.OTHER);
        }
        return new MergeRequest(plan.kept().id(), plan.other().id(), plan.kept().name(), sides);
    }

    static String fieldKey(ContactField field) {
        return switch (field) {
            case NAME -> "field.name";
            case ORGANISATION -> "field.organisation";
            case ROLE -> "field.role";
            case LINK -> "field.link";
            case CITY -> "field.city";
            case HOW_WE_MET -> "field.howWeMet";
            case WHERE_WE_MET -> "field.whereWeMet";
            case INTRODUCED_BY -> "field.introducedBy";
            case NEEDS -> "field.needs";
            case OFFERS -> "field.offers";
            case STAGE -> "field.stage";
            case STAY_IN_TOUCH -> "field.stayInTouch";
            default -> throw new IllegalArgumentException("Not a field to choose: " + field);
        };
    }
}
