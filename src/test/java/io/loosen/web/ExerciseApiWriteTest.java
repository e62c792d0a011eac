package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseWriter;
import io.loosen.system.DataFiles;
import io.loosen.system.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, replacing and deleting the user's exercises over real HTTP, the catalog-format views, and every refusal. */
class ExerciseApiWriteTest extends ServedTest {
    private static final String EXERCISES = "/api/v1/exercises";

    static HttpResponse<String> send(String method, String path, String body) {
        return server.send(method, path, body, "Content-Type", "application/json");
    }

    static HttpResponse<String> post(String body) {
        return send("POST", EXERCISES, body);
    }

    static JsonNode get(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        return RoutineApiWriteTest.problem(response, status);
    }

    /** The built-in Spine Twist in the catalog format, without its id and aliases, renamed. */
    static ObjectNode draft(String name) {
        Exercise twist = CatalogLoader.builtIn().stream().filter(e -> e.id().equals("spine-twist")).findFirst()
                .orElseThrow();
        ObjectNode doc = ExerciseWriter.tree(twist);
        doc.remove("id");
        doc.remove("aliases");
        doc.put("name", name);
        return doc;
    }

    static JsonNode created(ObjectNode doc) {
        HttpResponse<String> response = post(Json.write(doc));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    static int storedCount() {
        return server.db.exercises().all().size();
    }

    @Nested
    class Create {
        @Test
        void storesTheExerciseAndServesItEverywhereAtOnce() {
            HttpResponse<String> response = post(Json.write(draft("Doorway twist")));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue(EXERCISES + "/doorway-twist");
            JsonNode exercise = json(response);
            assertThat(exercise.path("id").asText()).isEqualTo("doorway-twist");
            assertThat(exercise.path("origin").asText()).isEqualTo("stored");
            assertThat(get(EXERCISES + "/doorway-twist")).isEqualTo(exercise);
            assertThat(ApiTest.ids(get(EXERCISES))).contains("spine-twist", "doorway-twist");
            assertThat(ApiTest.ids(get(EXERCISES + "?q=doorway"))).containsExactly("doorway-twist");
            assertThat(server.get("/exercises/doorway-twist").body()).contains("Doorway twist");
            assertThat(server.get("/library").body()).contains("/exercises/doorway-twist");
            assertThat(server.get("/api/v1/routines/doorway-twist/timeline").statusCode()).isEqualTo(200);
            assertThat(server.get(EXERCISES + "/doorway-twist/figure.svg").statusCode()).isEqualTo(200);
        }

        @Test
        void theDocumentIsWhatWasSentWithItsIdAndSaysItIsEditable() {
            ObjectNode sent = draft("Document check");
            JsonNode exercise = created(sent);
            HttpResponse<String> response = server.get(EXERCISES + "/" + exercise.path("id").asText() + "/document");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Loosen-Editable")).hasValue("true");
            ObjectNode expected = sent.deepCopy();
            expected.put("id", "document-check");
            assertThat(json(response)).isEqualTo(ExerciseWriter.tree(
                    io.loosen.catalog.ExerciseReader.read("x", "x", expected)));
            assertThat(json(response).has("figure")).isTrue();
        }

        @Test
        void builtInDocumentsAreReadOnlyAndPostBackAsACopy() {
            HttpResponse<String> response = server.get(EXERCISES + "/kneeling-cat-back-stretch/document");
            assertThat(response.headers().firstValue("X-Loosen-Editable")).hasValue("false");
            ObjectNode doc = (ObjectNode) json(response);
            doc.remove("id");

            JsonNode copy = created(doc);

            assertThat(copy.path("id").asText()).isEqualTo("kneeling-cat-back-stretch-2");
            assertThat(copy.path("name").asText()).isEqualTo("Kneeling Cat Back Stretch");
        }

        @Test
        void takesAnIdOfItsOwnWhenItIsFree() {
            ObjectNode doc = draft("Own id");
            doc.put("id", "my-own-id");
            assertThat(created(doc).path("id").asText()).isEqualTo("my-own-id");

            assertThat(problem(post(Json.write(doc)), 409).path("field").asText()).isEqualTo("id");
            doc.put("id", "spine-twist");
            problem(post(Json.write(doc)), 409);
            doc.put("id", "daily");
            assertThat(problem(post(Json.write(doc)), 409).path("detail").asText()).contains("'daily'");
        }

        @Test
        void madeIdsAvoidExercisesAndRoutines() {
            assertThat(created(draft("Spine twist")).path("id").asText()).isEqualTo("spine-twist-2");
            assertThat(created(draft("Daily")).path("id").asText()).isEqualTo("daily-2");
            assertThat(created(draft("🙂🙂🙂")).path("id").asText()).startsWith("routine");
        }

        @ParameterizedTest
        @ValueSource(strings = {"<script>alert(1)</script>", "'; drop table exercise; --",
            "Robert\"); delete from exercise where (\"1\"=\"1", "<img src=x onerror=alert(1)>"})
        void keepsHostileNamesVerbatimAndHarmless(String name) {
            JsonNode exercise = created(draft(name));
            String id = exercise.path("id").asText();

            assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(get(EXERCISES + "/" + id).path("name").asText()).isEqualTo(name);
            String page = server.get("/exercises/" + id).body();
            assertThat(page).doesNotContain(name.contains("<") ? name : "\u0000");
            assertThat(server.get("/library").body()).doesNotContain("<script>alert(1)</script>")
                    .doesNotContain("<img src=x");
            assertThat(get("/api/v1/routines").isArray()).isTrue();
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(draft("Hi").put("name", "Hi"), "name", "2 characters long"),
                Arguments.of(without(draft("No name"), "name"), "name", "issing required field 'name'"),
                Arguments.of(draft("Unknown field").put("colour", "red"), "colour", "nknown field 'colour'"),
                Arguments.of(hold(draft("Negative hold"), -5), "dose.hold.default", "-5 seconds"),
                Arguments.of(hold(draft("Huge hold"), 900), "dose.hold.default", "outside the allowed 1–600"),
                Arguments.of(hold(draft("Huger hold"), 100000000000L), "dose.hold.default", "outside the allowed"),
                Arguments.of(stepText(draft("Short step"), 1, "Too short"), "steps[1].text", "9 characters long"),
                Arguments.of(stepText(draft("Bad braces"), 0, "Lift your {hand} up high"), "steps[0].text",
                        "unknown placeholder"),
                Arguments.of(draft("Bad id").put("id", "Not A Slug"), "id", "lower-case words joined by hyphens"),
                Arguments.of(draft("Bad place").set("places", Json.mapper().createArrayNode().add("beach")), "places[0]",
                        "not one of"),
                Arguments.of(draft("Bad figure").set("figure", Json.mapper().createObjectNode().put("pose", "flying")
                        .set("steps", Json.mapper().createArrayNode())), "figure.pose", "not one of"));
    }

    private static ObjectNode without(ObjectNode doc, String field) {
        doc.remove(field);
        return doc;
    }

    private static ObjectNode hold(ObjectNode doc, long seconds) {
        ((ObjectNode) doc.path("dose").path("hold")).put("default", seconds);
        return doc;
    }

    private static ObjectNode stepText(ObjectNode doc, int step, String text) {
        ((ObjectNode) doc.path("steps").get(step)).put("text", text);
        return doc;
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesWhatTheCatalogRulesRefuseNamingTheFieldAndStoresNothing(ObjectNode doc, String field, String words) {
        int before = storedCount();

        JsonNode problem = problem(post(Json.write(doc)), 400);

        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("detail").asText()).contains(words).doesNotStartWith("exercise:");
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void refusesBodiesThatAreNotOneJsonExercise() {
        int before = storedCount();
        problem(post(""), 400);
        problem(post("{\"name\": "), 400);
        problem(post("[1, 2]"), 400);
        problem(post("{\"name\": \"a\", \"name\": \"b\"}"), 400);
        problem(post("[".repeat(100)), 400);
        problem(server.send("POST", EXERCISES, Json.write(draft("As text")), "Content-Type", "text/plain"), 415);
        String huge = Json.write(draft("Huge").put("summary", "x".repeat(70 * 1024)));
        assertThat(problem(post(huge), 413).path("detail").asText()).contains("64 KB");
        problem(server.send(HttpRequest.newBuilder(server.uri(EXERCISES)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, '"', '}'})).build()), 400);
        problem(server.send("POST", EXERCISES + "?x=1", Json.write(draft("Query")), "Content-Type",
                "application/json"), 400);
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void changesOnlyComeFromLoosensOwnPages() {
        int before = storedCount();
        problem(server.send("POST", EXERCISES, Json.write(draft("Cross site")), "Content-Type", "application/json",
                "Origin", "https://evil.example"), 403);
        problem(server.send("DELETE", EXERCISES + "/spine-twist", "", "Origin", "https://evil.example"), 403);
        assertThat(storedCount()).isEqualTo(before);
    }

    @Nested
    class Replace {
        @Test
        void replacesTheUsersOwnKeepingItsId() {
            String id = created(draft("Before edit")).path("id").asText();
            ObjectNode changed = hold(draft("After edit"), 45);

            HttpResponse<String> response = send("PUT", EXERCISES + "/" + id, Json.write(changed));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).path("id").asText()).isEqualTo(id);
            assertThat(get(EXERCISES + "/" + id).path("name").asText()).isEqualTo("After edit");
            assertThat(get(EXERCISES + "/" + id + "/document").at("/dose/hold/default").asInt()).isEqualTo(45);
            changed.put("id", id);
            assertThat(send("PUT", EXERCISES + "/" + id, Json.write(changed)).statusCode()).isEqualTo(200);
        }

