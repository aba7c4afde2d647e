package app.rapport.service.imports;

/**
 * A person of the file who looks like someone already known: a stored contact ({@code existingId} &gt; 0) or a
 * person earlier in the same file ({@code existingId} 0, {@code earlierLine} the line where they start). The import
 * merges them unless the user decides otherwise (see {@link DuplicateDecision}); decisions are keyed by
 * {@link #line()}.
 *
 * @param line        where the person starts in the file
 * @param name        the person's name as the file gives it
 * @param existingId  the stored contact's id, or 0 when the match is earlier in the file
 * @param existingName the stored contact's name (or the earlier record's)
 * @param earlierLine  for a match earlier in the file, its line; otherwise 0
 * @param why          why they match: "same email ana@example.com", "same name and organisation"
 */
public record Duplicate(int line, String name, long existingId, String existingName, int earlierLine, String why) {

    public boolean inSameFile() {
        return existingId == 0;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + name + " is " + (inSameFile()
                ? "already at line " + earlierLine + " of this file" : "already in Rapport as " + existingName)
                + " (" + why + ")";
    }
}
