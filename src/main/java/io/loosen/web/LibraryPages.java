package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.ExerciseFilter;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Target;
import io.loosen.system.Fields;
import io.loosen.system.Vocabulary;
import java.util.Map;

/** The library at /library, filtered by its form's query, and one exercise at /exercises/{id}. */
final class LibraryPages {
    private static final int MAX_SEARCH = 80;

    private final WebContext web;

    LibraryPages(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/library", this::library);
        routes.get("/exercises/{id}", this::exercise);
    }

    private void library(Context ctx) {
        ExerciseFilter filter = new ExerciseFilter(word(ctx, "place", Place.class),
                word(ctx, "equipment", Equipment.class), word(ctx, "position", Position.class),
                word(ctx, "target", Target.class), search(ctx));
        var catalog = web.catalog();
        Pages.render(ctx, "library.jte", Map.of("shown", LibraryPage.of(catalog.matching(filter), page(ctx),
                catalog.size(), filter), "filter", filter));
    }

    private void exercise(Context ctx) {
        String id = ctx.pathParam("id");
        web.catalog().find(id).ifPresentOrElse(
                e -> Pages.render(ctx, "exercise.jte", Map.of("e", e)),
                () -> Pages.notFound(ctx, "There is no exercise '" + Fields.show(id) + "' in the library."));
    }

    /**
     * A filter from the form; "any" (empty) or a value no form offers (an old bookmark) filters nothing,
     * which a person browsing would rather have than an error page.
     */
    private static <E extends Enum<E> & Vocabulary> E word(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        return value == null ? null : Vocabulary.parse(type, value).orElse(null);
    }

    /** The page asked for; anything but a page number is the first page, as a person would want. */
    private static int page(Context ctx) {
        String page = ctx.queryParam("page");
        return page != null && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 1;
    }

    private static String search(Context ctx) {
        String q = ctx.queryParam("q");
        return q == null ? null : q.substring(0, Math.min(q.length(), MAX_SEARCH));
    }
}
