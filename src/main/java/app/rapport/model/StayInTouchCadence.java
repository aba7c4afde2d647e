package app.rapport.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often the user means to be in touch with a relationship at each stage, in days. A contact's own
 * stay-in-touch days, when set, override their stage's. {@link RelationshipStage#PARKED} has no rhythm: the user
 * walked away.
 */
public record StayInTouchCadence(Map<RelationshipStage, Integer> days) {

    /** The longest rhythm the user may choose: once a year. */
    public static final int MOST_DAYS = 365;

    public StayInTouchCadence {
        EnumMap<RelationshipStage, Integer> copy = new EnumMap<>(RelationshipStage.class);
        for (RelationshipStage stage : RelationshipStage.values()) {
            if (!stage.inFlow()) {
                continue;
            }
            Integer value = days.get(stage);
            if (value == null || value < 1 || value > MOST_DAYS) {
                throw new IllegalArgumentException("Stay-in-touch days for " + stage + " must be 1 to " + MOST_DAYS
                        + ", not " + value);
            }
            copy.put(stage, value);
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** New acquaintances need the most frequent touch; partners and trusted friends keep warm for longer. */
    public static StayInTouchCadence defaults() {
        return new StayInTouchCadence(Map.of(
                RelationshipStage.JUST_MET, 14,
                RelationshipStage.GETTING_TO_KNOW, 30,
                RelationshipStage.LIKE, 60,
                RelationshipStage.TRUST, 45,
                RelationshipStage.PARTNER, 30));
    }

    /** The stage's rhythm in days; 0 for {@link RelationshipStage#PARKED}, which has none. */
    public int daysFor(RelationshipStage stage) {
        return days.getOrDefault(stage, 0);
    }

    /** The rhythm for one contact: their own days when set, else their stage's. 0 when parked. */
    public int daysFor(RelationshipStage stage, Integer ownDays) {
        if (!stage.inFlow()) {
            return 0;
        }
        return ownDays != null ? ownDays : daysFor(stage);
    }

    public StayInTouchCadence with(RelationshipStage stage, int newDays) {
        EnumMap<RelationshipStage, Integer> changed = new EnumMap<>(days);
        changed.put(stage, newDays);
        return new StayInTouchCadence(changed);
    }
}
