package io.loosen.plan;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Step;
import io.loosen.routine.RoutineItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The doses the planner may give one exercise, as levels from shortest to longest, and what each costs in
 * session seconds. A hold may take any whole second within the exercise's min..max; a repeated movement
 * may take half to one and a half times its repetitions and one up to its own number of sets.
 *
 * <p>The cost mirrors {@link io.loosen.session.TimelineBuilder}: get ready, then per side the lead-in and
 * release steps and the main step, with a switch between sides. The planner's tests check it against the
 * built timeline, which stays the measure of a plan.
 */
final class Dosing {
    /** {@code TimelineBuilder.SWITCH_SECONDS}; the model test fails if the two drift apart. */
    static final int SWITCH_SECONDS = 5;

    private final Exercise exercise;
    private final int sides;
    private final int fixed;
    private final int holdMin;
    private final int holdMax;
    private final int holdDefault;
    private final Dose.Reps repeated;
    /** Per level, for repetitions only: seconds of the main step on one side, count and sets; made on first use. */
    private int[][] reps;
    private int repDefaultLevel;

    Dosing(Exercise exercise, int prepare) {
        this.exercise = exercise;
        this.sides = exercise.twoSided() ? 2 : 1;
        int around = 0;
        for (Step step : exercise.steps()) {
            around += step.main() ? 0 : step.seconds();
        }
        this.fixed = prepare + sides * around + (sides - 1) * SWITCH_SECONDS;
        if (exercise.dose() instanceof Dose.Hold hold) {
            holdMin = hold.min();
            holdMax = hold.max();
            holdDefault = hold.defaultSeconds();
            repeated = null;
        } else {
            holdMin = 0;
            holdMax = 0;
            holdDefault = 0;
            repeated = (Dose.Reps) exercise.dose();
        }
    }

    private int[][] reps() {
        if (reps == null) {
            reps = repLevels(repeated);
            int own = main(repeated, repeated.count(), repeated.sets());
            int level = 0;
            while (level < reps.length - 1 && reps[level][0] < own) {
                level++;
            }
            repDefaultLevel = level;
        }
        return reps;
    }

    /** Session seconds at the exercise's own dose, and at the shortest, without building the level table. */
    int usualCost() {
        return fixed + sides * (repeated == null ? holdDefault : main(repeated, repeated.count(), repeated.sets()));
    }

    int shortestCost() {
        return fixed + sides * (repeated == null ? holdMin : main(repeated, Math.max(1, (repeated.count() + 1) / 2), 1));
    }

    private static int[][] repLevels(Dose.Reps r) {
        int low = Math.max(1, (r.count() + 1) / 2);
        int high = r.count() + r.count() / 2;
        List<int[]> all = new ArrayList<>();
        for (int sets = 1; sets <= r.sets(); sets++) {
            for (int count = low; count <= high; count++) {
                all.add(new int[] {main(r, count, sets), count, sets});
            }
        }
        all.sort(Comparator.<int[]>comparingInt(l -> l[0]).thenComparingInt(l -> l[2]));
        List<int[]> distinct = new ArrayList<>();
        for (int[] level : all) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1)[0] < level[0]) {
                distinct.add(level);
            }
        }
        return distinct.toArray(int[][]::new);
    }

    private static int main(Dose.Reps r, int count, int sets) {
        return sets * count * r.secondsPerRep() + (sets - 1) * r.rest();
    }

    Exercise exercise() {
        return exercise;
    }

    int levels() {
        return repeated == null ? holdMax - holdMin + 1 : reps().length;
    }

    int defaultLevel() {
        if (repeated == null) {
            return holdDefault - holdMin;
        }
        reps();
        return repDefaultLevel;
    }

    /** The longest dose the planner gives before it repeats the routine: twice the usual hold, or all reps. */
    int comfortableLevel() {
        return repeated == null ? Math.min(holdMax, 2 * holdDefault) - holdMin : levels() - 1;
    }

    /** Session seconds of the exercise at {@code level}, rest before it excluded. */
    int cost(int level) {
        int main = repeated == null ? holdMin + level : reps()[level][0];
        return fixed + sides * main;
    }

    RoutineItem item(int level) {
        if (repeated == null) {
            return new RoutineItem(exercise.id(), holdMin + level, null, null);
        }
        return new RoutineItem(exercise.id(), null, reps()[level][1], reps()[level][2]);
    }
}
