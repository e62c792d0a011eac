package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.loosen.plan.Plan;
import io.loosen.plan.PlanRequestReader;
import io.loosen.plan.PlanSummary;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineIds;

/**
 * {@code POST /api/v1/plans}: a routine planned for the minutes, place and kit in the body, as
 * {@code loosen plan --json} prints it; with {@code "save": "NAME"} it is also kept as the user's routine.
 */
final class PlanApi {
    private final WebContext web;

    PlanApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.post(WebApp.API + "/plans", this::plan);
    }

    private void plan(Context ctx) {
        Query.of(ctx);
        // A bad field is a 400 naming it (Problems turns the reader's errors into problem documents).
        PlanRequestReader.Read read = PlanRequestReader.read("the request body",
                JsonBody.object(ctx, "the plan request"), web.today(), web.db().shown());
        Plan plan = web.plan(read.request());
        Routine routine = plan.routine().orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT,
                plan.notice().orElse("No plan fits this request."), null));
        if (read.saveAs() == null) {
            ctx.json(PlanSummary.of(plan));
            return;
        }
        Routine saved = web.db().routines().create(routine.named(read.saveAs().strip()),
                RoutineIds.reserved(web.builtIn(), web.catalog()));
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, WebApp.API + "/routines/" + saved.id())
                .json(PlanSummary.of(plan, saved));
    }
}
