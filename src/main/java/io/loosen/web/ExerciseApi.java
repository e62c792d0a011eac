package io.loosen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.ExerciseFilter;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Target;
import io.loosen.system.Json;
import io.loosen.system.UserError;
import java.util.concurrent.CompletableFuture;

/**
 * The catalog: {@code /api/v1/exercises}, filtered as {@code loosen exercises} filters it. The catalog
 * does not change while the server runs, so the whole list, the most asked-for answer, is written to
 * JSON once, as soon as the catalog is loaded, rather than on every request.
 */
final class ExerciseApi {
    private final WebContext web;
    private final CompletableFuture<byte[]> everything;

    ExerciseApi(WebContext web) {
        this.web = web;
        this.everything = web.loadingCatalog().thenApply(ExerciseApi::asJson);
    }

    private static byte[] asJson(Catalog catalog) {
        try {
            return Json.mapper().writeValueAsBytes(catalog.all());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalog could not be written as JSON", e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/exercises", this::list);
        routes.get(WebApp.API + "/exercises/{id}", this::one);
    }

    private void list(Context ctx) {
        Query query = Query.of(ctx, "place", "equipment", "position", "target", "q");
        ExerciseFilter filter = new ExerciseFilter(query.word("place", Place.class),
                query.word("equipment", Equipment.class), query.word("position", Position.class),
                query.word("target", Target.class), query.get("q"));
        if (filter.equals(ExerciseFilter.ANY)) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(everything.join());
        } else {
            ctx.json(web.catalog().matching(filter));
        }
    }

    private void one(Context ctx) {
        Query.of(ctx);
        try {
            ctx.json(web.catalog().require(ctx.pathParam("id")));
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }
}
