package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import io.loosen.figure.Figure;
import io.loosen.figure.FigureSvg;
import io.loosen.figure.Side;
import io.loosen.system.Fields;
import io.loosen.system.UserError;
import java.nio.charset.StandardCharsets;

/**
 * {@code /api/v1/exercises/{id}/figure.svg}: an exercise's picture. Without {@code step}, the whole
 * exercise as a loop; with it, that step of a session, easing in once ({@code beat}: one beat of a
 * repetition). {@code motion=none} draws still key poses instead (all steps in a row, or the one step),
 * for people who asked for reduced motion. {@code side=right} mirrors a two-sided exercise.
 *
 * <p>The SVG has no style sheet and no script, only attributes and SMIL animation, so it carries a
 * Content-Security-Policy that allows nothing at all and still draws and moves, whether shown by an
 * {@code <img>} or opened on its own.
 */
final class FigureApi {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final int MAX_SEGMENT = 100_000;

    private final WebContext web;

    FigureApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(WebApp.API + "/exercises/{id}/figure.svg", this::figure);
    }

    private void figure(Context ctx) {
        Query query = Query.of(ctx, "side", "step", "beat", "motion", "segment");
        Exercise e;
        try {
            e = web.catalog().require(ctx.pathParam("id"));
        } catch (UserError notFound) {
            throw ProblemException.notFound(notFound.getMessage(), "id");
        }
        draw(ctx, query, ExerciseFigure.of(e));
    }

    /** Answers with {@code figure} drawn as the query asks: the loop, one step, still or moving, either side. */
    static void draw(Context ctx, Query query, Figure figure) {
        Side side = side(query, figure);
        int step = number(query, "step", figure.steps().size());
        int beats = step > 0 ? figure.steps().get(step - 1).beats().size() : 0;
        if (query.get("beat") != null && beats == 0) {
            throw ProblemException.badRequest("beat applies only with the step that is repeated, in an exercise "
                    + "done in repetitions.", "beat");
        }
        int beat = number(query, "beat", beats);
        // The player names the segment of its timeline so that each part gets its own copy of the picture,
        // which starts its animation afresh; the picture itself does not depend on it.
        number(query, "segment", 0, MAX_SEGMENT);
        boolean still = still(query);
        String svg;
        if (step == 0) {
            svg = still ? FigureSvg.stills(figure, side) : FigureSvg.loop(figure, side);
        } else {
            svg = still ? FigureSvg.still(figure, side, step - 1) : FigureSvg.step(figure, side, step - 1, beat - 1);
        }
        send(ctx, svg);
    }

    private static void send(Context ctx, String svg) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        Assets.serve(ctx, Assets.Asset.of("image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Side side(Query query, Figure figure) {
        String value = query.get("side");
        if (value == null || value.equals("left")) {
            return Side.LEFT;
        }
        if (!value.equals("right")) {
            throw ProblemException.badRequest("side '" + Fields.show(value) + "' is not left or right.", "side");
        }
        if (!figure.twoSided()) {
            throw ProblemException.badRequest("side 'right' does not apply: " + figure.name()
                    + " is done once, not per side.", "side");
        }
        return Side.RIGHT;
    }

    /** A 1-based number up to {@code max}, or 0 when absent. */
    private static int number(Query query, String name, int max) {
        return number(query, name, 1, max);
    }

    private static int number(Query query, String name, int min, int max) {
        String value = query.get(name);
        if (value == null) {
            return 0;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            n = -1;
        }
        if (n < min || n > max) {
            throw ProblemException.badRequest(name + " '" + Fields.show(value) + "' is not a number from " + min
                    + " to " + max + ".", name);
        }
        return n;
    }

    private static boolean still(Query query) {
        String value = query.get("motion");
        if (value == null) {
            return false;
        }
        if (!value.equals("none")) {
            throw ProblemException.badRequest("motion '" + Fields.show(value)
                    + "' is not 'none', the only choice (leave it out for the animation).", "motion");
        }
        return true;
    }
}
