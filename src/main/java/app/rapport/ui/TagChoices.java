package app.rapport.ui;

import app.rapport.model.Tag;
import javafx.scene.control.ComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The tag filter's drop-down: "Any tag", then each tag in use with how many carry it. */
public final class TagChoices {

    private TagChoices() {
    }

    public static FilterChoice<String> any(Texts texts) {
        return new FilterChoice<>(null, texts.get("contacts.filter.anyTag"));
    }

    /**
     * Fills {@code box} with the tags, keeping the chosen tag selected while it is still in use ("Any tag"
     * otherwise). The caller keeps its listeners quiet meanwhile.
     */
    public static void show(ComboBox<FilterChoice<String>> box, Texts texts, List<Tag> tags) {
        FilterChoice<String> chosen = box.getValue();
        List<FilterChoice<String>> choices = new ArrayList<>();
        choices.add(any(texts));
        for (Tag tag : tags) {
            choices.add(new FilterChoice<>(tag.name(), tag.name() + " (" + tag.contactCount() + ")"));
        }
        box.getItems().setAll(choices);
        String wanted = chosen == null ? null : chosen.value();
        box.getSelectionModel().select(choices.stream()
                .filter(choice -> Objects.equals(choice.value(), wanted)).findFirst().orElse(choices.get(0)));
    }
}
