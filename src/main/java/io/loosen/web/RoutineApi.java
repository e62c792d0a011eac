package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineIds;
import io.loosen.routine.RoutineReader;
import io.loosen.session.RoutineSummary;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Suggest;
import io.loosen.system.UserError;
import java.util.HashSet;
import java.util.Set;

/**
 * The routines and the timelines they play, in the shapes {@code loosen routines/timeline --json} print,
 * and the user's own routines: create, replace, copy and delete. A routine sent here is read by
 * {@link RoutineReader}, the same rules as the routine files; built-in routines cannot be changed.
 */
final class RoutineApi {
    private static final String ROUTINES = WebApp.API + "/routines";
    /** How a routine in a request body is named in messages. */
    private static final String SOURCE = "routine";

    private final WebContext web;

    RoutineApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(ROUTINES, this::list);
        routes.post(ROUTINES, this::create);
        routes.get(ROUTINES + "/{id}", this::one);
        routes.put(ROUTINES + "/{id}", this::replace);
        routes.delete(ROUTINES + "/{id}", this::delete);
        routes.post(ROUTINES + "/{id}/copy", this::copy);
        routes.get(ROUTINES + "/{id}/timeline", this::timeline);
        routes.get(ROUTINES + "/{id}/file", this::file);
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

    /** The routine as a file to hand on, with the user's exercises it uses (RoutineFile). */
    private void file(Context ctx) {
        Query.of(ctx);
        Routine routine;
        try {
            routine = web.routines().require(ctx.pathParam("id"));
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
        ExerciseApi.attachment(ctx, routine.id() + ".yaml",
                io.loosen.system.DataFiles.yaml(io.loosen.routine.RoutineFile.tree(routine, web.catalog())));
    }

    private void timeline(Context ctx) {
        Query.of(ctx);
        ctx.json(TimelineBuilder.build(routineOrExercise(ctx.pathParam("id")), web.catalog()));
    }

    /** 201 with the new routine and its address; its id is made from its name. */
    private void create(Context ctx) {
        Query.of(ctx);
        created(ctx, web.db().routines().create(draft(ctx), reservedIds()));
    }

    private void replace(Context ctx) {
        Query.of(ctx);
        String id = ownId(ctx);
        Routine routine = draft(ctx).withId(id);
        if (!web.db().routines().replace(routine)) {
            throw unknownOwn(id);
        }
        ctx.json(listed(routine));
    }

    private void delete(Context ctx) {
        Query.of(ctx);
        String id = ownId(ctx);
        if (!web.db().routines().delete(id)) {
            throw unknownOwn(id);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Any routine, built-in or the user's, copied as a new routine of the user's named "NAME (copy)". */
    private void copy(Context ctx) {
        Query.of(ctx);
        String id = ctx.pathParam("id");
        Routine source = web.routines().find(id).orElseThrow(() -> ProblemException.notFound(
                Suggest.unknown("routine", id, web.routines().all().stream().map(Routine::id).toList(),
                        "GET " + ROUTINES), "id"));
        JsonBody.none(ctx);
        created(ctx, web.db().routines().create(source.copy(), reservedIds()));
    }

    private void created(Context ctx, Routine routine) {
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, ROUTINES + "/" + routine.id()).json(listed(routine));
    }

    /** The id in the address, when it names one of the user's routines: 409 for a built-in one, else 404. */
    private String ownId(Context ctx) {
        String id = ctx.pathParam("id");
        if (web.builtIn().find(id).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "'" + id + "' is a built-in routine, and built-in"
                    + " routines cannot be changed; duplicate it first (POST " + ROUTINES + "/" + id + "/copy).", "id");
        }
        if (!web.db().routines().exists(id)) {
            throw unknownOwn(id);
        }
        return id;
    }

    private ProblemException unknownOwn(String id) {
        return ProblemException.notFound(Suggest.unknown("routine", id,
                web.db().routines().all(web.catalog()).stream().map(Routine::id).toList(), "GET " + ROUTINES), "id");
    }

    /** The routine in the body, checked by the routine rules; a 400 naming the field that breaks one. */
    private Routine draft(Context ctx) {
        JsonNode body = JsonBody.object(ctx, "the routine");
        try {
            return RoutineReader.readDraft(SOURCE, body, web.catalog());
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
    }

    /** Ids a new routine may not take: the built-in routines' and the exercises', which addresses share. */
    private Set<String> reservedIds() {
        return RoutineIds.reserved(web.builtIn(), web.catalog());
    }

    private RoutineSummary listed(Routine r) {
        return web.summary(r);
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
