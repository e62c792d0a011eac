package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.system.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /api}: the OpenAPI document as a page a person can read, drawn from the same document. */
public final class ApiDocsPage {
    /** One operation: "GET", "/api/v1/exercises", what it does, its parameters and its answers. */
    public record Operation(String method, String path, String summary, List<Line> parameters, String body,
                            List<Line> responses) {
        public String anchor() {
            return (method + path).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        }
    }

    /** A name (a parameter, a status code) and what it means. */
    public record Line(String name, String text) {
    }

    private final String title;
    private final String description;
    private final List<Operation> operations;

    ApiDocsPage() {
        JsonNode document;
        try {
            document = Json.mapper().readTree(OpenApiDocument.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.title = document.at("/info/title").asText();
        this.description = document.at("/info/description").asText();
        this.operations = operations(document);
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api", this::page);
    }

    private void page(Context ctx) {
        Pages.render(ctx, "api-docs.jte", Map.of("title", title, "description", description,
                "operations", operations));
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> all = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            List<Line> parameters = new ArrayList<>();
            o.path("parameters").forEach(p -> parameters.add(new Line(p.path("name").asText() + " ("
                    + p.path("in").asText() + ")", p.path("description").asText())));
            JsonNode schema = o.at("/requestBody/content/application~1json/schema");
            String body = schema.isMissingNode() ? null : schema.has("$ref")
                    ? schema.path("$ref").asText().replace("#/components/schemas/", "") + " (JSON)"
                    : "JSON object with " + String.join(", ", names(schema.path("properties")));
            List<Line> responses = new ArrayList<>();
            o.path("responses").fields().forEachRemaining(r ->
                    responses.add(new Line(r.getKey(), r.getValue().path("description").asText())));
            all.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                    o.path("summary").asText(), parameters, body, responses));
        }));
        return List.copyOf(all);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
