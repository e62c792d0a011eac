package io.loosen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.store.SessionStore;
import io.loosen.system.Fields;
import io.loosen.system.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Practice history, in the documented export format (docs/history-format.md). */
final class SessionApi {
    private final WebContext web;
    private final SessionStore sessions;

    SessionApi(WebContext web) {
        this.web = web;
        this.sessions = web.db().sessions();
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/sessions", this::list);
        routes.get(WebApp.API + "/sessions/{id}", this::one);
    }

    /** The export document, optionally from a day on (midnight in the server's zone, as {@code loosen log}). */
    private void list(Context ctx) {
        LocalDate since = Query.of(ctx, "since").date("since");
        Instant from = since == null ? null : since.atStartOfDay(web.zone()).toInstant();
        ctx.contentType(ContentType.APPLICATION_JSON).result(HistoryFormat.JSON.write(sessions.list(from)));
    }

    /** One session: the same object the export document holds for it. */
    private void one(Context ctx) throws JsonProcessingException {
        Query.of(ctx);
        String id = ctx.pathParam("id");
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'" + Fields.show(id) + "' is not a session id (a UUID).", "id");
        }
        PracticeSession session = sessions.find(uuid).orElseThrow(() -> ProblemException.notFound(
                "There is no session '" + uuid + "'; GET " + WebApp.API + "/sessions lists them all.", "id"));
        String document = HistoryFormat.JSON.write(List.of(session));
        ctx.contentType(ContentType.APPLICATION_JSON)
                .result(Json.mapper().writeValueAsString(Json.mapper().readTree(document).path("sessions").get(0)));
    }
}
