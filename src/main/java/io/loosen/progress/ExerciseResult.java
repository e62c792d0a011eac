package io.loosen.progress;

import io.loosen.session.Side;

/**
 * One exercise, on one side, within a recorded session: {@code position} is its order in the session
 * (0-based, one per exercise and side), {@code heldSeconds} how long its hold or repetitions actually ran.
 */
public record ExerciseResult(int position, String exerciseId, Side side, ExerciseOutcome outcome, int heldSeconds) {

    public ExerciseResult {
        if (position < 0 || heldSeconds < 0) {
            throw new IllegalArgumentException("position and held seconds cannot be negative");
        }
    }
}
