package io.loosen.routine;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.system.Fields;
import io.loosen.system.Suggest;

/** Turns one parsed routine file into a {@link Routine} whose every exercise and dose the catalog allows. */
public final class RoutineReader {
    private RoutineReader() {
    }

    public static Routine read(String source, JsonNode tree, Catalog catalog) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("id", "name", "summary", "prepare", "rest", "exercises");
        return new Routine(
                f.text("id", 2, 60),
                f.text("name", 3, 80),
                f.text("summary", 10, 400),
                f.optionalInteger("prepare", 0, 120, "seconds", Routine.DEFAULT_PREPARE_SECONDS),
                f.optionalInteger("rest", 0, 600, "seconds", Routine.DEFAULT_REST_SECONDS),
                f.objects("exercises", 1, 30).stream().map(item -> item(item, catalog)).toList());
    }

    private static RoutineItem item(Fields item, Catalog catalog) {
        item.allowOnly("exercise", "hold", "reps", "sets");
        String id = item.text("exercise", 3, 60);
        Exercise exercise = catalog.find(id).orElseThrow(() -> item.fail("exercise", "field '"
                + item.path("exercise") + "' names the unknown exercise '" + Fields.show(id) + "'"
                + Suggest.hint(id, catalog.all().stream().map(Exercise::id).toList()) + "."));
        Integer hold = null;
        Integer reps = null;
        Integer sets = null;
        if (exercise.dose() instanceof Dose.Hold h) {
            item.allowOnly("exercise", "hold");
            hold = item.has("hold") ? item.integer("hold", h.min(), h.max(), "seconds") : null;
        } else {
            item.allowOnly("exercise", "reps", "sets");
            reps = item.has("reps") ? item.integer("reps", 1, 50, "repetitions") : null;
            sets = item.has("sets") ? item.integer("sets", 1, 10, "sets") : null;
        }
        return new RoutineItem(id, hold, reps, sets);
    }
}
