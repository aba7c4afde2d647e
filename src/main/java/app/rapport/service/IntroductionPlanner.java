package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.Impression;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.Introduction.Side;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.OptIn;
import app.rapport.model.RelationshipStage;
import app.rapport.model.TextLimits;
import app.rapport.store.Database;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;

/**
 * Plans, runs and remembers introductions the careful way: both sides gain (a reason for each), both agree first
 * (double opt-in), and the user vouches only for people they trust. Each step stamps its date, proposes when to
 * follow up, and is written on both contacts' timelines, in one transaction. Every step can be undone.
 * Methods block on the database: call them from a background task.
 */
public final class IntroductionPlanner {

    /** Days to wait for an answer before following up on an opt-in question. */
    static final int DAYS_TO_ANSWER = 3;
    /** Days after an introduction to ask both how it went. */
    static final int DAYS_TO_OUTCOME = 14;

    private final Database database;
    private final Clock clock;
    private final ResourceBundle words = ResourceBundle.getBundle("app.rapport.service.introductions");

    public IntroductionPlanner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the user should know before introducing the two: reasons it cannot go ahead, and warnings. */
    public List<Guardrail> check(long contactA, long contactB) {
        return database.transaction(c -> {
            List<Guardrail> found = new ArrayList<>();
            if (contactA == contactB) {
                found.add(new Guardrail(Guardrail.Kind.SAME_PERSON, null, null));
                return found;
            }
            Contact a = contact(contactA);
            Contact b = contact(contactB);
            database.introductions().between(contactA, contactB).stream().findFirst().ifPresent(earlier ->
                    found.add(new Guardrail(Guardrail.Kind.ALREADY_INTRODUCED, null, earlier)));
            for (Contact person : List.of(a, b)) {
                if (person.stage() == RelationshipStage.PARKED) {
                    found.add(new Guardrail(Guardrail.Kind.PARKED, person.name(), null));
                }
                if (database.impressions().forContact(person.id()).stream()
                        .anyMatch(Impression::isUnresolvedDealBreaker)) {
                    found.add(new Guardrail(Guardrail.Kind.UNDECIDED_DEAL_BREAKER, person.name(), null));
                }
            }
            for (Contact person : List.of(a, b)) {
                if (person.stage().inFlow() && !person.stage().trusted()) {
                    found.add(new Guardrail(Guardrail.Kind.BELOW_TRUST, person.name(), null));
                }
            }
            return found;
        });
    }

    private Contact contact(long id) {
        return database.contacts().find(id).orElseThrow(() -> new NoSuchElementException("No contact with id " + id));
    }

    /**
     * Plans an introduction (an idea, nobody asked yet), after checking it: both reasons are required, and
     * nothing that blocks may stand; warnings pass only when {@code warningsAccepted}.
     *
     * @throws IllegalArgumentException     when a reason is missing or too long
     * @throws IntroductionRefusedException when a guardrail stops it
     */
    public IntroductionStep plan(long contactA, long contactB, String whyA, String whyB, String note,
                                 boolean warningsAccepted) {
        String a = required(whyA, "why.missing");
        String b = required(whyB, "why.missing");
        String n = note == null ? "" : note.strip();
        limit(n, TextLimits.INTRODUCTION_NOTE);
        return database.transaction(c -> {
            List<Guardrail> guardrails = check(contactA, contactB);
            if (guardrails.stream().anyMatch(g -> g.blocks() || !warningsAccepted)) {
                throw new IntroductionRefusedException(guardrails);
            }
            Introduction planned = database.introductions().add(
                    Introduction.idea(contactA, contactB, a, b, n, today(), null));
            return new IntroductionStep(null, planned, log(planned, "timeline.planned"));
        });
    }

