package io.loosen.routine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A routine as a file to hand on (docs/catalog.md, "Routine files"): the routine-file format, and under
 * {@code includes} every exercise it uses that does not ship with Loosen, in the catalog format, so that
 * {@code loosen catalog import} or the web app's import elsewhere brings the whole routine.
 */
public final class RoutineFile {
    public static final String INCLUDES = "includes";

    private RoutineFile() {
    }

    public static ObjectNode tree(Routine routine, Catalog catalog) {
        ObjectNode root = RoutineWriter.tree(routine);
        Set<String> ids = new LinkedHashSet<>();
        routine.items().forEach(item -> ids.add(item.exercise()));
        ArrayNode includes = null;
        for (String id : ids) {
            Exercise e = catalog.require(id);
            if (!CatalogLoader.BUILT_IN.equals(e.origin())) {
                if (includes == null) {
                    includes = root.putArray(INCLUDES);
                }
                includes.add(ExerciseWriter.tree(e));
            }
        }
        return root;
    }
}
