package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.figure.FigureSvgTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/exercises/{id}/figure.svg} over real HTTP. */
class FigureApiTest extends ServedTest {
    static final String TWIST = "/api/v1/exercises/spine-twist/figure.svg";

    @ParameterizedTest
    @ValueSource(strings = {"", "?side=right", "?motion=none", "?step=3", "?step=3&side=right&segment=17",
        "?step=2&motion=none"})
    void drawsTheExerciseAsAStandaloneSvgImage(String query) throws Exception {
        HttpResponse<String> response = server.get(TWIST + query);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(FigureApi.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(FigureSvgTest.MAX_BYTES);
        assertThat(FigureSvgTest.parse(response.body()).getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @Test
    void aRepeatedStepIsDrawnOneBeatAtATime() {
        HttpResponse<String> round = server.get("/api/v1/exercises/kneeling-cat-back-stretch/figure.svg?step=2&beat=1");
        assertThat(round.statusCode()).isEqualTo(200);
        assertThat(round.body()).contains("dur=\"3s\"", "fill=\"freeze\"");
    }

    @Test
    void anUnchangedFigureIsNotSentAgain() {
        String etag = server.get(TWIST).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.send(java.net.http.HttpRequest.newBuilder(server.uri(TWIST))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nothing-here", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "spine-twst"})
    void anUnknownExerciseIsANotFoundProblem(String id) {
        HttpResponse<String> response = server.get("/api/v1/exercises/" + id + "/figure.svg");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(WebServer.json(response).path("field").asText()).isEqualTo("id");
    }

    @ParameterizedTest
    @CsvSource({"spine-twist?side=middle, side", "seated-middle-back-stretch?side=right, side",
        "spine-twist?step=0, step", "spine-twist?step=5, step", "spine-twist?step=two, step",
        "spine-twist?step=99999999999999999999, step", "spine-twist?step=3&beat=1, beat",
        "kneeling-cat-back-stretch?step=2&beat=4, beat", "spine-twist?motion=slow, motion",
        "spine-twist?segment=-1, segment", "spine-twist?zoom=2, zoom", "spine-twist?step=1&step=2, step"})
    void aBadQueryIsABadRequestNamingTheField(String query, String field) {
        String[] parts = query.split("\\?");
        HttpResponse<String> response = server.get("/api/v1/exercises/" + parts[0] + "/figure.svg?" + parts[1]);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(WebServer.json(response).path("field").asText()).isEqualTo(field);
    }
}
