package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.figure.Keyframes;
import java.util.List;

/**
 * One stretch or strengthening exercise, exactly as its catalog file describes it.
 * {@code origin} says where it came from: {@code built-in}, the path of the user's file, or
 * {@value CatalogLoader#STORED} for the exercises the user made or imported in the app.
 * {@code review} marks an imported exercise whose dose, sides, positions or places were guessed from its
 * text and not yet checked by a person ("imported — review the dose").
 * {@code figure} is the key poses of its picture, or null when the file gives none (a neutral figure in
 * its position stands in); it is drawn, not sent, so the JSON leaves it out. {@code figureSource} is the
 * {@code figure} field as written, so {@link ExerciseWriter} gives back exactly what was read.
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
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean review,
        String origin,
        @JsonIgnore Keyframes figure,
        @JsonIgnore JsonNode figureSource) {

    public Exercise {
        aliases = List.copyOf(aliases);
        counters = List.copyOf(counters);
        targets = List.copyOf(targets);
        positions = List.copyOf(positions);
        places = List.copyOf(places);
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        safety = List.copyOf(safety);
        figureSource = figureSource == null ? null : figureSource.deepCopy();
    }

    /** An exercise without key poses. */
    public Exercise(String id, String name, List<String> aliases, String summary, List<Cause> counters,
                    List<Target> targets, List<Position> positions, List<Place> places, List<Equipment> equipment,
                    Sides sides, Dose dose, List<Step> steps, String feel, List<String> safety, Difficulty difficulty,
                    Provenance provenance, String origin) {
        this(id, name, aliases, summary, counters, targets, positions, places, equipment, sides, dose, steps, feel,
                safety, difficulty, provenance, false, origin, null, null);
    }

    /** The same exercise with the key poses read from {@code source}, its {@code figure} field. */
    public Exercise withFigure(Keyframes keyframes, JsonNode source) {
        return new Exercise(id, name, aliases, summary, counters, targets, positions, places, equipment, sides, dose,
                steps, feel, safety, difficulty, provenance, review, origin, keyframes, source);
    }

    /** The same exercise under another id, from another origin (a copy stored in the app). */
    public Exercise as(String newId, String newOrigin) {
        return new Exercise(newId, name, aliases, summary, counters, targets, positions, places, equipment, sides,
                dose, steps, feel, safety, difficulty, provenance, review, newOrigin, figure, figureSource);
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
