package app.rapport.store;

import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the likes, dislikes and deal-breakers noted about contacts. */
public interface ImpressionDao {

    Impression add(Impression impression);

    Optional<Impression> find(long id);

    /** A contact's impressions, oldest first within each kind. */
    List<Impression> forContact(long contactId);

    /** Records the user's decision about a deal-breaker. */
    void decide(long impressionId, DealBreakerDecision decision, LocalDate on);

    void delete(long impressionId);
}
