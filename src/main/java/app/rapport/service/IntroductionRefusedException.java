package app.rapport.service;

import java.util.List;

/** An introduction was not planned: a guardrail stops it, or a warning was not accepted. Nothing was written. */
public final class IntroductionRefusedException extends IllegalStateException {

    private final transient List<Guardrail> guardrails;

    public IntroductionRefusedException(List<Guardrail> guardrails) {
        super("This introduction cannot be planned: " + guardrails.stream()
                .map(g -> g.kind() + (g.contactName() == null ? "" : " (" + g.contactName() + ")")).toList());
        this.guardrails = List.copyOf(guardrails);
    }

    public List<Guardrail> guardrails() {
        return guardrails;
    }
}
