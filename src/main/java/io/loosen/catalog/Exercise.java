package io.loosen.catalog;

import java.util.List;

/**
 * One stretch or strengthening exercise, exactly as its catalog file describes it.
 * {@code origin} says where it came from: {@code built-in} or the path of the user's file.
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
        String origin) {

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
