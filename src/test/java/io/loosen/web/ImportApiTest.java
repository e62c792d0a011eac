package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Handing a routine on: downloaded from one Loosen with the user's exercise it uses, imported into another
 * over real HTTP, twice; and every refusal of the import, with nothing changed.
 */
class ImportApiTest extends ServedTest {
    static WebServer elsewhere;

    /** Another Loosen, with a home of its own beside the first one's. */
    @BeforeAll
    static void startAnother() throws IOException {
        elsewhere = WebServer.start(Files.createDirectories(home.resolve("elsewhere")));
    }

    @AfterAll
    static void stopAnother() {
        elsewhere.close();
    }

    static HttpResponse<String> importInto(WebServer target, String body, String type) {
        return target.send("POST", "/api/v1/import", body, "Content-Type", type);
    }

    @Test
    void aRoutineWithTheUsersExerciseMovesToAnotherLoosenOnce() {
        HttpResponse<String> exercise = server.send("POST", "/api/v1/exercises",
                io.loosen.system.Json.write(ExerciseApiWriteTest.draft("Physio twist")), "Content-Type", "application/json");
        assertThat(exercise.statusCode()).as(exercise.body()).isEqualTo(201);
        HttpResponse<String> routine = server.send("POST", "/api/v1/routines", """
                {"name": "From my physio", "exercises": [{"exercise": "physio-twist", "hold": 45},
                 {"exercise": "seated-middle-back-stretch"}]}""", "Content-Type", "application/json");
        assertThat(routine.statusCode()).as(routine.body()).isEqualTo(201);

        HttpResponse<String> file = server.get("/api/v1/routines/from-my-physio/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"from-my-physio.yaml\"");
        assertThat(file.body()).contains("includes:", "Physio twist").doesNotContain("name: Seated Middle Back Stretch");

        HttpResponse<String> first = importInto(elsewhere, file.body(), "application/yaml");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode added = json(first);
        assertThat(added.path("exercises").toString()).isEqualTo("[\"physio-twist\"]");
        assertThat(added.path("routines").toString()).isEqualTo("[\"from-my-physio\"]");
        assertThat(elsewhere.get("/api/v1/exercises/physio-twist").statusCode()).isEqualTo(200);
        JsonNode moved = json(elsewhere.get("/api/v1/routines/from-my-physio"));
        assertThat(moved.at("/routine/items/0/hold").asInt()).isEqualTo(45);

        JsonNode second = json(importInto(elsewhere, file.body(), "application/yaml"));
        assertThat(second.path("exercises")).isEmpty();
        assertThat(second.path("routines")).isEmpty();
        assertThat(second.path("skipped").toString()).contains("Physio twist (already in the catalog as physio-twist)",
                "the routine 'From my physio'");
    }

    @Test
    void anExerciseFileAsDownloadedImportsAsJsonOrYaml() {
        String yaml = server.get("/api/v1/exercises/spine-twist/file").body().replace("name: Spine Twist",
                "name: Twist from a file").replace("id: spine-twist", "id: twist-from-a-file")
                .replaceAll("(?s)aliases:.*?summary:", "summary:");
        HttpResponse<String> response = importInto(elsewhere, yaml, "text/yaml; charset=utf-8");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).path("exercises").toString()).isEqualTo("[\"twist-from-a-file\"]");

        String document = server.get("/api/v1/exercises/egyptian-back-stretch/document").body()
                .replace("Egyptian Back Stretch", "Egyptian stretch, my way").replaceAll("\"aliases\":\\[[^]]*],", "");
        assertThat(json(importInto(elsewhere, document, "application/json")).path("exercises").toString())
                .isEqualTo("[\"egyptian-stretch-my-way\"]");
    }

    @Test
    void aSmallFileOfAnotherSourceImportsEveryRecordItCan() throws IOException {
        String xml = Files.readString(Path.of("src/test/resources/imports/workrave-exercises.xml"));
        JsonNode result = json(importInto(server, xml, "application/xml"));
        assertThat(result.path("exercises").toString()).contains("shoulder-arm-stretch", "neck-tilt");
        assertThat(result.path("unusable").toString()).contains("Look into the distance");
        JsonNode page = json(server.get("/api/v1/exercises/neck-tilt"));
        assertThat(page.path("review").asBoolean()).isTrue();
        assertThat(server.get("/exercises/neck-tilt").body()).contains("Imported — review the dose", "GPL-3.0-or-later",
                "https://workrave.org");
        assertThat(server.get("/exercises/spine-twist").body()).doesNotContain("review the dose");
    }

    @Test
    void refusesBadFilesNamingRecordAndFieldAndChangesNothing() {
        int before = elsewhere.db.exercises().all().size();
        String badRoutine = """
                name: Bad include
                exercises:
                  - exercise: my-bad-one
                includes:
                  - id: my-bad-one
                    name: My bad one
                    summary: Too short
                """;
        JsonNode problem = RoutineApiWriteTest.problem(importInto(elsewhere, badRoutine, "application/yaml"), 400);
        assertThat(problem.path("detail").asText()).isEqualTo("File, includes[0]: missing required field 'sides'.");
        assertThat(problem.path("field").asText()).isEqualTo("sides");

        RoutineApiWriteTest.problem(importInto(elsewhere, "", "application/yaml"), 400);
        RoutineApiWriteTest.problem(importInto(elsewhere, "{\"hello\": 1}", "application/json"), 400);
        RoutineApiWriteTest.problem(importInto(elsewhere, "key: [unclosed", "application/yaml"), 400);
        RoutineApiWriteTest.problem(importInto(elsewhere, "name: x", "text/plain"), 415);
        RoutineApiWriteTest.problem(importInto(elsewhere, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<exercises><exercise><title>&e;</title></exercise></exercises>", "application/xml"), 400);
        RoutineApiWriteTest.problem(importInto(elsewhere, "x: " + "y".repeat(70 * 1024), "application/yaml"), 413);
        RoutineApiWriteTest.problem(elsewhere.send("POST", "/api/v1/import", "name: x", "Content-Type",
                "application/yaml", "Origin", "https://evil.example"), 403);
        assertThat(elsewhere.db.exercises().all()).hasSize(before);
    }
}
