package io.loosen.routine;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.system.Fields;
import io.loosen.system.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one parsed routine into a {@link Routine} whose every exercise and dose the catalog allows. The
 * same rules guard the built-in routine files, the user's stored routines and routines sent to the API;
 * only the user's own may leave out the summary and have a name of a single character.
 */
public final class RoutineReader {
    private static final int MAX_REST_SECONDS = 600;

    private RoutineReader() {
    }

    /** A built-in routine file: id, name and a summary of at least a sentence. */
    public static Routine read(String source, JsonNode tree, Catalog catalog) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("id", "name", "summary", "prepare", "rest", "exercises");
        return routine(f, f.text("id", 2, 60), f.text("name", 3, Routine.MAX_NAME_LENGTH),
                f.text("summary", 10, 400), catalog);
    }

    /** One of the user's stored routines: as a file, but the summary may be empty or left out. */
    public static Routine readOwn(String source, JsonNode tree, Catalog catalog) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("id", "name", "summary", "prepare", "rest", "exercises");
        return own(f, f.text("id", 1, 60), catalog);
    }

    /**
     * A routine the user sends to be stored: as {@link #readOwn}, but without an id, which is made from the
     * name when the routine is created and never changes. The result's id is null.
     */
    public static Routine readDraft(String source, JsonNode tree, Catalog catalog) {
        Fields f = Fields.root(source, tree);
        if (tree.has("id")) {
            throw f.fail("id", "field 'id' cannot be set: a new routine's id is made from its name, and an"
                    + " existing routine keeps the id in its address.");
        }
        f.allowOnly("name", "summary", "prepare", "rest", "exercises");
        return own(f, null, catalog);
    }

    private static Routine own(Fields f, String id, Catalog catalog) {
        return routine(f, id, f.text("name", 1, Routine.MAX_NAME_LENGTH), f.optionalText("summary", 0, 400, ""),
                catalog);
    }

    private static Routine routine(Fields f, String id, String name, String summary, Catalog catalog) {
        return new Routine(id, name, summary,
                f.optionalInteger("prepare", 0, 120, "seconds", Routine.DEFAULT_PREPARE_SECONDS),
                f.optionalInteger("rest", 0, MAX_REST_SECONDS, "seconds", Routine.DEFAULT_REST_SECONDS),
                f.objects("exercises", 1, Routine.MAX_EXERCISES).stream().map(item -> item(item, catalog)).toList());
    }

    private static RoutineItem item(Fields item, Catalog catalog) {
        item.allowOnly("exercise", "hold", "reps", "sets", "rest", "sides");
        String id = item.text("exercise", 1, 60);
        Exercise exercise = catalog.find(id).orElseThrow(() -> item.fail("exercise", "field '"
                + item.path("exercise") + "' names the unknown exercise '" + Fields.show(id) + "'"
                + Suggest.hint(id, catalog.all().stream().map(Exercise::id).toList()) + "."));
        List<String> allowed = new ArrayList<>(List.of("exercise"));
        allowed.addAll(exercise.dose() instanceof Dose.Hold ? List.of("hold") : List.of("reps", "sets"));
        allowed.add("rest");
        if (exercise.twoSided()) {
            allowed.add("sides");
        }
        for (String field : List.of("hold", "reps", "sets", "sides")) {
            if (item.has(field) && !allowed.contains(field)) {
                throw item.fail(field, "field '" + item.path(field) + "' does not apply to the " + exercise.name()
                        + (field.equals("sides") ? ", which is done once, not on each side"
                        : exercise.dose() instanceof Dose.Hold ? ", which is held, not repeated"
                        : ", which is done in repetitions, not held")
                        + "; allowed fields in '" + item.path("").replaceAll("\\.$", "") + "' are "
                        + String.join(", ", allowed) + ".");
            }
        }
        Integer hold = null;
        Integer reps = null;
        Integer sets = null;
        if (exercise.dose() instanceof Dose.Hold h) {
            hold = item.has("hold") ? item.integer("hold", h.min(), h.max(), "seconds") : null;
        } else {
            reps = item.has("reps") ? item.integer("reps", 1, 50, "repetitions") : null;
            sets = item.has("sets") ? item.integer("sets", 1, 10, "sets") : null;
        }
        Integer rest = item.has("rest") ? item.integer("rest", 0, MAX_REST_SECONDS, "seconds") : null;
        WorkedSides sides = item.has("sides") ? item.word("sides", WorkedSides.class) : null;
        return new RoutineItem(id, hold, reps, sets, rest, sides);
    }
}
