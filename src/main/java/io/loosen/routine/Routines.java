package io.loosen.routine;

import io.loosen.catalog.Catalog;
import io.loosen.system.BundledFiles;
import io.loosen.system.DataFiles;
import io.loosen.system.Suggest;
import io.loosen.system.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known routines by id; the built-in ones ship as data in {@code routines/}. */
public final class Routines {
    private final Map<String, Routine> byId = new LinkedHashMap<>();

    public Routines(List<Routine> routines) {
        routines.forEach(r -> byId.put(r.id(), r));
    }

    public static Routines builtIn(Catalog catalog) {
        return new Routines(BundledFiles.list("routines").stream()
                .map(file -> RoutineReader.read(file.name(), DataFiles.parse(file.name(), file.content()), catalog))
                .toList());
    }

    public List<Routine> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Routine> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A routine by id, or a single exercise by id as a routine of its own, as sessions play them. */
    public Routine routineOrExercise(String id, Catalog catalog) {
        if (byId.containsKey(id)) {
            return byId.get(id);
        }
        return catalog.find(id).map(e -> Routine.single(e.id(), e.name())).orElseThrow(() -> {
            List<String> known = new ArrayList<>(byId.keySet());
            catalog.all().forEach(e -> known.add(e.id()));
            return new UserError(Suggest.unknown("routine or exercise", id, known, "loosen routines"));
        });
    }

    public Routine require(String id) {
        return find(id).orElseThrow(() ->
                new UserError(Suggest.unknown("routine", id, byId.keySet(), "loosen routines")));
    }
}
