package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.loosen.figure.Keyframes;
import java.util.List;

/**
 * One stretch or strengthening exercise, exactly as its catalog file describes it.
 * {@code origin} says where it came from: {@code built-in} or the path of the user's file.
 * {@code figure} is the key poses of its picture, or null when the file gives none (a neutral figure in
 * its position stands in); it is drawn, not sent, so the JSON leaves it out.
 */
public record Exercise(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<Cause> counters,
        List<Target> targets,
        List<Position> positions,
        List<Place> places,
        List<Equipment> equipment,
        Sides sides,
        Dose dose,
        List<Step> steps,
        String feel,
        List<String> safety,
        Difficulty difficulty,
        Provenance provenance,
        String origin,
        @JsonIgnore Keyframes figure) {

    public Exercise {
        aliases = List.copyOf(aliases);
        counters = List.copyOf(counters);
        targets = List.copyOf(targets);
        positions = List.copyOf(positions);
        places = List.copyOf(places);
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        safety = List.copyOf(safety);
    }

    /** An exercise without key poses. */
    public Exercise(String id, String name, List<String> aliases, String summary, List<Cause> counters,
                    List<Target> targets, List<Position> positions, List<Place> places, List<Equipment> equipment,
                    Sides sides, Dose dose, List<Step> steps, String feel, List<String> safety, Difficulty difficulty,
                    Provenance provenance, String origin) {
        this(id, name, aliases, summary, counters, targets, positions, places, equipment, sides, dose, steps, feel,
                safety, difficulty, provenance, origin, null);
    }

    public Exercise withFigure(Keyframes keyframes) {
        return new Exercise(id, name, aliases, summary, counters, targets, positions, places, equipment, sides, dose,
                steps, feel, safety, difficulty, provenance, origin, keyframes);
    }

    public boolean twoSided() {
        return sides == Sides.BOTH;
    }

    /** The step the dose applies to; validation guarantees there is exactly one. */
    public Step mainStep() {
        return steps.stream().filter(Step::main).findFirst().orElseThrow();
    }

    public int mainStepIndex() {
        return steps.indexOf(mainStep());
    }
}
