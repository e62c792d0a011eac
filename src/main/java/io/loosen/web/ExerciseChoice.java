package io.loosen.web;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Step;

/**
 * An exercise as the routine editor offers it, with what the editor needs to show its dose fields and add
 * up a routine's length as {@link io.loosen.session.TimelineBuilder} does: the seconds of its steps around
 * the main one ({@code stepSeconds}, per side), and either its hold range or its reps, sets, rest between
 * sets and seconds per repetition. Public only because the compiled templates live in another package.
 */
public record ExerciseChoice(String id, String name, boolean held, int holdMin, int holdMax, int holdDefault,
                             int reps, int sets, int setRest, int repSeconds, boolean twoSided, int stepSeconds) {

    static ExerciseChoice of(Exercise e) {
        int steps = e.steps().stream().filter(s -> !s.main()).mapToInt(Step::seconds).sum();
        if (e.dose() instanceof Dose.Hold h) {
            return new ExerciseChoice(e.id(), e.name(), true, h.min(), h.max(), h.defaultSeconds(), 0, 0, 0, 0,
                    e.twoSided(), steps);
        }
        Dose.Reps r = (Dose.Reps) e.dose();
        return new ExerciseChoice(e.id(), e.name(), false, 0, 0, 0, r.count(), r.sets(), r.rest(), r.secondsPerRep(),
                e.twoSided(), steps);
    }

    /** "hold 30 s, each side", "2 × 8 reps". */
    public String doseText() {
        return (held ? "hold " + holdDefault + " s" : sets + " × " + reps + " reps") + (twoSided ? ", each side" : "");
    }
}
