package app.rapport.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The relationships on the board, one column per stage (PARKED being the lane apart), each in name order. */
public record Board(Map<RelationshipStage, List<BoardCard>> columns) {

    public Board {
        EnumMap<RelationshipStage, List<BoardCard>> copy = new EnumMap<>(RelationshipStage.class);
        for (RelationshipStage stage : RelationshipStage.values()) {
            copy.put(stage, List.copyOf(columns.getOrDefault(stage, List.of())));
        }
        columns = Collections.unmodifiableMap(copy);
    }

    public List<BoardCard> column(RelationshipStage stage) {
        return columns.get(stage);
    }

    /** How many cards the board holds in all. */
    public int size() {
        return columns.values().stream().mapToInt(List::size).sum();
    }
}
