package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes and hostile input get an RFC 9457 problem document that names what is wrong and nothing more. */
class ProblemsTest extends ServedTest {
    /** The response is a problem document with this status; returns it after the checks every error must pass. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertLeaksNothing(response.body());
        SecurityHeadersTest.assertSecurityHeaders(response);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).startsWith("/");
        return problem;
    }

    static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at io.", "at java.", "at org.", ".java:", "SQL");
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void unknownExerciseIsA404WithTheClisDidYouMean() {
        JsonNode problem = problem(server.get("/api/v1/exercises/spine-twst"), 404);
        assertThat(problem.path("detail").asText())
                .isEqualTo("There is no exercise 'spine-twst'; did you mean 'spine-twist'?");
        assertThat(problem.path("field").asText()).isEqualTo("id");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/exercises/spine-twst");
    }

    @Test
    void unknownRoutineIsA404WithTheClisDidYouMean() {
        assertThat(problem(server.get("/api/v1/routines/dialy"), 404).path("detail").asText())
                .isEqualTo("There is no routine 'dialy'; did you mean 'daily'?");
        assertThat(problem(server.get("/api/v1/routines/dialy/timeline"), 404).path("detail").asText())
                .isEqualTo("There is no routine or exercise 'dialy'; did you mean 'daily'?");
    }

    @Test
    void unknownSessionIsA404AndAMalformedIdA400() {
        problem(server.get("/api/v1/sessions/00000009-0000-4000-8000-000000000000"), 404);
        assertThat(problem(server.get("/api/v1/sessions/not-a-uuid"), 400).path("field").asText()).isEqualTo("id");
    }

    @Test
    void unknownPathIsA404Problem() {
        problem(server.get("/api/v1/nothing-here"), 404);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "place|<script>alert(1)</script>",
        "place|desks",
        "equipment|rope",
        "position|upside-down"})
    void badCatalogWordsAre400sNamingParameterAndValue(String parameter, String value) {
        JsonNode problem = problem(server.get("/api/v1/exercises?" + parameter + "=" + encoded(value)), 400);
        assertThat(problem.path("field").asText()).isEqualTo(parameter);
        assertThat(problem.path("detail").asText()).startsWith(parameter + " '" + value + "' is not one of ");
    }

    @Test
    void aTypoInAPlaceGetsADidYouMean() {
        assertThat(problem(server.get("/api/v1/exercises?place=dsek"), 400).path("detail").asText())
                .endsWith("did you mean 'desk'?");
    }

    @ParameterizedTest(name = "since={0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"2026-13-40", "'; DROP TABLE x; --", "yesterday", "2026-02-30"})
    void badDatesAre400s(String value) {
        JsonNode problem = problem(server.get("/api/v1/sessions?since=" + encoded(value)), 400);
        assertThat(problem.path("field").asText()).isEqualTo("since");
        assertThat(problem.path("detail").asText()).isEqualTo("since '" + value + "' is not a date like 2026-11-01.");
        // and the history is still all there
        assertThat(json(server.get("/api/v1/sessions")).path("sessions").size()).isEqualTo(3);
    }

    @ParameterizedTest(name = "zone={0}")
    @CsvSource(delimiter = '|', value = {"Mars/Olympus", "../../etc/passwd", "Europe"})
    void unknownZonesAre400s(String value) {
        JsonNode problem = problem(server.get("/api/v1/stats?zone=" + encoded(value)), 400);
        assertThat(problem.path("field").asText()).isEqualTo("zone");
        assertThat(problem.path("detail").asText()).contains("'" + value + "'");
    }

    @Test
    void unknownQueryParametersAre400sNamingThem() {
        JsonNode problem = problem(server.get("/api/v1/exercises?plcae=desk"), 400);
        assertThat(problem.path("field").asText()).isEqualTo("plcae");
        assertThat(problem.path("detail").asText()).contains("'plcae'", "did you mean 'place'");
        assertThat(problem(server.get("/api/v1/routines?verbose=1"), 400).path("detail").asText())
                .contains("'verbose'", "takes none");
    }

    @Test
    void aParameterGivenTwiceIsA400() {
        assertThat(problem(server.get("/api/v1/exercises?place=desk&place=floor"), 400).path("field").asText())
                .isEqualTo("place");
    }

    @Test
    void hostileValuesAreShortenedAndNeverEchoedAsHtml() {
        String value = "<img src=x onerror=alert(1)>" + "x".repeat(500);
        HttpResponse<String> response = server.get("/api/v1/exercises?place=" + encoded(value));
        problem(response, 400);
        assertThat(response.body()).doesNotContain("x".repeat(100));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aFailingDatabaseIsA500ThatLeaksNothing(@TempDir Path elsewhere) {
        try (WebServer broken = WebServer.start(elsewhere)) {
            broken.db.close();
            JsonNode problem = problem(broken.get("/api/v1/sessions"), 500);
            assertThat(problem.path("detail").asText()).isEqualTo("Something went wrong on the server; it has been logged.");
            assertThat(problem.toString()).doesNotContain("loosen.db", "Hikari", "jdbc");
        }
    }

    @Test
    void aMethodTheRouteDoesNotTakeIsA405() {
        HttpResponse<String> response = server.send("DELETE", "/api/v1/exercises/spine-twist/document", "");
        problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    }
}
