package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routines;
import io.loosen.store.Database;
import io.loosen.store.TestPostgres;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Creating, replacing, copying and deleting the user's routines over real HTTP, and every refusal. */
class RoutineApiWriteTest extends ServedTest {
    private static final String ROUTINES = "/api/v1/routines";
    private static final String JSON = "application/json";

    static HttpResponse<String> send(String method, String path, String body) {
        return server.send(method, path, body, "Content-Type", JSON);
    }

    static HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    static JsonNode created(String body) {
        HttpResponse<String> response = post(ROUTINES, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    static JsonNode get(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    /** A problem document with this status, whose detail is one sentence; returns it. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).doesNotContain("\n").doesNotStartWith("routine:")
                .matches(".*[.?]");
        return problem;
    }

    /** {"name": NAME, "exercises": [{"exercise": "spine-twist"}]} with the given changes. */
    static ObjectNode routine(String name) {
        ObjectNode body = Json.mapper().createObjectNode().put("name", name);
        body.putArray("exercises").addObject().put("exercise", "spine-twist");
        return body;
    }

    static String text(JsonNode node) {
        return Json.write(node);
    }

    @Nested
    class Create {
        @Test
        void storesTheRoutineAndServesItAtItsAddress() {
            HttpResponse<String> response = post(ROUTINES, """
                    {"name": "Morning reset", "summary": "Three before coffee.", "prepare": 5, "rest": 10,
                     "exercises": [
                       {"exercise": "spine-twist", "hold": 40, "sides": "left", "rest": 20},
                       {"exercise": "inverted-row", "reps": 5, "sets": 1},
                       {"exercise": "seated-middle-back-stretch"}]}
                    """);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue(ROUTINES + "/morning-reset");
            JsonNode routine = json(response);
            assertThat(routine.path("id").asText()).isEqualTo("morning-reset");
            assertThat(routine.path("builtIn").asBoolean(true)).isFalse();
            assertThat(routine.path("totalSeconds").asLong()).isPositive();
            assertThat(routine.at("/routine/items")).isEqualTo(Json.mapper().createArrayNode()
                    .add(Json.mapper().createObjectNode().put("exercise", "spine-twist").put("hold", 40)
                            .put("rest", 20).put("sides", "left"))
                    .add(Json.mapper().createObjectNode().put("exercise", "inverted-row").put("reps", 5).put("sets", 1))
                    .add(Json.mapper().createObjectNode().put("exercise", "seated-middle-back-stretch")));
            assertThat(get(ROUTINES + "/morning-reset")).isEqualTo(routine);
            assertThat(ApiTest.ids(get(ROUTINES))).contains("daily", "desk-break", "morning-reset");
            assertThat(get(ROUTINES + "/morning-reset/timeline").path("routineName").asText()).isEqualTo("Morning reset");
        }

        @Test
        void theLengthIsTheTimelines() {
            JsonNode routine = created(text(routine("Length check")));
            JsonNode timeline = get(ROUTINES + "/" + routine.path("id").asText() + "/timeline");
            JsonNode segments = timeline.path("segments");
            JsonNode last = segments.get(segments.size() - 1);
            assertThat(routine.path("totalSeconds").asLong()).isEqualTo(last.path("startMs").asLong() / 1000);
        }

        @Test
        void needsOnlyANameAndExercisesAndTakesTheDefaultsForTheRest() {
            JsonNode routine = created(text(routine("X")));
            assertThat(routine.path("id").asText()).isEqualTo("x");
            assertThat(routine.at("/routine/summary").asText()).isEmpty();
            assertThat(routine.at("/routine/prepare").asInt()).isEqualTo(8);
            assertThat(routine.at("/routine/rest").asInt()).isEqualTo(15);
        }

        @Test
        void makesTheIdFromTheNameAndNeverReusesOneTaken() {
            assertThat(created(text(routine("Ünïcode   Stretch!"))).path("id").asText()).isEqualTo("unicode-stretch");
            // "daily" is a built-in routine and "spine-twist" an exercise: addresses share them.
            assertThat(created(text(routine("Daily"))).path("id").asText()).isEqualTo("daily-2");
            assertThat(created(text(routine("Spine twist"))).path("id").asText()).isEqualTo("spine-twist-2");
            assertThat(created(text(routine("Twice"))).path("id").asText()).isEqualTo("twice");
            assertThat(created(text(routine("twice"))).path("id").asText()).isEqualTo("twice-2");
            assertThat(created(text(routine("🙂"))).path("id").asText()).startsWith("routine");
        }

        @Test
        void keepsHostileNamesVerbatimAndHarmless() {
            String script = "<script>alert(1)</script>";
            String sql = "'; drop table user_routine; --";
            JsonNode first = created(text(routine(script)));
            JsonNode second = created(text(routine(sql).put("summary", "\"quoted\" & <b>bold</b>")));

            assertThat(first.path("id").asText()).isEqualTo("script-alert-1-script");
            assertThat(get(ROUTINES + "/script-alert-1-script").path("name").asText()).isEqualTo(script);
            assertThat(get(ROUTINES + "/" + second.path("id").asText()).path("name").asText()).isEqualTo(sql);
            assertThat(get(ROUTINES + "/" + second.path("id").asText()).path("summary").asText())
                    .isEqualTo("\"quoted\" & <b>bold</b>");
            assertThat(ApiTest.ids(get(ROUTINES))).contains("script-alert-1-script", second.path("id").asText());

            String page = server.get("/routines").body();
            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script)
                    .doesNotContain("<b>bold</b>");
        }
    }

    @Nested
    class Replace {
        @Test
        void replacesTheRoutineAndKeepsItsId() {
            String id = created(text(routine("Before"))).path("id").asText();
            ObjectNode changed = routine("After").put("rest", 30);
            ((ArrayNode) changed.get("exercises")).addObject().put("exercise", "egyptian-back-stretch")
                    .put("sides", "right");

            HttpResponse<String> response = send("PUT", ROUTINES + "/" + id, text(changed));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode stored = get(ROUTINES + "/" + id);
            assertThat(stored).isEqualTo(json(response));
            assertThat(stored.path("name").asText()).isEqualTo("After");
            assertThat(stored.at("/routine/rest").asInt()).isEqualTo(30);
            assertThat(stored.at("/routine/items/1/sides").asText()).isEqualTo("right");
        }

        @Test
        void aBuiltInRoutineCannotBeChanged() {
            JsonNode before = get(ROUTINES + "/daily");
            JsonNode problem = problem(send("PUT", ROUTINES + "/daily", text(routine("Mine now"))), 409);
            assertThat(problem.path("detail").asText()).contains("built-in routines cannot be changed",
                    "duplicate it first");
            assertThat(problem.path("field").asText()).isEqualTo("id");
            assertThat(get(ROUTINES + "/daily")).isEqualTo(before);
        }

        @Test
        void anUnknownIdIsNotFound() {
            JsonNode problem = problem(send("PUT", ROUTINES + "/no-such-routine", text(routine("Nope"))), 404);
            assertThat(problem.path("field").asText()).isEqualTo("id");
            assertThat(server.get(ROUTINES + "/nope").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class Delete {
        @Test
        void deletesTheRoutineOnce() {
            String id = created(text(routine("Short-lived"))).path("id").asText();

            HttpResponse<String> response = send("DELETE", ROUTINES + "/" + id, "");

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            problem(server.get(ROUTINES + "/" + id), 404);
            problem(send("DELETE", ROUTINES + "/" + id, ""), 404);
            assertThat(ApiTest.ids(get(ROUTINES))).doesNotContain(id);
        }

        @Test
        void aBuiltInRoutineCannotBeDeleted() {
            problem(send("DELETE", ROUTINES + "/desk-break", ""), 409);
            assertThat(get(ROUTINES + "/desk-break").path("builtIn").asBoolean()).isTrue();
        }
    }

    @Nested
    class Copy {
        @Test
        void copiesABuiltInRoutineAsOneOfTheUsers() {
            JsonNode daily = get(ROUTINES + "/daily");
            HttpResponse<String> response = send("POST", ROUTINES + "/daily/copy", "");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode copy = json(response);
            assertThat(copy.path("name").asText()).isEqualTo("Daily loosen-up (copy)");
            assertThat(copy.path("id").asText()).startsWith("daily-loosen-up-copy");
            assertThat(response.headers().firstValue("Location")).hasValue(ROUTINES + "/" + copy.path("id").asText());
            assertThat(copy.path("builtIn").asBoolean(true)).isFalse();
            assertThat(copy.at("/routine/items")).isEqualTo(daily.at("/routine/items"));
            assertThat(copy.path("totalSeconds")).isEqualTo(daily.path("totalSeconds"));
            // The copy can be changed; the original cannot.
            assertThat(send("PUT", ROUTINES + "/" + copy.path("id").asText(), text(routine("Changed"))).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void copiesTheUsersOwnRoutineAndKeepsLongNamesWithinTheLimit() {
            String longName = "L".repeat(80);
            String id = created(text(routine(longName))).path("id").asText();
            JsonNode copy = json(send("POST", ROUTINES + "/" + id + "/copy", ""));
            assertThat(copy.path("name").asText()).hasSize(80).endsWith(" (copy)");
            assertThat(copy.path("id").asText()).isNotEqualTo(id);
        }

        @Test
        void anUnknownRoutineIsNotFoundWithASuggestion() {
            JsonNode problem = problem(send("POST", ROUTINES + "/dialy/copy", ""), 404);
            assertThat(problem.path("detail").asText()).contains("did you mean 'daily'?");
        }

        @Test
        void takesNoBody() {
            problem(send("POST", ROUTINES + "/daily/copy", "{\"name\": \"Mine\"}"), 400);
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("{}", "name", "Missing required field 'name'."),
                Arguments.of("{\"name\": \"No exercises\"}", "exercises", "Missing required field 'exercises'"),
                Arguments.of("{\"name\": \"   \", \"exercises\": [{\"exercise\": \"spine-twist\"}]}", "name",
                        "1–80 characters"),
                Arguments.of("{\"name\": \"" + "n".repeat(81) + "\", \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "name", "81 characters long"),
                Arguments.of("{\"name\": \"Bell\\u0007\", \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "name", "control character"),
                Arguments.of("{\"name\": \"Empty\", \"exercises\": []}", "exercises", "0 entries"),
                Arguments.of(many(31), "exercises", "31 entries; it needs 1–30"),
                Arguments.of(item("\"exercise\": \"spine-twst\""), "exercises[0].exercise",
                        "unknown exercise 'spine-twst'; did you mean 'spine-twist'"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": 5"), "exercises[0].hold",
                        "5 seconds, outside the allowed 10–120 seconds"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": 121"), "exercises[0].hold", "10–120"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": -30"), "exercises[0].hold", "-30 seconds"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": 99999999999"), "exercises[0].hold",
                        "99999999999 seconds"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": 40.5"), "exercises[0].hold",
                        "should be a whole number of seconds, not a number '40.5'"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hold\": \"40\""), "exercises[0].hold",
                        "not text '40'"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"reps\": 10"), "exercises[0].reps",
                        "does not apply to the Spine Twist, which is held, not repeated"),
                Arguments.of(item("\"exercise\": \"inverted-row\", \"hold\": 30"), "exercises[0].hold",
                        "done in repetitions, not held"),
                Arguments.of(item("\"exercise\": \"inverted-row\", \"reps\": 51"), "exercises[0].reps", "1–50"),
                Arguments.of(item("\"exercise\": \"inverted-row\", \"sets\": 0"), "exercises[0].sets", "1–10"),
                Arguments.of(item("\"exercise\": \"seated-middle-back-stretch\", \"sides\": \"left\""),
                        "exercises[0].sides", "done once, not on each side"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"sides\": \"middle\""), "exercises[0].sides",
                        "not one of both, left, right"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"rest\": -1"), "exercises[0].rest", "0–600"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"rest\": 601"), "exercises[0].rest", "0–600"),
                Arguments.of(item("\"exercise\": \"spine-twist\", \"hodl\": 30"), "exercises[0].hodl",
                        "did you mean 'hold'?"),
                Arguments.of("{\"name\": \"R\", \"prepare\": -1, \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "prepare", "0–120"),
                Arguments.of("{\"name\": \"R\", \"rest\": 86400, \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "rest", "86400 seconds, outside the allowed 0–600"),
                Arguments.of("{\"name\": \"R\", \"rests\": 5, \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "rests", "Unknown field 'rests' (did you mean 'rest'?)"),
                Arguments.of("{\"id\": \"mine\", \"name\": \"R\", \"exercises\": [{\"exercise\": \"spine-twist\"}]}",
                        "id", "Field 'id' cannot be set"),
                Arguments.of("{\"name\": 42, \"exercises\": [{\"exercise\": \"spine-twist\"}]}", "name",
                        "should be text, not a number '42'"),
                Arguments.of("{\"name\": \"R\", \"exercises\": \"spine-twist\"}", "exercises",
                        "should be a list, not text"),
                Arguments.of("{\"name\": \"R\", \"exercises\": [\"spine-twist\"]}", "exercises",
                        "should be an object of fields, not text"),
                Arguments.of("{\"name\": [\"R\"], \"exercises\": [{\"exercise\": \"spine-twist\"}]}", "name",
                        "should be text, not a list"));
    }

    private static String item(String fields) {
        return "{\"name\": \"Refused\", \"exercises\": [{" + fields + "}]}";
    }

    private static String many(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add("{\"exercise\": \"spine-twist\"}");
        }
        return "{\"name\": \"Too many\", \"exercises\": [" + String.join(", ", items) + "]}";
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRoutineBreakingARuleIsRefusedNamingTheField(String body, String field, String detail) {
        JsonNode problem = problem(post(ROUTINES, body), 400);
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("detail").asText()).contains(detail);
        assertThat(problem.path("instance").asText()).isEqualTo(ROUTINES);
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("not json".getBytes(), "not valid JSON at line 1"),
                Arguments.of("{\"name\": \"a\",}".getBytes(), "not valid JSON"),
                Arguments.of("{\"name\": \"a\"} {}".getBytes(), "not valid JSON"),
                Arguments.of("{\"name\": \"a\", \"name\": \"b\"}".getBytes(), "Duplicate field 'name'"),
                Arguments.of("[{\"name\": \"a\"}]".getBytes(), "should be the routine as a JSON object of fields, not a list."),
                Arguments.of("\"a routine\"".getBytes(), "not text."),
                Arguments.of("null".getBytes(), "not nothing."),
                Arguments.of("42".getBytes(), "not a number."),
                Arguments.of("[".repeat(100).getBytes(), "not valid JSON"),
                Arguments.of(new byte[] {'{', '"', 'n', (byte) 0xff, '"', ':', '1', '}'}, "not valid UTF-8"),
                Arguments.of(new byte[] {(byte) 0xc3, (byte) 0x28}, "not valid UTF-8"),
                Arguments.of(new byte[0], "The request body is empty"));
    }

