package io.loosen.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseReader;
import io.loosen.catalog.ExerciseWriter;
import io.loosen.system.Json;
import io.loosen.system.UserError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exercises the user made or imported in the app, each stored as its catalog-format JSON
 * ({@link ExerciseWriter}) and read back through {@link ExerciseReader}, so a stored exercise is held to
 * exactly the rules of a file. Every change counts up a revision in the same transaction, which servers
 * sharing the database compare to know when their cached catalog is out of date.
 */
public final class ExerciseStore {
    private static final Logger LOG = LoggerFactory.getLogger(ExerciseStore.class);

    private final Jdbi jdbi;
    private final Clock clock;

    ExerciseStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What {@link #snapshot} read: the exercises, and the revision they are as of. */
    public record Snapshot(long revision, List<Exercise> exercises) {
        public Snapshot {
            exercises = List.copyOf(exercises);
        }
    }

    /**
     * Every stored exercise, by id, and the revision, read in one transaction so the two agree. One that no
     * longer reads (stored by a newer Loosen, say) is left out and logged, not lost.
     */
    public Snapshot snapshot() {
        return jdbi.inTransaction(handle -> {
            ExerciseDao dao = handle.attach(ExerciseDao.class);
            long revision = dao.revision();
            List<Exercise> exercises = new ArrayList<>();
            for (String document : dao.documents()) {
                try {
                    exercises.add(read(document));
                } catch (UserError e) {
                    LOG.warn("A stored exercise is left out: {}", e.getMessage());
                }
            }
            return new Snapshot(revision, exercises);
        });
    }

    public List<Exercise> all() {
        return snapshot().exercises();
    }

    /** The number every change counts up: one cheap query, to see whether anything changed. */
    public long revision() {
        return jdbi.withExtension(ExerciseDao.class, ExerciseDao::revision);
    }

    public Optional<Exercise> find(String id) {
        return jdbi.withExtension(ExerciseDao.class, dao -> dao.document(id)).map(ExerciseStore::read);
    }

    /**
     * Stores a new exercise under the first id made from its name ({@link io.loosen.routine.RoutineIds})
     * that neither a stored exercise nor {@code taken} has, and returns it with that id. Two exercises created
     * at once with the same name get different ids.
     */
    public Exercise create(Exercise draft, Predicate<String> taken) {
        java.util.Set<String> tried = new java.util.HashSet<>();
        while (true) {
            String id = io.loosen.routine.RoutineIds.unique(draft.name(), candidate -> taken.test(candidate)
                    || tried.contains(candidate));
            Exercise exercise = draft.as(id, CatalogLoader.STORED);
            if (insertAll(List.of(exercise))) {
                return exercise;
            }
            tried.add(id);
        }
    }

    /**
     * Stores all of these exercises under their own ids, or none: false, with nothing stored, when any id is
     * already taken. An import uses this, so a file is never half imported.
     */
    public boolean insertAll(List<Exercise> exercises) {
        if (exercises.isEmpty()) {
            return true;
        }
        long now = clock.millis();
        return jdbi.inTransaction(handle -> {
            ExerciseDao dao = handle.attach(ExerciseDao.class);
            for (Exercise e : exercises) {
                if (dao.insert(e.id(), write(e), now) == 0) {
                    handle.rollback();
                    return false;
                }
            }
            dao.bump();
            return true;
        });
    }

    /** Replaces the stored exercise with the same id; false when there is none. */
    public boolean replace(Exercise exercise) {
        String document = write(exercise);
        return jdbi.inTransaction(handle -> {
            ExerciseDao dao = handle.attach(ExerciseDao.class);
            if (dao.update(exercise.id(), document, clock.millis()) == 0) {
                return false;
            }
            dao.bump();
            return true;
        });
    }

    /** Whether there was an exercise with this id to delete. */
    public boolean delete(String id) {
        return jdbi.inTransaction(handle -> {
            ExerciseDao dao = handle.attach(ExerciseDao.class);
            if (dao.delete(id) == 0) {
                return false;
            }
            dao.bump();
            return true;
        });
    }

    private static String write(Exercise e) {
        return Json.write(ExerciseWriter.tree(e));
    }

    private static Exercise read(String document) {
        try {
            return ExerciseReader.read("stored exercise", CatalogLoader.STORED, Json.mapper().readTree(document));
        } catch (JsonProcessingException e) {
            throw new UserError("stored exercise: not valid JSON (" + e.getOriginalMessage() + ").");
        }
    }
}
