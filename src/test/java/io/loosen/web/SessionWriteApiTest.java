package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.system.Json;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Starting, saving and rating sessions over real HTTP, on a real SQLite file. */
class SessionWriteApiTest extends ServedTest {
    private static final String JSON_TYPE = "Content-Type";

    static ObjectNode session(UUID id, String status) {
        ObjectNode s = Json.mapper().createObjectNode()
                .put("id", id.toString()).put("routine", "desk-break").put("routineName", "Desk break")
                .put("startedAt", "2026-03-12T09:00:00Z").put("endedAt", "2026-03-12T09:01:00Z")
                .put("zone", "Europe/Berlin").put("status", status).put("activeSeconds", 60);
        s.putArray("exercises").addObject().put("position", 0).put("exercise", "seated-middle-back-stretch")
                .put("side", "none").put("outcome", "done").put("heldSeconds", 30);
        return s;
    }

    static HttpResponse<String> put(UUID id, JsonNode body) {
        return server.send("PUT", "/api/v1/sessions/" + id, body.toString(), JSON_TYPE, "application/json");
    }

    @Test
    void aNewSessionIsCreatedThenReplacedAsItGoes() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = put(id, session(id, "in-progress"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("status").asText()).isEqualTo("in-progress");

        ObjectNode finished = session(id, "completed").put("endedAt", "2026-03-12T09:02:30Z")
                .put("activeSeconds", 150).put("tensionBefore", 7).put("tensionAfter", 3).put("note", "felt good");
        HttpResponse<String> replaced = put(id, finished);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        PracticeSession stored = server.db.sessions().find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(stored.activeSeconds()).isEqualTo(150);
        assertThat(stored.tensionAfter()).isEqualTo(3);
        assertThat(json(server.get("/api/v1/sessions/" + id))).isEqualTo(json(replaced));
    }

