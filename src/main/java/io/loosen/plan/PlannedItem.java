package io.loosen.plan;

import io.loosen.catalog.Position;
import io.loosen.routine.RoutineItem;

/**
 * One exercise of a plan, in order: the routine item with its chosen dose, the position to do it in,
 * which round of the routine it belongs to, its own session seconds (rest before it excluded) and why.
 */
public record PlannedItem(RoutineItem item, String name, Position position, int round, int seconds, String reason) {

    public String exerciseId() {
        return item.exercise();
    }
}
