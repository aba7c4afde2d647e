package app.rapport.service.merge;

import app.rapport.model.Contact;
import app.rapport.model.Introduction;
import app.rapport.model.StageChange;
import app.rapport.model.TextLimits;
import app.rapport.service.ContactField;
import app.rapport.service.ContactValidator;
import app.rapport.service.ValidationProblems;
import app.rapport.store.Database;
import app.rapport.store.MergeDao;
import app.rapport.store.MergeSnapshot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Merges two contacts who are one person, so that nothing about either is lost.
 *
 * <p>{@link #plan} says, before anything is written, on which fields the two differ and what would move over.
 * {@link #merge} then makes it in one transaction: each differing field takes the side the user chose (by default
 * the kept contact's value, or the other's where the kept one has none); emails, phones and tags are joined (the
 * kept contact's first, none twice); the earlier met-on date stays; the other's notes are appended when they say
 * something else, followed by a line "Merged with NAME on DATE." that also lists the other's values not chosen, so
 * no detail is dropped. Impressions, stage history, timeline entries (one entry where both were in it), meetings
 * (one place where both were expected), introductions with other people, the people the other introduced and the
 * later stay-in-touch snooze all move to the kept contact. The other contact is then deleted.
 *
 * <p>An introduction <em>between</em> the two cannot stay: it would introduce someone to themselves. It is removed,
 * and written into the kept contact's notes with its dates, reasons, note and how far it got; the merge dialog says
 * so before the user confirms.
 *
 * <p>{@link #undo} takes a merge back exactly, from a snapshot of every row it touched, as long as the kept contact
 * has not been edited since. Methods block on the database: call them off the JavaFX thread.
 */
public final class ContactMerge {

    /** The fields the user chooses between, in the order the dialog shows them. */
    static final List<ContactField> CHOSEN = List.of(ContactField.NAME, ContactField.ORGANISATION, ContactField.ROLE,
            ContactField.LINK, ContactField.CITY, ContactField.HOW_WE_MET, ContactField.WHERE_WE_MET,
            ContactField.INTRODUCED_BY, ContactField.NEEDS, ContactField.OFFERS, ContactField.STAGE,
            ContactField.STAY_IN_TOUCH);

    private final Database database;
    private final Clock clock;

    public ContactMerge(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What merging {@code otherId} into {@code keptId} would do; nothing is written. */
    public MergePlan plan(long keptId, long otherId) {
        return database.transaction(c -> {
            Contact kept = existing(keptId, otherId);
            Contact other = existing(otherId, keptId);
            List<FieldChoice> differences = new ArrayList<>();
            for (ContactField field : CHOSEN) {
                String keptValue = shown(kept, field, kept, other);
                String otherValue = shown(other, field, kept, other);
                if (!keptValue.equals(otherValue)) {
                    differences.add(new FieldChoice(field, keptValue, otherValue,
                            keptValue.isEmpty() ? MergeSide.OTHER : MergeSide.KEPT));
                }
            }
            return new MergePlan(kept, other, differences, database.merges().counts(keptId, otherId));
        });
    }

    /**
     * Merges {@code otherId} into {@code keptId} in one transaction, taking each differing field from the side in
     * {@code choices} (fields not in it: the plan's preselected side), and deletes the other contact.
     *
     * @throws MergeRefusedException for a contact merged with itself, a contact that does not exist, or notes that
     *                               together would be too long; nothing is written then
     */
    public MergeOutcome merge(long keptId, long otherId, Map<ContactField, MergeSide> choices) {
        return database.transaction(c -> {
            MergePlan plan = plan(keptId, otherId);
            Map<ContactField, MergeSide> sides = new EnumMap<>(ContactField.class);
            sides.putAll(plan.preselected());
            if (choices != null) {
                choices.forEach((field, side) -> {
                    if (sides.containsKey(field) && side != null) {
                        sides.put(field, side);
                    }
                });
            }
            Contact kept = plan.kept();
            Contact other = plan.other();
            MergeDao dao = database.merges();
            MergeSnapshot before = dao.snapshot(keptId, otherId);
            List<Introduction> between = database.introductions().between(keptId, otherId);
            Contact merged = combine(plan, sides, between);
            ValidationProblems problems = new ContactValidator().validate(merged);
            if (!problems.isEmpty()) {
                String problem = problems.all().values().iterator().next();
                throw new MergeRefusedException(problems.all().containsKey(ContactField.NOTES)
                        ? "Together the notes would be too long (" + ContactValidator.characters(merged.notes())
                        + " characters; the most is " + TextLimits.NOTES + "). Shorten the notes of one of them first."
                        : "The merged contact would not be valid: " + problem);
            }
            for (Introduction introduction : between) {
                database.introductions().delete(introduction.id());
            }
            dao.moveRecords(keptId, otherId);
            Contact stored = database.contacts().update(merged);
            Long stageChange = null;
            if (stored.stage() != kept.stage()) {
                stageChange = database.stageHistory().record(new StageChange(0, keptId, kept.stage(), stored.stage(),
                        LocalDate.now(clock), ContactValidator.cut("Merged with " + other.name(), TextLimits.REASON)))
                        .id();
            }
            dao.deleteContact(otherId);
            return new MergeOutcome(stored, other.name(), plan.moves(), before, stageChange, stored.updatedAt());
        });
    }

    /**
     * Takes back a merge: the other contact is back under its id with all its records, and the kept contact is as
     * it was before. Records added to the kept contact since stay with it.
     *
     * @throws MergeRefusedException when the kept contact has been edited since the merge (the undo would
     *                               silently drop those edits) or no longer exists
     */
    public void undo(MergeOutcome outcome) {
        database.transaction(c -> {
            Contact now = database.contacts().find(outcome.kept().id()).orElseThrow(() ->
                    new MergeRefusedException(outcome.kept().name() + " no longer exists; the merge cannot be undone."));
            if (!Objects.equals(now.updatedAt(), outcome.keptUpdatedAt())) {
                throw new MergeRefusedException(now.name() + " was changed after the merge; it can no longer be"
                        + " undone.");
            }
            if (outcome.stageChangeId() != null) {
                database.stageHistory().delete(outcome.stageChangeId());
            }
            database.merges().restore(outcome.before());
            return null;
        });
    }

    private Contact existing(long id, long otherId) {
        if (id == otherId) {
            throw new MergeRefusedException("A contact cannot be merged with itself: pick two different contacts.");
        }
        return database.contacts().find(id).orElseThrow(() -> new MergeRefusedException(
                "There is no contact with id " + id + " (any more): it may have been merged or deleted already."));
    }

    /** The contact merged from the plan, the chosen sides and the introductions between the two. */
    private Contact combine(MergePlan plan, Map<ContactField, MergeSide> sides, List<Introduction> between) {
        Contact kept = plan.kept();
        Contact other = plan.other();
        Map<ContactField, String> notChosen = new LinkedHashMap<>();
        for (FieldChoice choice : plan.differences()) {
            MergeSide side = sides.get(choice.field());
            String dropped = side == MergeSide.KEPT ? choice.otherValue() : choice.keptValue();
            if (!dropped.isEmpty() && choice.field() != ContactField.STAGE
                    && choice.field() != ContactField.STAY_IN_TOUCH) {
                notChosen.put(choice.field(), dropped);
            }
        }
        java.util.function.Function<ContactField, Contact> pick = field ->
                sides.getOrDefault(field, MergeSide.KEPT) == MergeSide.OTHER ? other : kept;
        LocalDate metOn = kept.metOn() == null ? other.metOn()
                : other.metOn() == null || !other.metOn().isBefore(kept.metOn()) ? kept.metOn() : other.metOn();
        Long introducedBy = value(pick.apply(ContactField.INTRODUCED_BY), ContactField.INTRODUCED_BY, kept, other)
                .map(Long::valueOf).orElse(null);
        return new Contact(kept.id(), pick.apply(ContactField.NAME).name(),
                pick.apply(ContactField.ORGANISATION).organisation(), pick.apply(ContactField.ROLE).role(),
                union(kept.emails(), other.emails(), v -> v.toLowerCase(Locale.ROOT)),
                union(kept.phones(), other.phones(), v -> v.replaceAll("[^0-9+]", "")),
                pick.apply(ContactField.LINK).link(), pick.apply(ContactField.CITY).city(),
                pick.apply(ContactField.HOW_WE_MET).howWeMet(), pick.apply(ContactField.WHERE_WE_MET).whereWeMet(),
                metOn, introducedBy, pick.apply(ContactField.NEEDS).needs(), pick.apply(ContactField.OFFERS).offers(),
                union(kept.tags(), other.tags(), v -> v.toLowerCase(Locale.ROOT)),
                notes(kept, other, notChosen, between), pick.apply(ContactField.STAGE).stage(),
                pick.apply(ContactField.STAY_IN_TOUCH).stayInTouchDays(), kept.archived() && other.archived(),
                kept.createdAt(), kept.updatedAt());
    }

    /** Kept notes, the other's if they say something else, and a line saying what was merged and not kept. */
    private String notes(Contact kept, Contact other, Map<ContactField, String> notChosen, List<Introduction> between) {
        StringBuilder notes = new StringBuilder(kept.notes().strip());
        String theirs = other.notes().strip();
        if (!theirs.isEmpty() && !kept.notes().contains(theirs)) {
            paragraph(notes).append(theirs);
        }
        paragraph(notes).append("Merged with ").append(other.name()).append(" on ").append(LocalDate.now(clock))
                .append('.');
        if (!notChosen.isEmpty()) {
            notes.append(" Not kept:");
            String separator = " ";
            for (Map.Entry<ContactField, String> entry : notChosen.entrySet()) {
                notes.append(separator).append(label(entry.getKey())).append(": ").append(entry.getValue());
                separator = "; ";
            }
            notes.append('.');
        }
        for (Introduction introduction : between) {
            paragraph(notes).append(describe(introduction, kept, other));
        }
        return notes.toString();
    }

    private static StringBuilder paragraph(StringBuilder notes) {
        return notes.length() == 0 ? notes : notes.append("\n\n");
    }

    /** An introduction between the two, in words, for the notes: nothing of it is lost. */
    static String describe(Introduction i, Contact kept, Contact other) {
        String a = i.contactA() == kept.id() ? kept.name() : other.name();
        String b = i.contactB() == kept.id() ? kept.name() : other.name();
        StringBuilder text = new StringBuilder("Introduction between ").append(a).append(" and ").append(b)
                .append(" (removed by the merge; planned ").append(i.plannedOn()).append("): why ").append(a)
                .append(" benefits: ").append(i.whyA()).append("; why ").append(b).append(" benefits: ")
                .append(i.whyB());
        if (!i.note().isBlank()) {
            text.append("; note: ").append(i.note());
        }
        text.append("; ").append(a).append(": ").append(words(i.sideA().name()));
        if (i.askedA() != null) {
            text.append(" (asked ").append(i.askedA()).append(i.answeredA() == null ? "" : ", answered "
                    + i.answeredA()).append(')');
        }
        text.append("; ").append(b).append(": ").append(words(i.sideB().name()));
        if (i.askedB() != null) {
            text.append(" (asked ").append(i.askedB()).append(i.answeredB() == null ? "" : ", answered "
                    + i.answeredB()).append(')');
        }
        if (i.introducedOn() != null) {
            text.append("; introduced ").append(i.introducedOn());
        }
        if (i.outcome() != null) {
            text.append("; outcome: ").append(words(i.outcome().name()))
                    .append(i.outcomeOn() == null ? "" : " (" + i.outcomeOn() + ")");
        }
        if (i.followUpOn() != null) {
            text.append("; follow up ").append(i.followUpOn());
        }
        return text.append('.').toString();
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The field's name as the notes say it. */
    static String label(ContactField field) {
        return switch (field) {
            case HOW_WE_MET -> "How we met";
            case WHERE_WE_MET -> "Where we met";
            case INTRODUCED_BY -> "Introduced by";
            case STAY_IN_TOUCH -> "Stay in touch (days)";
            default -> field.name().charAt(0) + words(field.name()).substring(1);
        };
    }

    /**
     * The field's value as the user reads it; "" for none. Being introduced by one of the two counts as none: after
     * the merge they would be introduced by themselves.
     */
    private String shown(Contact contact, ContactField field, Contact kept, Contact other) {
        return switch (field) {
            case NAME -> contact.name();
            case ORGANISATION -> contact.organisation();
            case ROLE -> contact.role();
            case LINK -> contact.link();
            case CITY -> contact.city();
            case HOW_WE_MET -> contact.howWeMet();
            case WHERE_WE_MET -> contact.whereWeMet();
            case NEEDS -> contact.needs();
            case OFFERS -> contact.offers();
            case STAGE -> contact.stage().name();
            case STAY_IN_TOUCH -> contact.stayInTouchDays() == null ? "" : contact.stayInTouchDays().toString();
            case INTRODUCED_BY -> value(contact, field, kept, other).isEmpty() ? ""
                    : database.contacts().find(contact.introducedById()).map(Contact::name).orElse("");
            default -> throw new IllegalArgumentException("Not a field to choose: " + field);
        };
    }

    /**
     * The id of who introduced {@code contact}, as text, unless it is one of the two merged (they would be
     * introduced by themselves).
     */
    private static java.util.Optional<String> value(Contact contact, ContactField field, Contact kept, Contact other) {
        if (field != ContactField.INTRODUCED_BY || contact.introducedById() == null
                || contact.introducedById() == kept.id() || contact.introducedById() == other.id()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(contact.introducedById().toString());
    }

    /** {@code first}, then the values of {@code second} not in it, none twice by {@code key}. */
    private static List<String> union(List<String> first, List<String> second,
                                      java.util.function.Function<String, String> key) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : first) {
            byKey.putIfAbsent(key.apply(value.strip()), value.strip());
        }
        for (String value : second) {
            byKey.putIfAbsent(key.apply(value.strip()), value.strip());
        }
        byKey.remove("");
        return new ArrayList<>(byKey.values());
    }
}