    @Test
    void theSameSaveSentTwiceIsHarmless() {
        UUID id = UUID.randomUUID();
        assertThat(put(id, session(id, "completed")).statusCode()).isEqualTo(201);
        HttpResponse<String> again = put(id, session(id, "completed"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(server.db.sessions().find(id).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void aLateInProgressSaveCannotReopenAFinishedSession() {
        UUID id = UUID.randomUUID();
        put(id, session(id, "completed"));
        HttpResponse<String> stale = put(id, session(id, "in-progress"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).path("detail").asText()).contains("already completed");
        assertThat(server.db.sessions().find(id).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void theStartAndRoutineOfASessionCannotChange() {
        UUID id = UUID.randomUUID();
        put(id, session(id, "in-progress"));
        assertThat(put(id, session(id, "in-progress").put("startedAt", "2026-03-12T08:00:00Z")).statusCode())
                .isEqualTo(409);
        assertThat(put(id, session(id, "in-progress").put("routine", "daily")).statusCode()).isEqualTo(409);
        assertThat(server.db.sessions().find(id).orElseThrow().routineId()).isEqualTo("desk-break");
    }

    @Test
    void theBodyMustBeTheSessionTheAddressNames() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> response = put(id, session(UUID.randomUUID(), "in-progress"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("field").asText()).isEqualTo("id");
        assertThat(server.db.sessions().find(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "activeSeconds | -5",
            "activeSeconds | 99999999999",
            "status        | \"paused\"",
            "zone          | \"Mars/Olympus\"",
            "startedAt     | \"yesterday\"",
            "tensionBefore | 11",
            "routine       | \"\"",
            "colour        | \"red\"",
    })
    void aBadFieldIsNamedAndNothingIsStored(String field, String value) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = session(id, "in-progress");
        body.set(field, Json.mapper().readTree(value));
        HttpResponse<String> response = put(id, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue(JSON_TYPE)).hasValue("application/problem+json");
        assertThat(json(response).path("detail").asText()).contains(field);
        assertThat(server.db.sessions().find(id)).isEmpty();
    }

    @Test
    void aHostileNoteIsStoredAsText() {
        UUID id = UUID.randomUUID();
        String note = "<img src=x onerror=alert(1)>'; drop table practice_session; --";
        String routine = "<script>alert(1)</script>";
        assertThat(put(id, session(id, "completed").put("note", note).put("routineName", routine)).statusCode())
                .isEqualTo(201);
        assertThat(server.db.sessions().find(id).orElseThrow().note()).isEqualTo(note);
        assertThat(server.db.sessions().find(id).orElseThrow().routineName()).isEqualTo(routine);
        assertThat(server.db.sessions().list(null)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void notJsonAnArrayAndNothingAreRefusedWithASentence() {
        UUID id = UUID.randomUUID();
        for (String body : new String[] {"{", "[1,2]", "", "{\"id\": 1} trailing", "{\"a\":1,\"a\":2}"}) {
            HttpResponse<String> response = server.send("PUT", "/api/v1/sessions/" + id, body,
                    JSON_TYPE, "application/json");
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json(response).path("detail").asText()).as(body).isNotBlank();
        }
    }

    @Test
    void aSessionIdThatIsNotAUuidIsA400() {
        HttpResponse<String> response = server.send("PUT", "/api/v1/sessions/1%20or%201=1", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("field").asText()).isEqualTo("id");
    }

    @Test
    void startingMakesAnInProgressSessionNowInTheUsersZone() {
        HttpResponse<String> response = server.send("POST", "/api/v1/sessions",
                "{\"routine\": \"daily\", \"tensionBefore\": 6}", JSON_TYPE, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode started = json(response);
        assertThat(started.path("status").asText()).isEqualTo("in-progress");
        assertThat(started.path("startedAt").asText()).isEqualTo(WebServer.NOW.toString());
        assertThat(started.path("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(started.path("tensionBefore").asInt()).isEqualTo(6);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/sessions/" + started.path("id").asText());
    }

    @Test
    void startingAnUnknownRoutineSuggestsTheClosest() {
        HttpResponse<String> response = server.send("POST", "/api/v1/sessions", "{\"routine\": \"dialy\"}",
                JSON_TYPE, "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("field").asText()).isEqualTo("routine");
        assertThat(json(response).path("detail").asText()).contains("daily");
    }

    @Test
    void ratingsAndANoteCanBeGivenAfterwards() {
        UUID id = UUID.randomUUID();
        put(id, session(id, "completed"));
        HttpResponse<String> rated = server.send("PUT", "/api/v1/sessions/" + id + "/ratings",
                "{\"tensionBefore\": 8, \"tensionAfter\": 4, \"note\": \"better\"}", JSON_TYPE, "application/json");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        PracticeSession stored = server.db.sessions().find(id).orElseThrow();
        assertThat(stored.tensionBefore()).isEqualTo(8);
        assertThat(stored.tensionAfter()).isEqualTo(4);
        assertThat(stored.note()).isEqualTo("better");
        assertThat(stored.exercises()).hasSize(1);
    }

    @Test
    void aRatingOutOfRangeChangesNothing() {
        UUID id = UUID.randomUUID();
        put(id, session(id, "completed").put("tensionAfter", 2));
        HttpResponse<String> response = server.send("PUT", "/api/v1/sessions/" + id + "/ratings",
                "{\"tensionAfter\": -1}", JSON_TYPE, "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("field").asText()).isEqualTo("tensionAfter");
        assertThat(server.db.sessions().find(id).orElseThrow().tensionAfter()).isEqualTo(2);
        assertThat(server.send("PUT", "/api/v1/sessions/" + UUID.randomUUID() + "/ratings", "{}",
                JSON_TYPE, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherSiteCannotSaveASession() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> response = server.send("PUT", "/api/v1/sessions/" + id,
                session(id, "completed").toString(), JSON_TYPE, "application/json", "Origin", "https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.db.sessions().find(id)).isEmpty();
    }
}
