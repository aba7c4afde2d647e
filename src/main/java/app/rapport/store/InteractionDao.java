package app.rapport.store;

import app.rapport.model.Interaction;

import java.time.LocalDate;
import java.util.List;

/** Stores the dated events of contacts' timelines. */
public interface InteractionDao {

    Interaction add(Interaction interaction);

    /** A contact's timeline, newest first. */
    List<Interaction> forContact(long contactId);

    void delete(long interactionId);

    /** Takes the interaction off one contact's timeline; it stays on the others'. */
    void unlink(long interactionId, long contactId);

    /**
     * Sets the day to follow up on the interaction ({@code null}: no follow-up, as when the user marks it done).
     *
     * @return the follow-up day it had before, or null when it had none, so that the change can be undone
     * @throws StoreException when there is no such interaction
     */
    LocalDate setFollowUp(long interactionId, LocalDate on);

    /** Puts back a removed interaction, with its id, on the timelines of all its contacts (undo of a removal). */
    void restore(Interaction interaction);
}
