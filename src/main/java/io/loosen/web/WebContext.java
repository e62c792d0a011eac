package io.loosen.web;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.plan.Plan;
import io.loosen.plan.PlanRequest;
import io.loosen.plan.Planner;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.session.RoutineSummary;
import io.loosen.settings.Settings;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import io.loosen.system.TimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What every page and API handler works with: the catalog, the built-in routines, the database (history,
 * the user's routines and exercises, settings), the environment and the clock. Nothing here is cached
 * between requests but the catalog, which {@link LiveCatalog} keeps in step with the database, so several
 * stateless instances can share one PostgreSQL database.
 *
 * <p>The catalog and the database may still be loading on other threads when the server starts (that is
 * most of its start-up); a request that needs one waits for it.
 */
final class WebContext {
    private final LiveCatalog catalog;
    private final CompletableFuture<Routines> builtIn;
    private final CompletableFuture<Database> db;
    private final Environment env;
    private final Clock clock;

    WebContext(CompletableFuture<Catalog> catalog, CompletableFuture<Routines> builtIn,
               CompletableFuture<Database> db, Environment env, Clock clock) {
        this.catalog = new LiveCatalog(catalog, db, System::nanoTime);
        this.catalog.prepareWhenReady();
        this.builtIn = builtIn;
        this.db = db;
        this.env = env;
        this.clock = clock;
    }

    /** Built-in exercises, the user's files and the exercises stored in the app, as of a second ago at most. */
    Catalog catalog() {
        return catalog.catalog();
    }

    /** The catalog with its whole list as JSON, made once per change. */
    LiveCatalog.View catalogView() {
        return catalog.view();
    }

    /** To call after changing the stored exercises, so this instance serves the change at once. */
    void exercisesChanged() {
        catalog.changed();
    }

    Routines builtIn() {
        return builtIn.join();
    }

    Database db() {
        return db.join();
    }

    Environment env() {
        return env;
    }

    Clock clock() {
        return clock;
    }

    Settings settings() {
        return db().settings().load();
    }

    /** Where "today" is counted: the zone chosen in Settings, else the computer's. */
    ZoneId zone() {
        return settings().zoneOr(TimeZones.current(env));
    }

    LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    /**
     * What {@code /play/{id}} plays: a routine, or one exercise on its own, with the default hold from
     * Settings for every held stretch whose routine does not set its own (fitted to each one's range).
     */
    Routine playable(String id) {
        Routine routine = routines().routineOrExercise(id, catalog());
        Integer hold = settings().defaultHold();
        if (hold == null) {
            return routine;
        }
        return routine.withItems(item -> item.hold() == null
                && catalog().require(item.exercise()).dose() instanceof Dose.Hold h
                ? item.withHold(h.clamp(hold)) : item);
    }

    /** A routine with its length, and whether it is built in (and so cannot be changed). */
    RoutineSummary summary(Routine routine) {
        return RoutineSummary.of(routine, catalog(), builtIn().find(routine.id()).isPresent());
    }

    /** The planner over the sessions of the days just before the plan's day (all it looks at, for variety). */
    Plan plan(PlanRequest request) {
        return Planner.plan(request, catalog(), db().sessions().list(request.historySince(zone())));
    }

    /** The built-in routines, then the user's own. */
    Routines routines() {
        List<Routine> all = new ArrayList<>(builtIn().all());
        all.addAll(db().routines().all(catalog()));
        return new Routines(all);
    }
}
