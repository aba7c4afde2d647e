package app.rapport.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A meeting was not saved because its details are not valid; nothing was written. */
public class InvalidMeetingException extends RuntimeException {
    private final Map<MeetingField, String> problems;

    public InvalidMeetingException(Map<MeetingField, String> problems) {
        super("The meeting was not saved: " + problems.values());
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    /** One message per field that breaks a rule. */
    public Map<MeetingField, String> problems() {
        return problems;
    }
}
