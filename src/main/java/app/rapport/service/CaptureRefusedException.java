package app.rapport.service;

import java.util.List;

/** The people met at a meeting were not added, because some of what was written breaks a rule; nothing was written. */
public class CaptureRefusedException extends RuntimeException {
    private final List<String> problems;

    public CaptureRefusedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per problem, naming the person's row ("Person 2: a name is required."). */
    public List<String> problems() {
        return problems;
    }
}
