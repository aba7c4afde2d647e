package app.rapport.model;

/** An introduction with the two people's names, as lists show it. */
public record IntroductionSummary(Introduction introduction, String nameA, String nameB) {

    public String name(Introduction.Side side) {
        return side == Introduction.Side.A ? nameA : nameB;
    }

    /** The name of the person on the other side from {@code contactId}. */
    public String otherName(long contactId) {
        return introduction.contactA() == contactId ? nameB : nameA;
    }

    /** True when either name contains {@code text}, ignoring case. */
    public boolean mentions(String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        return wanted.isEmpty() || nameA.toLowerCase(java.util.Locale.ROOT).contains(wanted)
                || nameB.toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }
}