    private String required(String text, String missingKey) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(format(missingKey));
        }
        limit(clean, TextLimits.WHY);
        return clean;
    }

    private void limit(String text, int most) {
        int length = ContactValidator.characters(text);
        if (length > most) {
            throw new IllegalArgumentException(format("text.tooLong", most, length));
        }
    }

    /** The user asked one side whether they would like to be introduced; an answer is due in a few days. */
    public IntroductionStep ask(long introductionId, Side side) {
        return step(introductionId, before -> {
            require(before.open() && before.introducedOn() == null && before.optIn(side) == OptIn.NOT_ASKED,
                    before);
            return before.withOptIn(side, OptIn.ASKED, today()).withFollowUpOn(today().plusDays(DAYS_TO_ANSWER));
        }, side, "timeline.asked");
    }

    /**
     * One side answered. A no closes the introduction (outcome DECLINED); when both have said yes, the follow-up
     * is today: time to introduce them.
     */
    public IntroductionStep answer(long introductionId, Side side, boolean agreed) {
        return step(introductionId, before -> {
            require(before.open() && before.optIn(side) == OptIn.ASKED, before);
            Introduction after = before.withOptIn(side, agreed ? OptIn.AGREED : OptIn.DECLINED, today());
            if (!agreed) {
                return after.withOutcome(IntroductionOutcome.DECLINED, today()).withFollowUpOn(null);
            }
            boolean bothAgreed = after.sideA() == OptIn.AGREED && after.sideB() == OptIn.AGREED;
            return after.withFollowUpOn(bothAgreed ? today() : after.followUpOn());
        }, side, agreed ? "timeline.agreed" : "timeline.declined");
    }

    /** Both agreed, and the user introduced them; ask how it went in two weeks. */
    public IntroductionStep introduce(long introductionId) {
        return step(introductionId, before -> {
            require(before.open() && before.introducedOn() == null && before.sideA() == OptIn.AGREED
                    && before.sideB() == OptIn.AGREED, before);
            return before.withIntroducedOn(today()).withFollowUpOn(today().plusDays(DAYS_TO_OUTCOME));
        }, null, "timeline.introduced");
    }

    /** How it turned out, after the introduction was made. */
    public IntroductionStep close(long introductionId, IntroductionOutcome outcome) {
        return step(introductionId, before -> {
            require(before.status() == IntroductionStatus.INTRODUCED && outcome != IntroductionOutcome.DECLINED,
                    before);
            return before.withOutcome(outcome, today()).withFollowUpOn(null);
        }, null, "timeline.outcome." + outcome.name());
    }

    /** Moves the follow-up date (null: none). Not a step: nothing goes on the timelines. */
    public Introduction followUpOn(long introductionId, LocalDate on) {
        return database.transaction(c -> database.introductions().update(find(introductionId).withFollowUpOn(on)));
    }

    /** Takes a step back: the introduction as it was (or gone, for its planning) and the timeline entry removed. */
    public void undo(IntroductionStep step) {
        database.transaction(c -> {
            if (step.before() == null) {
                database.introductions().delete(step.after().id());
            } else {
                database.introductions().update(step.before());
            }
            database.interactions().delete(step.logged().id());
            return null;
        });
    }

    public Introduction find(long introductionId) {
        return database.introductions().find(introductionId)
                .orElseThrow(() -> new NoSuchElementException("No introduction with id " + introductionId));
    }

    /** Every introduction with both names, newest plan first. */
    public List<IntroductionSummary> pipeline() {
        return database.transaction(c -> named(database.introductions().all()));
    }

    /** The introductions a contact is part of, with both names, newest plan first. */
    public List<IntroductionSummary> forContact(long contactId) {
        return database.transaction(c -> named(database.introductions().forContact(contactId)));
    }

    private List<IntroductionSummary> named(List<Introduction> introductions) {
        Map<Long, String> names = new HashMap<>();
        List<IntroductionSummary> result = new ArrayList<>();
        for (Introduction introduction : introductions) {
            result.add(new IntroductionSummary(introduction,
                    names.computeIfAbsent(introduction.contactA(), id -> contact(id).name()),
                    names.computeIfAbsent(introduction.contactB(), id -> contact(id).name())));
        }
        return result;
    }

    private interface Change {
        Introduction apply(Introduction before);
    }

    private IntroductionStep step(long introductionId, Change change, Side side, String summaryKey) {
        return database.transaction(c -> {
            Introduction before = find(introductionId);
            Introduction after = database.introductions().update(change.apply(before));
            return new IntroductionStep(before, after, log(after, summaryKey, side));
        });
    }

    /** Refuses a step that does not apply where the introduction stands (a second click, a stale screen). */
    private void require(boolean allowed, Introduction introduction) {
        if (!allowed) {
            throw new IllegalStateException(format("step.notNow", introduction.status().name().toLowerCase(Locale.ROOT)));
        }
    }

    private Interaction log(Introduction introduction, String summaryKey) {
        return log(introduction, summaryKey, null);
    }

    /** Puts the step on both contacts' timelines: "Asked Ana whether she'd like to meet Ben". */
    private Interaction log(Introduction introduction, String summaryKey, Side side) {
        String nameA = contact(introduction.contactA()).name();
        String nameB = contact(introduction.contactB()).name();
        String first = side == Side.B ? nameB : nameA;
        String second = side == Side.B ? nameA : nameB;
        String summary = format(summaryKey, first, second);
        return database.interactions().add(Interaction.draft(InteractionKind.INTRODUCTION, today(),
                summary, null, List.of(introduction.contactA(), introduction.contactB())));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.getDefault()).format(arguments);
    }
}
