package io.loosen.routine;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;

/**
 * One exercise in a routine, with optional changes to its dose: {@code hold} seconds for a held stretch,
 * {@code reps} and {@code sets} for a repeated movement. Null means "the exercise's own default".
 */
public record RoutineItem(String exercise, Integer hold, Integer reps, Integer sets) {

    public static RoutineItem of(String exercise) {
        return new RoutineItem(exercise, null, null, null);
    }

    public RoutineItem withHold(int seconds) {
        return new RoutineItem(exercise, seconds, reps, sets);
    }

    /** The dose this item asks of {@code e}: its own, with this item's changes applied. */
    public Dose doseFor(Exercise e) {
        if (e.dose() instanceof Dose.Hold h) {
            return hold == null ? h : new Dose.Hold(hold, h.min(), h.max(), h.free());
        }
        Dose.Reps r = (Dose.Reps) e.dose();
        return new Dose.Reps(reps == null ? r.count() : reps, sets == null ? r.sets() : sets, r.rest(), r.tempo());
    }
}
