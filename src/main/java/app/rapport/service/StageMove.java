package app.rapport.service;

import app.rapport.model.StageChange;

import java.util.List;

/**
 * A relationship moved to another stage, as recorded: the change in its history, and the deal-breakers the user
 * chose to tolerate to make the move (so that an undo can take both back).
 */
public record StageMove(StageChange change, List<Long> toleratedDealBreakers) {

    public StageMove {
        toleratedDealBreakers = List.copyOf(toleratedDealBreakers);
    }
}