        @Test
        void refusesBuiltInUnknownAndMismatchedAndBadExercises() {
            String id = created(draft("Stays as it is")).path("id").asText();
            JsonNode before = get(EXERCISES + "/" + id);

            assertThat(problem(send("PUT", EXERCISES + "/spine-twist", Json.write(draft("X twist"))), 409)
                    .path("detail").asText()).contains("built-in");
            problem(send("PUT", EXERCISES + "/not-there", Json.write(draft("Nothing"))), 404);
            assertThat(problem(send("PUT", EXERCISES + "/" + id, Json.write(draft("Moved").put("id", "elsewhere"))), 400)
                    .path("field").asText()).isEqualTo("id");
            assertThat(problem(send("PUT", EXERCISES + "/" + id, Json.write(hold(draft("Bad"), 0))), 400)
                    .path("field").asText()).isEqualTo("dose.hold.default");

            assertThat(get(EXERCISES + "/" + id)).isEqualTo(before);
            assertThat(get(EXERCISES + "/spine-twist").path("name").asText()).isEqualTo("Spine Twist");
        }
    }

    @Nested
    class Delete {
        @Test
        void deletesTheUsersOwnOnce() {
            String id = created(draft("Gone soon")).path("id").asText();

            assertThat(server.send("DELETE", EXERCISES + "/" + id, "").statusCode()).isEqualTo(204);
            problem(server.send("DELETE", EXERCISES + "/" + id, ""), 404);
            problem(server.get(EXERCISES + "/" + id), 404);
            assertThat(ApiTest.ids(get(EXERCISES))).doesNotContain(id);
        }

        @Test
        void refusesBuiltInOnesAndOnesARoutineUses() {
            problem(server.send("DELETE", EXERCISES + "/spine-twist", ""), 409);
            String id = created(draft("In a routine")).path("id").asText();
            HttpResponse<String> routine = server.send("POST", "/api/v1/routines",
                    "{\"name\": \"Uses <it>\", \"exercises\": [{\"exercise\": \"" + id + "\"}]}",
                    "Content-Type", "application/json");
            assertThat(routine.statusCode()).as(routine.body()).isEqualTo(201);

            JsonNode problem = problem(server.send("DELETE", EXERCISES + "/" + id, ""), 409);

            assertThat(problem.path("detail").asText()).contains("'Uses <it>'");
            assertThat(get(EXERCISES + "/" + id).path("id").asText()).isEqualTo(id);
            assertThat(server.send("DELETE", "/api/v1/routines/" + json(routine).path("id").asText(), "").statusCode())
                    .isEqualTo(204);
            assertThat(server.send("DELETE", EXERCISES + "/" + id, "").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void theFileIsAYamlDownloadTheLoaderReadsBackTheSame() {
        HttpResponse<String> response = server.get(EXERCISES + "/egyptian-back-stretch/file");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"egyptian-back-stretch.yaml\"");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        JsonNode tree = DataFiles.parse("file.yaml", response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(tree).isEqualTo(get(EXERCISES + "/egyptian-back-stretch/document"));
        problem(server.get(EXERCISES + "/nope/file"), 404);
        problem(server.get(EXERCISES + "/nope/document"), 404);
    }
}
