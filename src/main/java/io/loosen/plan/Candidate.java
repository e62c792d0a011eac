package io.loosen.plan;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Target;

/**
 * An exercise that fits the request, with how much the planner wants it: {@code score} from focus, bothers,
 * strengthening and variety, and {@code tie} a seeded hash of person, day and exercise for equal scores.
 */
record Candidate(Exercise exercise, Dosing dosing, int score, long tie) {

    String id() {
        return exercise.id();
    }

    boolean covers(Target target) {
        return exercise.targets().contains(target);
    }

    /** A strengthening exercise: one the catalog says counters strength imbalance. */
    boolean strengthening() {
        return exercise.counters().contains(Cause.STRENGTH_IMBALANCE);
    }
}
