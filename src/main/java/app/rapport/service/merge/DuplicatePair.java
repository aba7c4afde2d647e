package app.rapport.service.merge;

import app.rapport.model.Contact;

/**
 * Two active contacts that may be one person, and why Rapport thinks so: a shared email address ({@code email}),
 * or the same name with the same organisation (or only one of them with an organisation).
 */
public record DuplicatePair(Contact first, Contact second, Reason reason, String email) {

    /** Why a pair looks like one person. */
    public enum Reason {
        SAME_EMAIL, SAME_NAME_AND_ORGANISATION, SAME_NAME_ONE_WITHOUT_ORGANISATION
    }

    /** The reason in English ("same email ana@x.com"), for logs and tests; the screen says it from its bundle. */
    public String describe() {
        return switch (reason) {
            case SAME_EMAIL -> "same email " + email;
            case SAME_NAME_AND_ORGANISATION -> "same name and organisation";
            case SAME_NAME_ONE_WITHOUT_ORGANISATION -> "same name, one without organisation";
        };
    }
}
