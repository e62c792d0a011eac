package io.loosen.routine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A routine as the routine-file format writes it (docs/catalog.md), so {@link RoutineReader} reads it back. */
public final class RoutineWriter {
    private RoutineWriter() {
    }

    public static ObjectNode tree(Routine routine) {
        ObjectNode root = JsonNodeFactory.instance.objectNode()
                .put("id", routine.id())
                .put("name", routine.name())
                .put("summary", routine.summary())
                .put("prepare", routine.prepare())
                .put("rest", routine.rest());
        var items = root.putArray("exercises");
        for (RoutineItem item : routine.items()) {
            ObjectNode node = items.addObject().put("exercise", item.exercise());
            if (item.hold() != null) {
                node.put("hold", item.hold());
            }
            if (item.reps() != null) {
                node.put("reps", item.reps());
            }
            if (item.sets() != null) {
                node.put("sets", item.sets());
            }
            if (item.rest() != null) {
                node.put("rest", item.rest());
            }
            if (item.sides() != null) {
                node.put("sides", item.sides().slug());
            }
        }
        return root;
    }
}
