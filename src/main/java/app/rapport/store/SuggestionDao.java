package app.rapport.store;

import app.rapport.model.NeedsAndOffers;
import app.rapport.model.RelationshipStage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What introduction suggestions and the gratitude list read: who needs and who offers which words, from the
 * full-text index of contacts (always in step with every contact write), and who recently helped the user.
 *
 * <p>Words are spelled as {@link SearchText#indexedWords} spells them. A contact is <em>introducible</em> when the
 * user could introduce them now: not archived, not parked, and no deal-breaker waiting for a decision.
 */
public interface SuggestionDao {

    /** Where a word is looked for: in what a contact needs, or in what they offer (their offers, role and tags). */
    enum Side { NEEDS, OFFERS }

    /**
     * The distinct words of the index, in any column, that start with {@code prefix}, in order; each with how often
     * it is offered: in how many contacts' offers it appears, plus in how many roles, plus in how many tag lists.
     */
    List<Word> wordsStartingWith(String prefix);

    /** The contacts, whatever their state, with at least one of {@code words} on {@code side}, by id. */
    long[] contactsWith(Side side, Collection<String> words);

    /** How many contacts, whatever their state, have at least one of {@code words} on {@code side}. */
    int countWith(Side side, Collection<String> words);

    /** How many contacts there are, archived and parked ones too. */
    int contactCount();

    /** Of {@code contactIds}, those that are introducible, with their stages. */
    Map<Long, RelationshipStage> introducibleStages(Collection<Long> contactIds);

    /** The introducible contacts at {@code stage}, by id. */
    long[] introducibleAt(RelationshipStage stage);

    /** The needs and offers of every introducible contact at {@code stage}, by id. */
    List<NeedsAndOffers> introducibleProfilesAt(RelationshipStage stage);

    /** The needs and offers of these contacts, whatever their state (unknown ids are left out), by id. */
    List<NeedsAndOffers> profiles(Collection<Long> contactIds);

    /**
     * Up to {@code limit} people who gave the user a referral or help (an interaction REFERRAL_RECEIVED or
     * HELP_RECEIVED on their timeline) between {@code from} and {@code to}, both included, each once with the latest
     * such day, newest first. Left out: archived and parked contacts, and those in an open introduction (one with no
     * outcome yet, as {@code Introduction.open()}): the user is already connecting them.
     */
    List<Helped> helpedBetween(LocalDate from, LocalDate to, int limit);

    /** A word of the index, and how often it is offered (see {@link #wordsStartingWith}). */
    record Word(String text, int timesOffered) {
    }

    /** Someone who referred or helped the user, and the latest day they did. */
    record Helped(long contactId, String name, LocalDate on) {
    }
}
