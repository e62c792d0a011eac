package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.cli.LoosenCommand;
import io.loosen.system.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every read endpoint over real HTTP, answering with the JSON the command line prints. */
class ApiTest extends ServedTest {
    static JsonNode ok(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return json(response);
    }

    /** What {@code loosen ARGS --json} prints for the same user, parsed. */
    static JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        int exit = LoosenCommand.commandLine(server.env, new PrintWriter(out, true), new PrintWriter(new StringWriter()))
                .execute(args);
        assertThat(exit).isZero();
        return Json.mapper().readTree(out.toString());
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    @Nested
    class Exercises {
        @Test
        void listsTheWholeCatalogAsTheCliDoes() throws Exception {
            assertThat(ok("/api/v1/exercises")).isEqualTo(cli("exercises", "--json"));
        }

        @Test
        void filtersByPlaceEquipmentAndPositionAsTheCliDoes() throws Exception {
            JsonNode desk = ok("/api/v1/exercises?place=desk&position=seated");
            assertThat(desk).isEqualTo(cli("exercises", "--place", "desk", "--position", "seated", "--json"));
            assertThat(desk.size()).isPositive().isLessThan(ok("/api/v1/exercises").size());
            assertThat(ok("/api/v1/exercises?equipment=pull-up-bar"))
                    .isEqualTo(cli("exercises", "--equipment", "pull-up-bar", "--json"));
        }

        @Test
        void showsOneExerciseAsLoosenShowDoes() throws Exception {
            assertThat(ok("/api/v1/exercises/spine-twist")).isEqualTo(cli("show", "spine-twist", "--json"));
        }
    }

    @Nested
    class RoutinesAndTimelines {
        @Test
        void listsTheRoutinesWithTheirLength() throws Exception {
            JsonNode routines = ok("/api/v1/routines");
            assertThat(routines).isEqualTo(cli("routines", "--json"));
            assertThat(ids(routines)).contains("daily", "desk-break");
        }

        @Test
        void showsOneRoutine() {
            JsonNode daily = ok("/api/v1/routines/daily");
            assertThat(daily.path("id").asText()).isEqualTo("daily");
            assertThat(daily.path("totalSeconds").asLong()).isPositive();
            assertThat(daily.path("routine").path("items").size()).isPositive();
        }

        @Test
        void givesTheTimelineLoosenTimelinePrints() throws Exception {
            assertThat(ok("/api/v1/routines/daily/timeline")).isEqualTo(cli("timeline", "daily", "--json"));
        }

        @Test
        void playsAnExerciseIdAsARoutineOfItsOwn() throws Exception {
            JsonNode timeline = ok("/api/v1/routines/spine-twist/timeline");
            assertThat(timeline).isEqualTo(cli("timeline", "spine-twist", "--json"));
            assertThat(timeline.path("exercises").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class History {
        @Test
        void exportsTheWholeHistoryInTheExportFormat() throws Exception {
            JsonNode history = ok("/api/v1/sessions");
            assertThat(history.path("format").asText()).isEqualTo("loosen-history");
            assertThat(ids(history.path("sessions"))).containsExactly(
                    WebServer.FIRST.toString(), WebServer.SECOND.toString(), WebServer.THIRD.toString());
            assertThat(history).isEqualTo(cli("--db", home.resolve("loosen.db").toString(), "export"));
        }

        @Test
        void startsFromTheGivenDay() {
            assertThat(ids(ok("/api/v1/sessions?since=2026-03-10").path("sessions")))
                    .containsExactly(WebServer.SECOND.toString(), WebServer.THIRD.toString());
            assertThat(ok("/api/v1/sessions?since=2030-01-01").path("sessions").size()).isZero();
        }

        @Test
        void showsOneSessionAsTheExportWritesIt() {
            JsonNode session = ok("/api/v1/sessions/" + WebServer.SECOND);
            assertThat(session).isEqualTo(ok("/api/v1/sessions").path("sessions").get(1));
            assertThat(session.path("exercises").size()).isEqualTo(2);
        }
    }

    @Nested
    class Stats {
        @Test
        void reportsProgressForTodayInTheServersZone() {
            JsonNode report = ok("/api/v1/stats");
            assertThat(report.path("today").asText()).isEqualTo("2026-03-12");
            assertThat(report.has("streak")).isTrue();
            assertThat(report.has("recent")).isTrue();
        }

        @Test
        void takesTodayFromTheGivenZone() {
            // 18:00 UTC on the 12th is already the 13th in Auckland.
            assertThat(ok("/api/v1/stats?zone=Pacific/Auckland").path("today").asText()).isEqualTo("2026-03-13");
        }
    }

    @Test
    void servesItsOpenApiDocument() {
        assertThat(ok("/api/openapi.json").path("openapi").asText()).isEqualTo("3.1.0");
    }
}
