package io.loosen.routine;

import io.loosen.catalog.Catalog;
import io.loosen.system.BundledFiles;
import io.loosen.system.DataFiles;
import io.loosen.system.Suggest;
import io.loosen.system.UserError;
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

    public Routine require(String id) {
        return find(id).orElseThrow(() ->
                new UserError(Suggest.unknown("routine", id, byId.keySet(), "loosen routines")));
    }
}
