package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.loosen.routine.Routine;
import io.loosen.session.RoutineSummary;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.UserError;

/** The routines and the timelines they play, in the shapes {@code loosen routines/timeline --json} print. */
final class RoutineApi {
    private final WebContext web;

    RoutineApi(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/routines", this::list);
        routes.get(WebApp.API + "/routines/{id}", this::one);
        routes.get(WebApp.API + "/routines/{id}/timeline", this::timeline);
    }

    private void list(Context ctx) {
        Query.of(ctx);
        ctx.json(web.routines().all().stream().map(this::listed).toList());
    }

    private void one(Context ctx) {
        Query.of(ctx);
        try {
            ctx.json(listed(web.routines().require(ctx.pathParam("id"))));
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }

    private void timeline(Context ctx) {
        Query.of(ctx);
        ctx.json(TimelineBuilder.build(routineOrExercise(ctx.pathParam("id")), web.catalog()));
    }

    private RoutineSummary listed(Routine r) {
        return RoutineSummary.of(r, web.catalog());
    }

    /** A routine by id, or a single exercise by id as a routine of its own, with the default hold from Settings. */
    private Routine routineOrExercise(String id) {
        try {
            return web.playable(id);
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }
}
