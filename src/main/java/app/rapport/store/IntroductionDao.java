package app.rapport.store;

import app.rapport.model.Introduction;

import java.util.List;
import java.util.Optional;

/** Stores introductions between two contacts and finds them again. */
public interface IntroductionDao {

    /** Stores a new introduction; returns it with its id. */
    Introduction add(Introduction introduction);

    /** Replaces the stored steps, dates, reasons and follow-up of {@code introduction.id()}. */
    Introduction update(Introduction introduction);

    Optional<Introduction> find(long id);

    void delete(long id);

    /** Every introduction, newest plan first. */
    List<Introduction> all();

    /** The introductions {@code contactId} is part of, either side, newest plan first. */
    List<Introduction> forContact(long contactId);

    /** The introductions between the two, in either order, newest plan first. */
    List<Introduction> between(long one, long other);
}
