package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionChanges;
import io.loosen.progress.SessionStatus;
import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.progress.exchange.HistoryJson;
import io.loosen.routine.Routine;
import io.loosen.store.SessionStore;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import io.loosen.system.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Practice history, in the documented export format (docs/history-format.md): read it, start a session,
 * save one as it goes (the whole session each time, so a save can be retried or replayed from an offline
 * queue safely), and rate one afterwards.
 */
final class SessionApi {
    private static final HistoryJson JSON = new HistoryJson();

    private final WebContext web;

    SessionApi(WebContext web) {
        this.web = web;
    }

    /** Asked for on each use: the database may still be opening while the server starts. */
    private SessionStore sessions() {
        return web.db().sessions();
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(WebApp.API + "/sessions", this::list);
        routes.post(WebApp.API + "/sessions", this::start);
        routes.get(WebApp.API + "/sessions/{id}", this::one);
        routes.put(WebApp.API + "/sessions/{id}", this::save);
        routes.put(WebApp.API + "/sessions/{id}/ratings", this::rate);
    }

    /** The export document, optionally from a day on (midnight in the user's zone, as {@code loosen log}). */
    private void list(Context ctx) {
        LocalDate since = Query.of(ctx, "since").date("since");
        Instant from = since == null ? null : since.atStartOfDay(web.zone()).toInstant();
        ctx.contentType(ContentType.APPLICATION_JSON).result(HistoryFormat.JSON.write(sessions().list(from)));
    }

    /** One session: the same object the export document holds for it. */
    private void one(Context ctx) {
        Query.of(ctx);
        respond(ctx, HttpStatus.OK, stored(id(ctx)));
    }

    /**
     * Starts a session of a routine (or a single exercise) now, in the user's zone, and answers it with
     * its id. Players that work offline make their own id and {@code PUT} instead.
     */
    private void start(Context ctx) {
        Query.of(ctx);
        Fields body = Fields.root("the request body", JsonBody.object(ctx, "the routine to start"));
        body.allowOnly("routine", "tensionBefore");
        Routine routine;
        try {
            routine = web.routines().routineOrExercise(body.text("routine", 1, 100), web.catalog());
        } catch (InvalidDataException e) {
            throw e;
        } catch (UserError e) {
            throw ProblemException.badRequest(e.getMessage(), "routine");
        }
        Integer before = body.has("tensionBefore") ? body.integer("tensionBefore", 0, 10, "") : null;
        Instant now = web.clock().instant();
        PracticeSession session = new PracticeSession(UUID.randomUUID(), routine.id(), routine.name(), now, now,
                web.zone(), SessionStatus.IN_PROGRESS, 0, before, null, null, List.of());
        sessions().save(session);
        ctx.header("Location", WebApp.API + "/sessions/" + session.id());
        respond(ctx, HttpStatus.CREATED, session);
    }

    /** Stores the whole session under its id: 201 when new, 200 when it replaced the stored one. */
    private void save(Context ctx) {
        Query.of(ctx);
        UUID id = id(ctx);
        PracticeSession incoming = JSON.readOne("the request body", JsonBody.object(ctx, "a session"));
        if (!incoming.id().equals(id)) {
            throw ProblemException.badRequest("The body is session " + incoming.id() + " but the address is "
                    + id + "; they must be the same.", "id");
        }
        Optional<PracticeSession> stored = sessions().find(id);
        stored.flatMap(s -> SessionChanges.refusal(s, incoming)).ifPresent(why -> {
            throw new ProblemException(HttpStatus.CONFLICT, why, null);
        });
        sessions().save(incoming);
        respond(ctx, stored.isPresent() ? HttpStatus.OK : HttpStatus.CREATED, incoming);
    }

    /** Sets (or clears, with null) the before and after tension ratings and the note. */
    private void rate(Context ctx) {
        Query.of(ctx);
        PracticeSession session = stored(id(ctx));
        Fields body = Fields.root("the request body", JsonBody.object(ctx, "the ratings"));
        body.allowOnly("tensionBefore", "tensionAfter", "note");
        Integer before = body.has("tensionBefore") ? body.integer("tensionBefore", 0, 10, "") : null;
        Integer after = body.has("tensionAfter") ? body.integer("tensionAfter", 0, 10, "") : null;
        String note = body.has("note") ? body.text("note", 1, PracticeSession.MAX_NOTE_LENGTH) : null;
        PracticeSession rated = session.withRatings(before, after, note);
        sessions().save(rated);
        respond(ctx, HttpStatus.OK, rated);
    }

    private PracticeSession stored(UUID id) {
        return sessions().find(id).orElseThrow(() -> ProblemException.notFound(
                "There is no session '" + id + "'; GET " + WebApp.API + "/sessions lists them all.", "id"));
    }

    private static UUID id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'" + Fields.show(id) + "' is not a session id (a UUID).", "id");
        }
    }

    private static void respond(Context ctx, HttpStatus status, PracticeSession session) {
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(JSON.writeOne(session));
    }
}
