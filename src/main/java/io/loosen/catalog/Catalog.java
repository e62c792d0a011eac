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

    /**
     * This catalog and the exercises stored in the app after it. A stored one whose id a built-in exercise
     * or a file has since taken is left out, with a problem naming it: files win, as they cannot be edited
     * in the app, and the stored one is still there to rename.
     */
    public Catalog with(List<Exercise> stored) {
        if (stored.isEmpty()) {
            return this;
        }
        List<Exercise> exercises = new java.util.ArrayList<>(byId.values());
        List<String> more = new java.util.ArrayList<>(problems);
        for (Exercise e : stored) {
            Exercise earlier = byId.get(e.id());
            if (earlier == null) {
                exercises.add(e);
            } else {
                more.add("the exercise '" + e.id() + "' stored in the app, because "
                        + (CatalogLoader.BUILT_IN.equals(earlier.origin()) ? "a built-in exercise" : earlier.origin())
                        + " already uses its id.");
            }
        }
        return new Catalog(exercises, more);
    }

    /** Whether the user may change this exercise in the app: only those stored there, not built-in or files. */
    public static boolean editable(Exercise e) {
        return CatalogLoader.STORED.equals(e.origin());
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
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
