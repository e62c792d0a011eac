package io.loosen.catalog.imports;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.routine.RoutineIds;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an import adds to the catalog, decided before anything is stored: the new exercises under ids of
 * their own, and what is left out. An exercise the catalog already has under the same name or alias
 * (compared without case, accents or punctuation) is a duplicate, so importing a file twice adds nothing;
 * so is a second one of the same name in the file. Built-in exercises and files are never changed.
 *
 * @param added        the exercises to store, with their final ids
 * @param ids          for every exercise of the file, the id it has in the catalog now: its new id, or
 *                     the id of the exercise it duplicates (a routine in the file is pointed at these)
 * @param duplicates   "NAME (already in the catalog as ID)", one per exercise left out as a duplicate
 * @param invalid      one sentence per record that could not be made into an exercise
 * @param notStretches records left out because only stretches were asked for
 */
public record ImportPlan(List<Exercise> added, Map<String, String> ids, List<String> duplicates,
                         List<String> invalid, int notStretches) {

    public ImportPlan {
        added = List.copyOf(added);
        ids = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ids));
        duplicates = List.copyOf(duplicates);
        invalid = List.copyOf(invalid);
    }

    /**
     * Records from another source: only stretches unless {@code all}, each drafted as a Loosen exercise.
     * {@code taken} says which ids are used elsewhere (routines share the address space).
     */
    public static ImportPlan ofFound(List<Found> found, boolean all, Catalog catalog, Predicate<String> taken) {
        Builder plan = new Builder(catalog, taken);
        for (Found f : found) {
            if (!all && !f.stretch()) {
                plan.notStretches++;
                continue;
            }
            String duplicate = plan.duplicateOf(f.name(), f.aliases());
            if (duplicate != null) {
                plan.duplicates.add(Prose.tidy(f.name()) + " (already in the catalog as " + duplicate + ")");
                continue;
            }
            Drafts.Draft draft = Drafts.of(f);
            if (draft.problem() != null) {
                plan.invalid.add(draft.problem());
            } else {
                plan.add(null, draft.exercise());
            }
        }
        return plan.build();
    }

    /** Exercises in Loosen's own format (an exercise file, or those embedded in a routine file). */
    public static ImportPlan ofExercises(List<Exercise> exercises, Catalog catalog, Predicate<String> taken) {
        Builder plan = new Builder(catalog, taken);
        for (Exercise e : exercises) {
            String duplicate = plan.duplicateOf(e.name(), e.aliases());
            if (duplicate != null) {
                plan.duplicates.add(e.name() + " (already in the catalog as " + duplicate + ")");
                plan.ids.put(e.id(), duplicate);
            } else {
                plan.add(e.id(), e);
            }
        }
        return plan.build();
    }

    /** A name as duplicates are compared: "Cat-Stretch", "cat stretch" and "Cát Stretch!" are one. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static final class Builder {
        final List<Exercise> added = new ArrayList<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        final List<String> duplicates = new ArrayList<>();
        final List<String> invalid = new ArrayList<>();
        final Map<String, String> idOfName = new HashMap<>();
        final Set<String> usedIds = new HashSet<>();
        final Predicate<String> taken;
        int notStretches;

        Builder(Catalog catalog, Predicate<String> taken) {
            this.taken = taken;
            for (Exercise e : catalog.all()) {
                remember(e);
                usedIds.add(e.id());
            }
        }

        /** The id of an exercise already known by this name or one of these aliases, or null. */
        String duplicateOf(String name, List<String> aliases) {
            String id = idOfName.get(key(name));
            for (int i = 0; id == null && i < aliases.size(); i++) {
                id = idOfName.get(key(aliases.get(i)));
            }
            return id;
        }

        void add(String fileId, Exercise e) {
            String id = fileId != null && free(fileId) ? fileId : RoutineIds.unique(e.name(), c -> !free(c));
            Exercise stored = e.as(id, CatalogLoader.STORED);
            usedIds.add(id);
            remember(stored);
            added.add(stored);
            if (fileId != null) {
                ids.put(fileId, id);
            }
        }

        private boolean free(String id) {
            return !usedIds.contains(id) && !taken.test(id);
        }

        private void remember(Exercise e) {
            idOfName.putIfAbsent(key(e.name()), e.id());
            e.aliases().forEach(a -> idOfName.putIfAbsent(key(a), e.id()));
        }

        ImportPlan build() {
            return new ImportPlan(added, ids, duplicates, invalid, notStretches);
        }
    }
}
