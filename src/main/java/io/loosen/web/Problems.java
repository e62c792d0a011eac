package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.loosen.system.InvalidDataException;
import io.loosen.system.UserError;
import io.loosen.system.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves as a problem document. Expected ones carry their own sentence; anything else is
 * logged on the server and answered with a 500 that says nothing about the internals.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void install(JavalinDefaultRoutingApi routes) {
        routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage(), e.field()));
        // A body or value that breaks the rules: its sentence names the field (and the value).
        routes.exception(InvalidDataException.class, (e, ctx) ->
                send(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
        routes.exception(UserError.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
        routes.exception(HttpResponseException.class, (e, ctx) -> fromJavalin(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; it has been logged.",
                    null);
        });
        // Errors Javalin answers itself, without an exception reaching the handlers above.
        // Pages answer a person with a page, the API a program with a problem document.
        routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
            if (!isProblem(ctx) && !isPage(ctx)) {
                notFound(ctx);
            }
        });
    }

    private static void fromJavalin(Context ctx, HttpResponseException e) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        switch (status) {
            case NOT_FOUND -> notFound(ctx);
            case METHOD_NOT_ALLOWED -> {
                String allowed = String.join(", ", e.getDetails().values());
                if (!allowed.isEmpty()) {
                    ctx.header(Header.ALLOW, allowed);
                }
                send(ctx, status, ctx.method() + " is not allowed on " + ctx.path()
                        + (allowed.isEmpty() ? "." : "; use " + allowed + "."), null);
            }
            case CONTENT_TOO_LARGE -> send(ctx, status, "The request body is larger than the "
                    + WebApp.MAX_BODY_BYTES / 1024 + " KB allowed.", null);
            default -> send(ctx, status, status.getCode() >= 500 ? "Something went wrong on the server." : status.getMessage() + ".",
                    null);
        }
    }

    static void send(Context ctx, HttpStatus status, String detail, String field) {
        Problem problem = new Problem("about:blank", status.getMessage(), status.getCode(), detail, ctx.path(), field);
        try {
            // Bytes, not a String: Jetty would encode text of this media type as ISO-8859-1 ("1–80" as "1?80").
            ctx.status(status).contentType(Problem.CONTENT_TYPE).result(Json.mapper().writeValueAsBytes(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            ctx.status(status).contentType(Problem.CONTENT_TYPE).result("{\"status\":" + status.getCode() + "}");
        }
    }

    private static void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            send(ctx, HttpStatus.NOT_FOUND, notFoundSentence(ctx), null);
        } else {
            Pages.notFound(ctx, "There is no page at this address.");
        }
    }

    private static boolean isPage(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static String notFoundSentence(Context ctx) {
        return "Nothing is served at " + ctx.path() + "; GET /api/openapi.json lists the API.";
    }
}
