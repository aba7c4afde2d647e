package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.service.ContactField;
import app.rapport.store.MergeDao.MergeCounts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What merging {@code other} into {@code kept} would do, for the user to decide on before anything is written:
 * the fields on which they differ (each with a side preselected), and what moves over ({@code moves}).
 * Emails, phones and tags are always joined, notes appended, and the earlier met-on date kept, so they are no
 * choice.
 */
public record MergePlan(Contact kept, Contact other, List<FieldChoice> differences, MergeCounts moves) {

    public MergePlan {
        differences = List.copyOf(differences);
    }

    /** The preselected side of every differing field: what {@link ContactMerge#merge} uses for a field not chosen. */
    public Map<ContactField, MergeSide> preselected() {
        Map<ContactField, MergeSide> choices = new EnumMap<>(ContactField.class);
        for (FieldChoice choice : differences) {
            choices.put(choice.field(), choice.preselected());
        }
        return choices;
    }
}
