package io.loosen.plan;

import io.loosen.catalog.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders a plan to minimise getting up and down: each exercise is done in the position most of the plan
 * shares, and positions come in the order hanging (at the bar, while still fresh) → standing → seated →
 * kneeling → lying, rounds in order within each.
 */
final class Ordering {
    private static final List<Position> DOWNWARD =
            List.of(Position.HANGING, Position.STANDING, Position.SEATED, Position.KNEELING, Position.LYING);

    private Ordering() {
    }

    /** An exercise placed in the plan's order, with the position it is done in. */
    record Placed(Slot slot, Position position) {
    }

    static List<Placed> order(List<Slot> slots, Constraints rules) {
        int[] support = new int[Position.values().length];
        for (Slot s : slots) {
            if (s.round == 1) {
                for (Position p : rules.usablePositions(s.candidate.exercise())) {
                    support[p.ordinal()]++;
                }
            }
        }
        List<Placed> placed = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            Position best = null;
            for (Position p : rules.usablePositions(s.candidate.exercise())) {
                if (best == null || support[p.ordinal()] > support[best.ordinal()]
                        || support[p.ordinal()] == support[best.ordinal()] && rank(p) < rank(best)) {
                    best = p;
                }
            }
            placed.add(new Placed(s, best));
        }
        placed.sort(Ordering::before);
        return placed;
    }

    private static int before(Placed a, Placed b) {
        if (a.position() != b.position()) {
            return Integer.compare(rank(a.position()), rank(b.position()));
        }
        if (a.slot().round != b.slot().round) {
            return Integer.compare(a.slot().round, b.slot().round);
        }
        return Integer.compare(a.slot().picked, b.slot().picked);
    }

    private static int rank(Position p) {
        return DOWNWARD.indexOf(p);
    }

    /** How many times the person changes position between one exercise and the next. */
    static int transitions(List<Position> positions) {
        int changes = 0;
        for (int i = 1; i < positions.size(); i++) {
            changes += positions.get(i) != positions.get(i - 1) ? 1 : 0;
        }
        return changes;
    }
}
