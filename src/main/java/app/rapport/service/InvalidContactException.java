package app.rapport.service;

/** A contact was not saved because its details are not valid; nothing was written. */
public class InvalidContactException extends RuntimeException {
    private final ValidationProblems problems;

    public InvalidContactException(ValidationProblems problems) {
        super("The contact was not saved: " + problems.all().values());
        this.problems = problems;
    }

    public ValidationProblems problems() {
        return problems;
    }
}
