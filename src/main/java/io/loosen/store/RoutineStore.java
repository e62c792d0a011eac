package io.loosen.store;

import io.loosen.catalog.Catalog;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineIds;
import io.loosen.routine.RoutineReader;
import io.loosen.routine.RoutineWriter;
import io.loosen.system.DataFiles;
import io.loosen.system.Json;
import io.loosen.system.UserError;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own routines, each stored as its routine-file JSON and read back through
 * {@link RoutineReader}, so a stored routine is held to the same rules as a file.
 */
public final class RoutineStore {
    private static final Logger LOG = LoggerFactory.getLogger(RoutineStore.class);

    private final Jdbi jdbi;
    private final Clock clock;

    RoutineStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Every stored routine, by name (then id). One that no longer reads (it names an exercise the user has
     * since deleted from their exercise folder) is left out and logged, not lost: it is still stored, and
     * comes back when the exercise does.
     */
    public List<Routine> all(Catalog catalog) {
        List<Routine> routines = new ArrayList<>();
        for (String document : jdbi.withExtension(RoutineDao.class, RoutineDao::documents)) {
            try {
                routines.add(read(document, catalog));
            } catch (UserError e) {
                LOG.warn("A stored routine is left out: {}", e.getMessage());
            }
        }
        Collator byName = Collator.getInstance(Locale.ROOT);
        byName.setStrength(Collator.SECONDARY);
        routines.sort(Comparator.comparing(Routine::name, byName).thenComparing(Routine::id));
        return routines;
    }

    /** A stored routine by id; a {@link UserError} when it no longer reads (see {@link #all}). */
    public Optional<Routine> find(String id, Catalog catalog) {
        return jdbi.withExtension(RoutineDao.class, dao -> dao.document(id)).map(d -> read(d, catalog));
    }

    /** Whether a routine is stored under this id, whether or not it still reads. */
    public boolean exists(String id) {
        return jdbi.withExtension(RoutineDao.class, dao -> dao.document(id)).isPresent();
    }

    /**
     * Stores a new routine under an id made from its name ({@link RoutineIds}) that neither a stored routine
     * nor anything in {@code reserved} (built-in routines, exercises) has, and returns it with that id. Two
     * routines created at once with the same name get different ids.
     */
    public Routine create(Routine draft, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        taken.addAll(jdbi.withExtension(RoutineDao.class, RoutineDao::ids));
        while (true) {
            Routine routine = draft.withId(RoutineIds.unique(draft.name(), taken::contains));
            String document = Json.write(RoutineWriter.tree(routine));
            if (jdbi.withExtension(RoutineDao.class, dao -> dao.insert(routine.id(), document, clock.millis())) > 0) {
                return routine;
            }
            taken.add(routine.id());
        }
    }

    /** Replaces the stored routine with the same id; false when there is none. */
    public boolean replace(Routine routine) {
        String document = Json.write(RoutineWriter.tree(routine));
        return jdbi.withExtension(RoutineDao.class, dao -> dao.update(routine.id(), document, clock.millis())) > 0;
    }

    /** Stores the routine under its id, replacing what was there. */
    public void save(Routine routine) {
        String document = Json.write(RoutineWriter.tree(routine));
        jdbi.useExtension(RoutineDao.class, dao -> dao.upsert(routine.id(), document, clock.millis()));
    }

    /** Whether there was a routine with this id to delete. */
    public boolean delete(String id) {
        return jdbi.withExtension(RoutineDao.class, dao -> dao.delete(id)) > 0;
    }

    private static Routine read(String document, Catalog catalog) {
        return RoutineReader.readOwn("stored routine",
                DataFiles.parse("stored routine.json", document.getBytes(StandardCharsets.UTF_8)), catalog);
    }
}
