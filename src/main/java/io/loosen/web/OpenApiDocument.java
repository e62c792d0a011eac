package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /api/openapi.json}: the hand-written OpenAPI 3.1 description of the API, a classpath resource. */
final class OpenApiDocument {
    static final String PATH = "/api/openapi.json";
    static final String RESOURCE = "/web/openapi.json";

    private final String document;

    OpenApiDocument() {
        this.document = load();
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::serve);
    }

    private void serve(Context ctx) {
        Query.of(ctx);
        ctx.contentType(ContentType.APPLICATION_JSON).result(document);
    }

    static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
