package app.rapport.store;

import app.rapport.model.Interaction;

import java.util.List;

/** Stores the dated events of contacts' timelines. */
public interface InteractionDao {

    Interaction add(Interaction interaction);

    /** A contact's timeline, newest first. */
    List<Interaction> forContact(long contactId);

    void delete(long interactionId);

    /** Takes the interaction off one contact's timeline; it stays on the others'. */
    void unlink(long interactionId, long contactId);

    /** Puts back a removed interaction, with its id, on the timelines of all its contacts (undo of a removal). */
    void restore(Interaction interaction);
}
