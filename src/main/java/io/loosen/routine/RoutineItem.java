package io.loosen.routine;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;

/**
 * One exercise in a routine, with optional changes: {@code hold} seconds for a held stretch, {@code reps}
 * and {@code sets} for a repeated movement, {@code rest} seconds after it (instead of the routine's) and,
 * for a two-sided exercise, which {@code sides} to work. Null means "the default": the exercise's own dose,
 * the routine's rest, both sides. Both sides are always written as null, so equal items are equal records.
 */
public record RoutineItem(String exercise, Integer hold, Integer reps, Integer sets, Integer rest,
                          WorkedSides sides) {

    public RoutineItem {
        if (sides == WorkedSides.BOTH) {
            sides = null;
        }
    }

    /** An item that changes only the dose. */
    public RoutineItem(String exercise, Integer hold, Integer reps, Integer sets) {
        this(exercise, hold, reps, sets, null, null);
    }

    public static RoutineItem of(String exercise) {
        return new RoutineItem(exercise, null, null, null, null, null);
    }

    public RoutineItem withHold(int seconds) {
        return new RoutineItem(exercise, seconds, reps, sets, rest, sides);
    }

    public RoutineItem withRest(Integer seconds) {
        return new RoutineItem(exercise, hold, reps, sets, seconds, sides);
    }

    public RoutineItem withSides(WorkedSides worked) {
        return new RoutineItem(exercise, hold, reps, sets, rest, worked);
    }

    /** Seconds of rest after this exercise: its own, else {@code routineRest}. */
    public int restAfter(int routineRest) {
        return rest == null ? routineRest : rest;
    }

    /** The sides to work, {@link WorkedSides#BOTH} when none were chosen. */
    public WorkedSides sidesOrBoth() {
        return sides == null ? WorkedSides.BOTH : sides;
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