    @ParameterizedTest
    @MethodSource("unreadableBodies")
    void aBodyThatIsNotAJsonObjectIsRefusedSayingWhy(byte[] body, String detail) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(ROUTINES))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("detail").asText()).contains(detail);
        assertThat(problem.has("field")).isFalse();
    }

    @Test
    void aBodyThatIsNotSentAsJsonIsRefused() {
        JsonNode problem = problem(server.send("POST", ROUTINES, text(routine("Plain")), "Content-Type", "text/plain"), 415);
        assertThat(problem.path("detail").asText()).contains("application/json", "text/plain");
        problem(server.send("POST", ROUTINES, text(routine("Plain"))), 415);
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefused() {
        String huge = text(routine("Huge").put("summary", "x".repeat(70 * 1024)));
        assertThat(problem(post(ROUTINES, huge), 413).path("detail").asText()).contains("64 KB");
        String id = created(text(routine("Small"))).path("id").asText();
        problem(send("PUT", ROUTINES + "/" + id, huge), 413);
        assertThat(get(ROUTINES + "/" + id).path("name").asText()).isEqualTo("Small");
    }

    @Test
    void anUnknownQueryParameterIsRefused() {
        assertThat(problem(post(ROUTINES + "?dryRun=true", text(routine("Q"))), 400).path("field").asText())
                .isEqualTo("dryRun");
    }

    @Test
    void anotherSiteCannotChangeRoutines() {
        problem(server.send("POST", ROUTINES, text(routine("Forged")), "Content-Type", JSON,
                "Origin", "https://evil.example"), 403);
        problem(server.send("DELETE", ROUTINES + "/daily", "", "Origin", "https://evil.example"), 403);
    }

    @Test
    void nothingStoredChangesWhenARequestIsRefused() {
        String id = created(text(routine("Untouched").put("summary", "As it was."))).path("id").asText();
        JsonNode before = get(ROUTINES);
        List<String> bodies = new ArrayList<>();
        refusals().forEach(a -> bodies.add((String) a.get()[0]));
        bodies.addAll(List.of("not json", "[]", "{\"name\": \"x\", \"name\": \"y\"}"));
        for (String body : bodies) {
            assertThat(post(ROUTINES, body).statusCode()).as(body).isEqualTo(400);
            assertThat(send("PUT", ROUTINES + "/" + id, body).statusCode()).as(body).isEqualTo(400);
        }
        send("PUT", ROUTINES + "/daily", text(routine("Taken over")));
        send("DELETE", ROUTINES + "/daily", "");
        send("PUT", ROUTINES + "/" + id + "?force=1", text(routine("Forced")));
        send("DELETE", ROUTINES + "/" + id + "?force=1", "");
        assertThat(get(ROUTINES)).isEqualTo(before);
    }

    /** The same round trip with the routines stored in PostgreSQL instead of SQLite. */
    @Nested
    @ExtendWith(TestPostgres.Extension.class)
    class OnPostgresql {
        @Test
        void createsReplacesCopiesAndDeletes(TestPostgres postgres, @TempDir Path folder) throws Exception {
            Environment env = WebServer.environment(folder);
            Catalog catalog = CatalogLoader.load(env.userExercisesDir());
            try (Database db = Database.open(postgres.freshDatabase(), env)) {
                Javalin app = WebApp.create(catalog, Routines.builtIn(catalog), db, env).start("127.0.0.1", 0);
                try {
                    HttpClient client = HttpClient.newHttpClient();
                    String origin = "http://127.0.0.1:" + app.port();
                    HttpResponse<String> create = client.send(HttpRequest.newBuilder(URI.create(origin + ROUTINES))
                            .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(
                                    text(routine("<b>Postgres</b> routine")))).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(create.statusCode()).as(create.body()).isEqualTo(201);
                    String path = create.headers().firstValue("Location").orElseThrow();
                    assertThat(path).isEqualTo(ROUTINES + "/b-postgres-b-routine");

                    HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(origin + path))
                            .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(
                                    text(routine("Renamed")))).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
                    HttpResponse<String> copy = client.send(HttpRequest.newBuilder(URI.create(origin + path + "/copy"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
                    assertThat(json(copy).path("name").asText()).isEqualTo("Renamed (copy)");

                    HttpResponse<String> delete = client.send(HttpRequest.newBuilder(URI.create(origin + path))
                            .DELETE().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(delete.statusCode()).isEqualTo(204);
                    JsonNode list = Json.mapper().readTree(client.send(HttpRequest.newBuilder(
                            URI.create(origin + ROUTINES)).build(), HttpResponse.BodyHandlers.ofString()).body());
                    assertThat(ApiTest.ids(list)).containsExactly("daily", "desk-break", "renamed-copy");
                    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(origin + "/routines"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(page.statusCode()).isEqualTo(200);
                    assertThat(page.body()).contains("Renamed (copy)");
                } finally {
                    app.stop();
                }
            }
        }
    }
}
