package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Exercise;
import io.loosen.system.Fields;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise editor at /exercises/new (a blank one, or {@code ?from=ID} to duplicate and edit any
 * exercise) and /exercises/{id}/edit (the user's own). The page is a shell: exercise-editor.js fills it
 * from the exercise's catalog document and saves through the JSON API ({@link ExerciseApi}), so the
 * loader's rules and sentences are the only ones. Built-in exercises and the user's files are read-only
 * here; their edit page offers the duplicate instead.
 */
final class ExerciseEditPages {
    /** The editor's previews are drawn by the server and shown from memory (blob: URLs), nothing else. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY + "; img-src 'self' blob:";

    private final WebContext web;

    ExerciseEditPages(WebContext web) {
        this.web = web;
    }

    /** Before the exercise pages, so /exercises/new is not taken for an exercise called "new". */
    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/exercises/new", this::create);
        routes.get("/exercises/{id}/edit", this::edit);
    }

    private void create(Context ctx) {
        String from = ctx.queryParam("from");
        if (from == null) {
            editor(ctx, "New exercise", null, null);
            return;
        }
        Optional<Exercise> source = web.catalog().find(from);
        if (source.isEmpty()) {
            Pages.notFound(ctx, "There is no exercise '" + Fields.show(from) + "' to duplicate.");
            return;
        }
        editor(ctx, "Duplicate " + source.get().name(), null, source.get());
    }

    private void edit(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Exercise> found = web.catalog().find(id);
        if (found.isEmpty()) {
            Pages.notFound(ctx, "There is no exercise '" + Fields.show(id) + "' to edit.");
            return;
        }
        Exercise e = found.get();
        editor(ctx, Catalog.editable(e) ? "Edit " + e.name() : e.name(), e, null);
    }

    private void editor(Context ctx, String heading, Exercise exercise, Exercise from) {
        Map<String, Object> params = new HashMap<>();
        params.put("heading", heading);
        params.put("exercise", exercise);
        params.put("from", from);
        params.put("editable", exercise == null || Catalog.editable(exercise));
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        Pages.render(ctx, "exercise-edit.jte", params);
    }
}
