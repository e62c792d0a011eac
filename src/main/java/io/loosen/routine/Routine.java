package io.loosen.routine;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An ordered list of exercises played as one session: {@code prepare} seconds to get into position
 * before each exercise and {@code rest} seconds between exercises.
 */
public record Routine(String id, String name, String summary, int prepare, int rest, List<RoutineItem> items) {

    public static final int DEFAULT_PREPARE_SECONDS = 8;
    public static final int DEFAULT_REST_SECONDS = 15;

    public Routine {
        items = List.copyOf(items);
    }

    /** A routine of a single exercise, for "start just this one". */
    public static Routine single(String exerciseId, String exerciseName) {
        return new Routine(exerciseId, exerciseName, "Just " + exerciseName + ".", DEFAULT_PREPARE_SECONDS, 0,
                List.of(RoutineItem.of(exerciseId)));
    }

    public Routine withItems(UnaryOperator<RoutineItem> change) {
        return new Routine(id, name, summary, prepare, rest, items.stream().map(change).toList());
    }

    public Routine withRest(int seconds) {
        return new Routine(id, name, summary, prepare, seconds, items);
    }
}
