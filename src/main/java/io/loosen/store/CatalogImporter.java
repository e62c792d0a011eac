package io.loosen.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.imports.ImportFile;
import io.loosen.catalog.imports.ImportPlan;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineReader;
import io.loosen.routine.Routines;
import io.loosen.system.UserError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Brings a read {@link ImportFile} into the database: decides everything first ({@link ImportPlan}, and a
 * routine file's routine read against the catalog with the new exercises), so a bad record stops the import
 * before anything is stored; then stores the exercises and the routine in one transaction.
 */
public final class CatalogImporter {
    private CatalogImporter() {
    }

    /**
     * What an import did. {@code routinesSkipped} names routines left out because one of the same name exists;
     * {@code plan} says which exercises were added, skipped as duplicates, or could not be read.
     */
    public record Result(ImportPlan plan, List<String> routines, List<String> routinesSkipped) {
        public List<String> addedIds() {
            return plan.added().stream().map(Exercise::id).toList();
        }
    }

    /**
     * Imports {@code file} into {@code db}, next to {@code catalog} (built-in, files and stored) and the
     * built-in routines; only stretches unless {@code all}.
     */
    public static Result run(Database db, Catalog catalog, Routines builtIn, ImportFile file, String source,
                             boolean all) {
        List<Routine> own = db.routines().all(catalog);
        Set<String> routineIds = new HashSet<>();
        builtIn.all().forEach(r -> routineIds.add(r.id()));
        own.forEach(r -> routineIds.add(r.id()));
        ImportPlan plan;
        if (file.source() == ImportFile.Source.LOOSEN) {
            plan = ImportPlan.ofExercises(file.exercises(), catalog, routineIds::contains);
        } else {
            ImportPlan found = ImportPlan.ofFound(file.read().found(), all, catalog, routineIds::contains);
            List<String> invalid = new ArrayList<>(file.read().skipped());
            invalid.addAll(found.invalid());
            plan = new ImportPlan(found.added(), found.ids(), found.duplicates(), invalid, found.notStretches());
        }
        Routine routine = null;
        List<String> routinesSkipped = new ArrayList<>();
        if (file.routine() != null) {
            routine = routine(file.routine(), plan, catalog.with(plan.added()), source);
            String name = key(routine.name());
            boolean known = builtIn.all().stream().anyMatch(r -> key(r.name()).equals(name))
                    || own.stream().anyMatch(r -> key(r.name()).equals(name));
            if (known) {
                routinesSkipped.add(routine.name());
                routine = null;
            }
        }
        Routine theRoutine = routine;
        // One transaction for the exercises and the routine: the stores' own calls join it, because Jdbi
        // hands nested calls on this thread the same handle. A failure in the routine's insert takes the
        // exercises back out, so a file is imported whole or not at all.
        List<String> routines = db.jdbi().inTransaction(handle -> {
            if (!db.exercises().insertAll(plan.added())) {
                throw new UserError("Another import or edit took one of these exercises' ids at the same moment;"
                        + " nothing was imported. Import the file again.");
            }
            if (theRoutine == null) {
                return List.of();
            }
            Set<String> reserved = new HashSet<>(routineIds);
            catalog.all().forEach(e -> reserved.add(e.id()));
            plan.added().forEach(e -> reserved.add(e.id()));
            return List.of(db.routines().create(theRoutine.withId(null), reserved).id());
        });
        return new Result(plan, routines, routinesSkipped);
    }

    /** The file's routine with its exercises pointed at their ids in the catalog, checked by the routine rules. */
    private static Routine routine(ObjectNode tree, ImportPlan plan, Catalog withNew, String source) {
        ObjectNode routine = tree.deepCopy();
        if (!routine.hasNonNull("id")) {
            routine.put("id", "imported");
        }
        for (JsonNode item : routine.path("exercises")) {
            if (item.isObject() && item.path("exercise").isTextual()) {
                String id = plan.ids().get(item.path("exercise").textValue());
                if (id != null) {
                    ((ObjectNode) item).put("exercise", id);
                }
            }
        }
        return RoutineReader.readOwn(source, routine, withNew);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
