package io.loosen.plan;

import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import java.util.List;

/** The hard rules of a request: place, equipment and positions. An exercise breaking one is never planned. */
final class Constraints {
    private final PlanRequest request;

    Constraints(PlanRequest request) {
        this.request = request;
    }

    boolean allows(Exercise e) {
        if (!request.equipment().containsAll(e.equipment())) {
            return false;
        }
        boolean placed = false;
        for (Place p : e.places()) {
            placed |= request.place().admits(p, request.equipment());
        }
        if (!placed) {
            return false;
        }
        for (Position p : e.positions()) {
            if (usable(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean usable(Position p) {
        return !request.avoid().contains(p) && request.place().admits(p);
    }

    /** The exercise's positions this person will take here, in the exercise's own order. */
    List<Position> usablePositions(Exercise e) {
        return e.positions().stream()
                .filter(this::usable)
                .toList();
    }
}
