package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.Json;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the API routes the app serves (the HTML pages are not API). */
class OpenApiTest extends ServedTest {
    @Test
    void listsEveryRouteTheAppServesAndNoOther() throws Exception {
        Set<String> served = server.app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                // HEAD answers every GET route (RoutesWithHead), as HTTP says; OpenAPI leaves it implied
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD && e.path.startsWith("/api/"))
                .map(e -> e.method.name() + " " + e.path)
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode document = Json.mapper().readTree(OpenApiDocument.load());
        Set<String> described = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(served).isNotEmpty().isEqualTo(described);
    }

    @Test
    void describesEveryQueryParameterTheRoutesAccept() throws Exception {
        JsonNode paths = Json.mapper().readTree(OpenApiDocument.load()).path("paths");
        assertThat(names(paths.path("/api/v1/exercises").path("get"))).containsExactly("equipment", "place", "position", "q", "target");
        assertThat(names(paths.path("/api/v1/sessions").path("get"))).containsExactly("since");
        assertThat(names(paths.path("/api/v1/stats").path("get"))).containsExactly("zone");
        assertThat(Json.mapper().readTree(OpenApiDocument.load()).at("/components/schemas/Problem/properties")
                .has("field")).isTrue();
    }

    @Test
    void everyRefPointsIntoTheDocument() throws Exception {
        JsonNode document = Json.mapper().readTree(OpenApiDocument.load());
        for (JsonNode ref : document.findValues("$ref")) {
            assertThat(document.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText()).isFalse();
        }
    }

    private static Set<String> names(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

}
