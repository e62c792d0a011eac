package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.loosen.catalog.Catalog;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.session.RoutineSummary;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.UserError;

/** The routines and the timelines they play, in the shapes {@code loosen routines/timeline --json} print. */
final class RoutineApi {
    private final Catalog catalog;
    private final Routines routines;

    RoutineApi(Catalog catalog, Routines routines) {
        this.catalog = catalog;
        this.routines = routines;
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/routines", this::list);
        routes.get(WebApp.API + "/routines/{id}", this::one);
        routes.get(WebApp.API + "/routines/{id}/timeline", this::timeline);
    }

    private void list(Context ctx) {
        Query.of(ctx);
        ctx.json(routines.all().stream().map(this::listed).toList());
    }

    private void one(Context ctx) {
        Query.of(ctx);
        try {
            ctx.json(listed(routines.require(ctx.pathParam("id"))));
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }

    private void timeline(Context ctx) {
        Query.of(ctx);
        ctx.json(TimelineBuilder.build(routineOrExercise(ctx.pathParam("id")), catalog));
    }

    private RoutineSummary listed(Routine r) {
        return RoutineSummary.of(r, catalog);
    }

    /** A routine by id, or a single exercise by id as a routine of its own, as the CLI plays them. */
    private Routine routineOrExercise(String id) {
        try {
            return routines.routineOrExercise(id, catalog);
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }
}
