package io.loosen.catalog;

import io.loosen.system.Suggest;
import io.loosen.system.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every known exercise, built-in and the user's own, by id. Immutable; {@link CatalogLoader} builds it.
 * {@code problems} are the user files that were skipped, one sentence each.
 */
public final class Catalog {
    private final Map<String, Exercise> byId;
    private final List<String> problems;

    public Catalog(List<Exercise> exercises, List<String> problems) {
        Map<String, Exercise> map = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            if (map.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate exercise id " + e.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
        this.problems = List.copyOf(problems);
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public List<Exercise> matching(Predicate<Exercise> filter) {
        return byId.values().stream().filter(filter).toList();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The exercise, or a {@link UserError} that names the closest id. */
    public Exercise require(String id) {
        return find(id).orElseThrow(() ->
                new UserError(Suggest.unknown("exercise", id, byId.keySet(), "loosen exercises")));
    }

    public List<String> problems() {
        return problems;
    }
}
