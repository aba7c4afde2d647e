package app.rapport.store;

import app.rapport.model.Interaction;

import java.util.List;

/** Stores the dated events of contacts' timelines. */
public interface InteractionDao {

    Interaction add(Interaction interaction);

    /** A contact's timeline, newest first. */
    List<Interaction> forContact(long contactId);

    void delete(long interactionId);
}
