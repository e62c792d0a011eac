package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.ExerciseFilter;
import io.loosen.catalog.Target;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.system.UserError;
import java.util.List;

/** The catalog: {@code /api/v1/exercises}, filtered as {@code loosen exercises} filters it. */
final class ExerciseApi {
    private final Catalog catalog;

    ExerciseApi(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/exercises", this::list);
        routes.get(WebApp.API + "/exercises/{id}", this::one);
    }

    private void list(Context ctx) {
        Query query = Query.of(ctx, "place", "equipment", "position", "target", "q");
        ctx.json(catalog.matching(new ExerciseFilter(query.word("place", Place.class),
                query.word("equipment", Equipment.class), query.word("position", Position.class),
                query.word("target", Target.class), query.get("q"))));
    }

    private void one(Context ctx) {
        Query.of(ctx);
        try {
            ctx.json(catalog.require(ctx.pathParam("id")));
        } catch (UserError e) {
            throw ProblemException.notFound(e.getMessage(), "id");
        }
    }
}
