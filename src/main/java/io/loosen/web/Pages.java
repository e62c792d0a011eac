package io.loosen.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the HTML pages from the jte templates in {@code src/main/jte}, compiled to classes at build
 * time: every value a template prints is HTML-escaped by jte, so user text (routine names, notes) cannot
 * become markup.
 */
final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {
    }

    static void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8 * 1024);
        ENGINE.render(template, params, out);
        // Pages show live data (streak, history): always ask again, never serve a stale copy.
        ctx.header("Cache-Control", "no-cache").html(out.toString());
    }

    /** A 404 page saying what was not found, with the way back. */
    static void notFound(Context ctx, String message) {
        render(ctx, "not-found.jte", Map.of("message", message));
        ctx.status(404);
    }
}
