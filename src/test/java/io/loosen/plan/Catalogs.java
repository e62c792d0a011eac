package io.loosen.plan;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Step;
import io.loosen.catalog.Target;
import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Catalogs and histories for planner tests: the built-in catalog, and generated ones of any size. */
final class Catalogs {
    static final Catalog BUILT_IN = new Catalog(CatalogLoader.builtIn(), List.of());

    private Catalogs() {
    }

    /** {@code size} varied exercises, the same for the same seed. */
    static Catalog generated(int size, long seed) {
        Random random = new Random(seed);
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            exercises.add(exercise("generated-" + i, random));
        }
        return new Catalog(exercises, List.of());
    }

    /**
     * The built-in catalog with every exercise of the real free-exercise-db file imported ({@code --all}),
     * as {@code loosen catalog import --all} adds them: 872 in all.
     */
    static Catalog withFreeExerciseDb() {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("../shared/data/free-exercise-db/exercises.json"));
            var file = io.loosen.catalog.imports.ImportFile.read("exercises.json", text, null, null);
            return BUILT_IN.with(io.loosen.catalog.imports.ImportPlan.ofFound(file.read().found(), true, BUILT_IN,
                    id -> false).added());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The built-in catalog with {@code extra} generated exercises. */
    static Catalog builtInAnd(int extra, long seed) {
        List<Exercise> all = new ArrayList<>(CatalogLoader.builtIn());
        all.addAll(generated(extra, seed).all());
        return new Catalog(all, List.of());
    }

    static Exercise exercise(String id, Random random) {
        Dose dose;
        if (random.nextInt(4) == 0) {
            dose = new Dose.Reps(4 + random.nextInt(9), 1 + random.nextInt(3), random.nextInt(4) * 15,
                    List.of(new Dose.Beat("pull", 1 + random.nextInt(2)), new Dose.Beat("lower", 1 + random.nextInt(2))));
        } else {
            int min = 5 + random.nextInt(15);
            int max = min + 10 + random.nextInt(100);
            dose = new Dose.Hold(min + random.nextInt(max - min + 1), min, max, random.nextBoolean());
        }
        List<Step> steps = List.of(
                new Step("Get into position.", "Get set", 3 + random.nextInt(6), false),
                new Step("Stretch.", "Stretch", 0, true),
                new Step("Let go.", "Let go", 3 + random.nextInt(4), false));
        return new Exercise(id, "Exercise " + id, List.of(), "A generated exercise.",
                some(Cause.values(), random), some(Target.values(), random), some(Position.values(), random),
                some(Place.values(), random), random.nextInt(3) == 0 ? List.of(Equipment.NONE)
                        : some(Equipment.values(), random),
                random.nextBoolean() ? Sides.BOTH : Sides.NONE, dose, steps, "A stretch.", List.of(),
                Difficulty.EASY, new Provenance("test", "CC0-1.0", null), CatalogLoader.BUILT_IN);
    }

    private static <T> List<T> some(T[] values, Random random) {
        List<T> picked = new ArrayList<>();
        for (T v : values) {
            if (random.nextInt(values.length) < 2) {
                picked.add(v);
            }
        }
        return picked.isEmpty() ? List.of(values[random.nextInt(values.length)]) : picked;
    }

    /** A completed session on {@code day} that played {@code plan}'s exercises in order, both sides each. */
    static PracticeSession played(Plan plan, Catalog catalog, LocalDate day) {
        List<ExerciseResult> results = new ArrayList<>();
        for (PlannedItem item : plan.items()) {
            boolean twoSided = catalog.find(item.exerciseId()).map(Exercise::twoSided).orElse(false);
            for (Side side : twoSided ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE)) {
                results.add(new ExerciseResult(results.size(), item.exerciseId(), side, ExerciseOutcome.DONE, 20));
            }
        }
        var start = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        return new PracticeSession(UUID.nameUUIDFromBytes((day + plan.toString()).getBytes()),
                plan.routine().orElseThrow().id(), "Plan", start, start.plusSeconds(plan.totalSeconds()),
                ZoneOffset.UTC, SessionStatus.COMPLETED, plan.totalSeconds(), null, null, null, results);
    }
}
