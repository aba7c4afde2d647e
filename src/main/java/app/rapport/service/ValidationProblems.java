package app.rapport.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What is wrong with a contact's details, one message per field; empty when everything is fine. */
public final class ValidationProblems {

    private final Map<ContactField, String> messages = new EnumMap<>(ContactField.class);

    void add(ContactField field, String message) {
        messages.putIfAbsent(field, message);
    }

    /** These problems plus {@code more} (for fields that already have a problem, the first message stays). */
    public ValidationProblems with(Map<ContactField, String> more) {
        ValidationProblems combined = new ValidationProblems();
        messages.forEach(combined::add);
        more.forEach(combined::add);
        return combined;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message for {@code field}, or null when it is fine. */
    public String messageFor(ContactField field) {
        return messages.get(field);
    }

    public Map<ContactField, String> all() {
        return Collections.unmodifiableMap(messages);
    }

    @Override
    public String toString() {
        return messages.toString();
    }
}
