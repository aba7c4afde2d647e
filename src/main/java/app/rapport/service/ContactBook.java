package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.IntroductionSummary;
import app.rapport.model.RelationshipStage;
import app.rapport.model.StageChange;
import app.rapport.model.Tag;
import app.rapport.model.TextLimits;
import app.rapport.service.merge.ContactMerge;
import app.rapport.service.merge.DuplicatePair;
import app.rapport.service.merge.MergeOutcome;
import app.rapport.service.merge.MergePlan;
import app.rapport.service.merge.MergeSide;
import app.rapport.service.merge.PossibleDuplicates;
import app.rapport.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The contacts use cases: find, save (validated, with stage history), archive and restore, note impressions,
 * decide deal-breakers, log interactions. Every method that writes does so in one transaction.
 * Methods block on the database: call them from a background task, never from the JavaFX thread.
 */
public final class ContactBook {

    private final Database database;
    private final Clock clock;
    private final ContactValidator validator = new ContactValidator();

    public ContactBook(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The same book, dating what it records (stage changes, impressions, decisions) on {@code day}: for writing
     * down what happened earlier, as the demo network does.
     */
    public ContactBook dated(LocalDate day) {
        return new ContactBook(database, Clock.fixed(day.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
    }

    /** An introductions planner over the same database, dating its steps on {@code day} (for the demo). */
    IntroductionPlanner introductionsOn(LocalDate day) {
        return new IntroductionPlanner(database,
                Clock.fixed(day.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
    }

    /** The meetings of the same database and clock (for the demo). */
    MeetingPlanner meetings() {
        return new MeetingPlanner(database, clock);
    }

    /** What is wrong with {@code contact}, judged as {@link #save} would store it (trimmed, no empty entries). */
    public ValidationProblems validate(Contact contact) {
        return validator.validate(tidy(contact));
    }

    public List<ContactSummary> search(ContactQuery query, int offset, int limit) {
        return database.contacts().search(query, offset, limit);
    }

    public int count(ContactQuery query) {
        return database.contacts().count(query);
    }

    public List<Tag> tags() {
        return database.contacts().tags();
    }

    public List<ContactSummary> findByName(String text, int limit) {
        return database.contacts().findByName(text, limit);
    }

    /** The contact's details, without their records. */
    public Contact contact(long contactId) {
        return database.contacts().find(contactId)
                .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
    }

    /** The contact with everything the detail pane shows. */
    public ContactDetail detail(long contactId) {
        return database.transaction(c -> {
            Contact contact = database.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            String introducedBy = contact.introducedById() == null ? null
                    : database.contacts().find(contact.introducedById()).map(Contact::name).orElse(null);
            return new ContactDetail(contact, introducedBy, database.impressions().forContact(contactId),
                    database.interactions().forContact(contactId), database.stageHistory().forContact(contactId),
                    introductions(contactId));
        });
    }

    /** The introductions the contact is part of, with both names, newest plan first. */
    private List<IntroductionSummary> introductions(long contactId) {
        return database.introductions().forContact(contactId).stream()
                .map(i -> new IntroductionSummary(i, contact(i.contactA()).name(), contact(i.contactB()).name()))
                .toList();
    }

    /**
     * Stores a new or changed contact after validating it. A new contact, or a change of stage, is recorded in
     * the stage history.
     *
     * @throws InvalidContactException when the details break a rule; nothing is written then
     */
    public Contact save(Contact contact) {
        // Judge what will be stored: " ana@example.com " or an empty second email line are not mistakes.
        Contact clean = tidy(contact);
        ValidationProblems problems = validator.validate(clean);
        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        return database.transaction(c -> {
            if (clean.id() == 0) {
                Contact stored = database.contacts().insert(clean);
                recordStage(stored.id(), null, stored.stage(), "");
                return stored;
            }
            Contact before = database.contacts().find(clean.id())
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + clean.id()));
            if (before.stage() != clean.stage() && clean.stage().trusted()
                    && !undecidedDealBreakers(clean.id()).isEmpty()) {
                throw new InvalidContactException(new ValidationProblems().with(Map.of(ContactField.STAGE,
                        "Decide the open deal-breaker first (Impressions): tolerate it or walk away.")));
            }
            Contact stored = database.contacts().update(clean.withArchived(before.archived()));
            if (before.stage() != stored.stage()) {
                recordStage(stored.id(), before.stage(), stored.stage(), "");
            }
            return stored;
        });
    }

    /** Without the NUL character (SQLite's text functions stop at it) and the spaces around. */
    private static String clean(String text) {
        return text.replace("\0", "").strip();
    }

    /** Trims what the user typed and drops empty list entries; keeps inner text as typed. */
    private static Contact tidy(Contact c) {
        return new Contact(c.id(), clean(c.name()), clean(c.organisation()), clean(c.role()),
                stripped(c.emails()), stripped(c.phones()), clean(c.link()), clean(c.city()), clean(c.howWeMet()),
                clean(c.whereWeMet()), c.metOn(), c.introducedById(), clean(c.needs()), clean(c.offers()),
                oneLine(stripped(c.tags())), clean(c.notes()), c.stage(), c.stayInTouchDays(), c.archived(), c.createdAt(),
                c.updatedAt());
    }

    /** Tags are one-line labels: a line break or tab pasted into one becomes a space. */
    private static List<String> oneLine(List<String> tags) {
        return tags.stream().map(tag -> tag.replaceAll("\\s+", " ")).toList();
    }

    private static List<String> stripped(List<String> values) {
        return values.stream().map(ContactBook::clean).filter(v -> !v.isEmpty()).toList();
    }

    private StageChange recordStage(long contactId, RelationshipStage from, RelationshipStage to, String reason) {
        return database.stageHistory().record(new StageChange(0, contactId, from, to, today(), reason));
    }

    /**
     * Moves a relationship to another stage, recording the move with today's date and the user's reason (may be
     * empty). A move to TRUST or PARTNER needs every deal-breaker about the contact decided: with
     * {@code tolerateDealBreakers} the user tolerates those still undecided as part of the move, in the same
     * transaction; without it the move is refused.
     *
     * @return the recorded move, for {@link #undoMove}; null when the contact already is at {@code to}
     * @throws UndecidedDealBreakerException when moving to TRUST or PARTNER with a deal-breaker undecided
     * @throws IllegalArgumentException when the reason is too long
     */
    public StageMove moveStage(long contactId, RelationshipStage to, String reason, boolean tolerateDealBreakers) {
        String why = reason == null ? "" : reason.strip();
        if (ContactValidator.characters(why) > TextLimits.REASON) {
            throw new IllegalArgumentException("A reason can be at most " + TextLimits.REASON
                    + " characters; this one is " + ContactValidator.characters(why) + ".");
        }
        return database.transaction(c -> {
            Contact contact = database.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            if (contact.stage() == to) {
                return null;
            }
            List<Long> tolerated = new ArrayList<>();
            List<Impression> undecided = undecidedDealBreakers(contactId);
            if (to.trusted() && !undecided.isEmpty()) {
                if (!tolerateDealBreakers) {
                    throw new UndecidedDealBreakerException(contact.name(), undecided);
                }
                for (Impression dealBreaker : undecided) {
                    database.impressions().decide(dealBreaker.id(), DealBreakerDecision.TOLERATE, today());
                    tolerated.add(dealBreaker.id());
                }
            }
            database.contacts().update(contact.withStage(to));
            return new StageMove(recordStage(contactId, contact.stage(), to, why), tolerated);
        });
    }

    /**
     * Takes back a move just made: the contact returns to the stage it left, the move leaves the history, and
     * deal-breakers tolerated for it are undecided again.
     */
    public void undoMove(StageMove move) {
        StageChange change = move.change();
        database.transaction(c -> {
            Contact contact = database.contacts().find(change.contactId())
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + change.contactId()));
            if (change.from() != null) {
                database.contacts().update(contact.withStage(change.from()));
            }
            database.stageHistory().delete(change.id());
            for (long dealBreaker : move.toleratedDealBreakers()) {
                database.impressions().decide(dealBreaker, DealBreakerDecision.OPEN, null);
            }
            return null;
        });
    }

    /**
     * The user walks away from a contact over their undecided deal-breakers: each is decided WALK_AWAY and the
     * relationship is parked (kept, never deleted), in one transaction.
     *
     * @return the contact as it now stands
     */
    public Contact walkAway(long contactId) {
        return database.transaction(c -> {
            Contact contact = database.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            for (Impression dealBreaker : undecidedDealBreakers(contactId)) {
                contact = decide(dealBreaker.id(), DealBreakerDecision.WALK_AWAY);
            }
            return contact;
        });
    }

    /** The deal-breakers about a contact still waiting for the user's decision. */
    public List<Impression> undecidedDealBreakers(long contactId) {
        return database.impressions().forContact(contactId).stream()
                .filter(Impression::isUnresolvedDealBreaker).toList();
    }

    /** Moves the contact out of the default list; everything about them is kept. */
    public void archive(long contactId) {
        database.contacts().setArchived(contactId, true);
    }

    /** Brings an archived contact back (also the undo of {@link #archive}). */
    public void restore(long contactId) {
        database.contacts().setArchived(contactId, false);
    }

    /** Notes a like, dislike or deal-breaker about a contact, dated today. */
    public Impression noteImpression(long contactId, ImpressionKind kind, String text, boolean confidential) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Write what you noticed first.");
        }
        if (ContactValidator.characters(clean) > TextLimits.IMPRESSION) {
            throw new IllegalArgumentException("An impression can be at most " + TextLimits.IMPRESSION
                    + " characters; this one is " + ContactValidator.characters(clean) + ".");
        }
        return database.impressions().add(Impression.draft(contactId, kind, clean, today(), confidential));
    }

    public void removeImpression(long impressionId) {
        database.impressions().delete(impressionId);
    }

    /** Puts back an impression removed by mistake (undo), with its original date and decision. */
    public Impression restoreImpression(Impression removed) {
        return database.impressions().add(new Impression(0, removed.contactId(), removed.kind(), removed.text(),
                removed.notedOn(), removed.confidential(), removed.decision(), removed.decidedOn()));
    }

    /**
     * Records the user's decision about a deal-breaker. Walking away parks the relationship: the contact moves to
     * {@link RelationshipStage#PARKED} (kept, never deleted) and the stage history says why.
     *
     * @return the contact as it now stands
     */
    public Contact decide(long impressionId, DealBreakerDecision decision) {
        return database.transaction(c -> {
            Impression dealBreaker = database.impressions().find(impressionId)
                    .filter(i -> i.kind() == ImpressionKind.DEAL_BREAKER)
                    .orElseThrow(() -> new NoSuchElementException("No deal-breaker with id " + impressionId));
            database.impressions().decide(impressionId, decision, today());
            Contact contact = database.contacts().find(dealBreaker.contactId()).orElseThrow();
            if (decision == DealBreakerDecision.WALK_AWAY && contact.stage() != RelationshipStage.PARKED) {
                Contact parked = database.contacts().update(contact.withStage(RelationshipStage.PARKED));
                recordStage(contact.id(), contact.stage(), RelationshipStage.PARKED,
                        ContactValidator.cut("Walked away: " + dealBreaker.text(), TextLimits.REASON));
                return parked;
            }
            return contact;
        });
    }

    /**
     * Adds an event to the timeline of every contact it names. An event that has happened (dated up to today)
     * restarts their stay-in-touch clocks, so it also ends any snooze of their reminders: the next reminder comes
     * when it is due again. A planned event leaves snoozes alone.
     */
    public Interaction logInteraction(Interaction interaction) {
        if (ContactValidator.characters(interaction.summary()) > TextLimits.SUMMARY) {
            throw new IllegalArgumentException("A summary can be at most " + TextLimits.SUMMARY
                    + " characters; this one is " + ContactValidator.characters(interaction.summary()) + ".");
        }
        if (ContactValidator.characters(interaction.notes()) > TextLimits.NOTES) {
            throw new IllegalArgumentException("Notes can be at most " + TextLimits.NOTES
                    + " characters; these are " + ContactValidator.characters(interaction.notes()) + ".");
        }
        if (interaction.followUpOn() != null && interaction.followUpOn().isBefore(interaction.happenedOn())) {
            throw new IllegalArgumentException("The follow-up date is before the interaction itself.");
        }
        return database.transaction(c -> {
            Interaction stored = database.interactions().add(interaction);
            if (!stored.happenedOn().isAfter(today())) {
                for (long contactId : stored.contactIds()) {
                    database.relationships().clearSnooze(contactId);
                }
            }
            return stored;
        });
    }

    /**
     * Takes an interaction off {@code contactId}'s timeline: an event shared with others stays on theirs, one
     * with nobody else is deleted. {@link #restoreInteraction} undoes either.
     */
    public void removeFromTimeline(Interaction interaction, long contactId) {
        database.transaction(c -> {
            if (interaction.contactIds().stream().anyMatch(id -> id != contactId)) {
                database.interactions().unlink(interaction.id(), contactId);
            } else {
                database.interactions().delete(interaction.id());
            }
            return null;
        });
    }

    /** Undoes {@link #removeFromTimeline}: the interaction is back, as it was, on every timeline it was on. */
    public void restoreInteraction(Interaction interaction) {
        database.interactions().restore(interaction);
    }

    /** What merging {@code otherId} into {@code keptId} would do, field by field; nothing is written. */
    public MergePlan planMerge(long keptId, long otherId) {
        return new ContactMerge(database, clock).plan(keptId, otherId);
    }

    /** Merges {@code otherId} into {@code keptId} in one transaction (see {@code ContactMerge}). */
    public MergeOutcome merge(long keptId, long otherId,
            Map<ContactField, MergeSide> choices) {
        return new ContactMerge(database, clock).merge(keptId, otherId, choices);
    }

    /** Takes a merge back, unless the kept contact was edited since. */
    public void undoMerge(MergeOutcome outcome) {
        new ContactMerge(database, clock).undo(outcome);
    }

    /** Pairs of active contacts that may be one person entered twice, at most {@code limit}. */
    public List<DuplicatePair> possibleDuplicates(int limit) {
        return new PossibleDuplicates(database).find(limit);
    }
}
