package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.routine.Routine;
import io.loosen.session.RoutineSummary;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.UserError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routines list at /routines and the editor at /routines/new and /routines/{id}/edit. The pages show;
 * routine-editor.js changes, through the JSON API ({@link RoutineApi}), so the rules live in one place.
 */
final class RoutinePages {
    private final WebContext web;

    RoutinePages(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/routines", this::list);
        routes.get("/routines/new", this::create);
        routes.get("/routines/{id}/edit", this::edit);
    }

    private void list(Context ctx) {
        List<RoutineCard> builtIn = web.builtIn().all().stream().map(r -> card(r, true)).toList();
        List<RoutineCard> own = web.db().routines().all(web.catalog()).stream().map(r -> card(r, false)).toList();
        Pages.render(ctx, "routines.jte", Map.of("builtIn", builtIn, "own", own));
    }

    private void create(Context ctx) {
        editor(ctx, "New routine", Routine.blank(), false);
    }

    private void edit(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Routine> builtIn = web.builtIn().find(id);
        if (builtIn.isPresent()) {
            editor(ctx, builtIn.get().name(), builtIn.get(), true);
            return;
        }
        Optional<Routine> own;
        try {
            own = web.db().routines().find(id, web.catalog());
        } catch (UserError e) {
            Pages.notFound(ctx, "This routine cannot be opened: " + e.getMessage());
            return;
        }
        if (own.isEmpty()) {
            Pages.notFound(ctx, "There is no routine '" + id + "' to edit.");
            return;
        }
        editor(ctx, "Edit " + own.get().name(), own.get(), false);
    }

    private void editor(Context ctx, String heading, Routine routine, boolean builtIn) {
        Pages.render(ctx, "routine-edit.jte", Map.of("heading", heading, "routine", routine, "builtIn", builtIn,
                "choices", web.catalog().all().stream().map(ExerciseChoice::of).toList(),
                "switchSeconds", TimelineBuilder.SWITCH_SECONDS));
    }

    private RoutineCard card(Routine routine, boolean builtIn) {
        return RoutineCard.of(RoutineSummary.of(routine, web.catalog(), builtIn), web.catalog());
    }
}
