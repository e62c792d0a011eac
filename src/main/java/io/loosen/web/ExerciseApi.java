package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Equipment;
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
        Query query = Query.of(ctx, "place", "equipment", "position");
        Place place = query.word("place", Place.class);
        Equipment equipment = query.word("equipment", Equipment.class);
        Position position = query.word("position", Position.class);
        List<Exercise> found = catalog.matching(e ->
                (place == null || e.places().contains(place) || e.places().contains(Place.ANYWHERE))
                        && (equipment == null || e.equipment().contains(equipment))
                        && (position == null || e.positions().contains(position)));
        ctx.json(found);
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
