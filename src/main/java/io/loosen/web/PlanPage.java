package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.loosen.plan.Plan;
import io.loosen.plan.PlanRequestReader;
import io.loosen.plan.PlanSummary;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineIds;
import io.loosen.system.UserError;
import java.util.HashMap;
import java.util.Map;

/**
 * The planner in the browser, with no script needed: {@code GET /plan?minutes=…} shows the plan and the
 * form again; Start keeps it as the user's "Today's plan" routine (replaced by the next one) and opens
 * the player; Save keeps it under a name of the user's.
 */
final class PlanPage {
    /** The one routine Start plays, replaced at each Start, so plans do not pile up among the routines. */
    static final String TODAYS_PLAN = "todays-plan";

    private final WebContext web;

    PlanPage(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/plan", this::page);
        routes.post("/plan/start", this::start);
        routes.post("/plan/save", this::save);
    }

    private void page(Context ctx) {
        PlanForm form = PlanForm.of(ctx);
        if (!form.sent()) {
            show(ctx, form, null, null);
            return;
        }
        try {
            Plan plan = plan(form);
            show(ctx, form, plan.routine().isPresent() ? PlanSummary.of(plan) : null,
                    plan.routine().isPresent() ? null : plan.notice().orElse("No plan fits this request."));
        } catch (UserError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, form, null, e.getMessage());
        }
    }

    private void start(Context ctx) {
        Routine planned = playable(ctx);
        web.db().routines().save(planned.named("Today's plan").withId(TODAYS_PLAN));
        ctx.redirect("/play/" + TODAYS_PLAN, HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx) {
        Routine planned = playable(ctx);
        String name = ctx.formParam("name");
        if (name == null || name.isBlank() || name.strip().length() > PlanRequestReader.MAX_NAME_LENGTH) {
            throw ProblemException.badRequest("A routine's name is 1–" + PlanRequestReader.MAX_NAME_LENGTH
                    + " characters.", "name");
        }
        Routine saved = web.db().routines().create(planned.named(name.strip()),
                RoutineIds.reserved(web.builtIn(), web.catalog()));
        ctx.redirect("/routines#routine-" + saved.id(), HttpStatus.SEE_OTHER);
    }

    private Routine playable(Context ctx) {
        Plan plan = plan(PlanForm.of(ctx));
        return plan.routine().orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT,
                plan.notice().orElse("No plan fits this request."), null));
    }

    private Plan plan(PlanForm form) {
        var read = PlanRequestReader.read("the form", form.json(), web.today(), web.db().shown());
        return web.plan(read.request());
    }

    private static void show(Context ctx, PlanForm form, PlanSummary plan, String problem) {
        Map<String, Object> params = new HashMap<>();
        params.put("form", form);
        params.put("plan", plan);
        params.put("problem", problem);
        Pages.render(ctx, "plan.jte", params);
    }
}
