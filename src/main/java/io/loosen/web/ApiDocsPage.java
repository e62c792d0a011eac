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

    /** What the page shows, read from the OpenAPI document. */
    private record Contents(String title, String description, List<Operation> operations) {
        static Contents read() {
            JsonNode document;
            try {
                document = Json.mapper().readTree(OpenApiDocument.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Contents(document.at("/info/title").asText(), document.at("/info/description").asText(),
                    ApiDocsPage.operations(document));
        }
    }

    /** Read when the page is first asked for, not on every start of the server (30 ms there). */
    private volatile Contents contents;

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api", this::page);
    }

    private void page(Context ctx) {
        Contents page = contents;
        if (page == null) {
            page = Contents.read(); // two first requests at once both read it, to the same result
            contents = page;
        }
        Pages.render(ctx, "api-docs.jte", Map.of("title", page.title(), "description", page.description(),
                "operations", page.operations()));
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
