package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/plans} over real HTTP. */
class PlanApiTest extends ServedTest {
    static HttpResponse<String> plan(String body) {
        return server.send("POST", "/api/v1/plans", body, "Content-Type", "application/json");
    }

    @Test
    void plansFourMinutesAtADeskWithReasons() {
        HttpResponse<String> response = plan("{\"minutes\": 4, \"place\": \"desk\", \"equipment\": [\"chair\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.path("totalSeconds").asInt()).isBetween(216, 240);
        assertThat(plan.path("items")).isNotEmpty();
        plan.path("items").forEach(item -> {
            assertThat(item.path("reason").asText()).isNotBlank();
            assertThat(item.path("position").asText()).isNotIn("lying", "kneeling", "hanging");
        });
        assertThat(json(server.get("/api/v1/routines")).toString()).doesNotContain("\"builtIn\":false");
    }

    @Test
    void theSameRequestGivesTheSamePlan() {
        String body = "{\"minutes\": 10, \"place\": \"floor\", \"equipment\": [\"pull-up-bar\"], \"avoid\": [\"kneeling\"],"
                + " \"focus\": \"upper-back\", \"bothers\": [\"strength-imbalance\"], \"date\": \"2026-03-12\"}";
        assertThat(json(plan(body))).isEqualTo(json(plan(body)));
    }

    @Test
    void savingKeepsThePlanAsARoutineThatPlays() {
        HttpResponse<String> response = plan("{\"minutes\": 3, \"place\": \"desk\", \"save\": \"Desk <b>reset</b>\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json(response).path("id").asText();
        assertThat(id).isEqualTo("desk-b-reset-b");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/routines/" + id);
        assertThat(json(server.get("/api/v1/routines/" + id)).path("name").asText()).isEqualTo("Desk <b>reset</b>");
        assertThat(server.get("/api/v1/routines/" + id + "/timeline").statusCode()).isEqualTo(200);
        server.send("DELETE", "/api/v1/routines/" + id, "");
    }

    @Test
    void avoidingEveryPositionIsUnprocessableWithAReason() {
        HttpResponse<String> response = plan("{\"minutes\": 5, \"place\": \"floor\","
                + " \"avoid\": [\"seated\", \"standing\", \"lying\", \"kneeling\", \"hanging\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"place\": \"desk\"}",
            "{\"minutes\": 0, \"place\": \"desk\"}",
            "{\"minutes\": -4, \"place\": \"desk\"}",
            "{\"minutes\": 100000, \"place\": \"desk\"}",
            "{\"minutes\": \"four\", \"place\": \"desk\"}",
            "{\"minutes\": 4}",
            "{\"minutes\": 4, \"place\": \"moon\"}",
            "{\"minutes\": 4, \"place\": \"desk\", \"equipment\": [\"rocket\"]}",
            "{\"minutes\": 4, \"place\": \"desk\", \"equipment\": \"chair\"}",
            "{\"minutes\": 4, \"place\": \"desk\", \"avoid\": [\"lying\", \"lying\"]}",
            "{\"minutes\": 4, \"place\": \"desk\", \"date\": \"2026-02-30\"}",
            "{\"minutes\": 4, \"place\": \"desk\", \"save\": \"\"}",
            "{\"minutes\": 4, \"place\": \"desk\", \"mood\": \"tired\"}",
            "{\"minutes\": 4, \"place\": \"desk\", \"save\": \"x'; drop table user_routine; --\", \"focus\": \"legs\"}",
    })
    void aBadRequestNamesTheFieldAndSavesNothing(String body) {
        HttpResponse<String> response = plan(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("detail").asText()).isNotBlank();
        assertThat(json(server.get("/api/v1/routines")).toString()).doesNotContain("\"builtIn\":false");
    }
}
