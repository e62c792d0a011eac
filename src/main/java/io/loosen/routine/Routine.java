package io.loosen.routine;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An ordered list of exercises played as one session: {@code prepare} seconds to get into position
 * before each exercise and {@code rest} seconds between exercises (unless an item says otherwise).
 */
public record Routine(String id, String name, String summary, int prepare, int rest, List<RoutineItem> items) {

    public static final int DEFAULT_PREPARE_SECONDS = 8;
    public static final int DEFAULT_REST_SECONDS = 15;
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_EXERCISES = 30;
    private static final String COPY = " (copy)";

    public Routine {
        items = List.copyOf(items);
    }

    /** A routine of a single exercise, for "start just this one". */
    public static Routine single(String exerciseId, String exerciseName) {
        return new Routine(exerciseId, exerciseName, "Just " + exerciseName + ".", DEFAULT_PREPARE_SECONDS, 0,
                List.of(RoutineItem.of(exerciseId)));
    }

    /** A new routine with no exercises yet and the default pauses, as the editor starts one. */
    public static Routine blank() {
        return new Routine(null, "", "", DEFAULT_PREPARE_SECONDS, DEFAULT_REST_SECONDS, List.of());
    }

    public Routine withItems(UnaryOperator<RoutineItem> change) {
        return new Routine(id, name, summary, prepare, rest, items.stream().map(change).toList());
    }

    public Routine withRest(int seconds) {
        return new Routine(id, name, summary, prepare, seconds, items);
    }

    public Routine withId(String newId) {
        return new Routine(newId, name, summary, prepare, rest, items);
    }

    /** The same routine under a name of the user's, with no id until it is stored. */
    public Routine named(String newName) {
        return new Routine(null, newName, summary, prepare, rest, items);
    }

    /** The same routine under another name ("Daily loosen-up (copy)"), with no id until it is stored. */
    public Routine copy() {
        String kept = name;
        int room = MAX_NAME_LENGTH - COPY.length();
        if (kept.codePointCount(0, kept.length()) > room) {
            kept = kept.substring(0, kept.offsetByCodePoints(0, room)).strip();
        }
        return new Routine(null, kept + COPY, summary, prepare, rest, items);
    }
}
