package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.figure.FigureSvgTest;
import io.loosen.figure.Joint;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exercise editor's figure endpoints over real HTTP: joints, a draft's preview and its worked-out poses. */
class FigureEditorApiTest extends ServedTest {
    static final String PREVIEW = "/api/v1/figure/preview.svg";
    static final String POSES = "/api/v1/figure/poses";

    /** A two-step draft lying on a mat, its second step a bent left knee: only what the preview needs. */
    static String draft(String name, String sides, String secondStep) {
        return """
                {"name": %s, "sides": "%s", "positions": ["lying"],
                 "steps": [{"text": "Lie down.", "cue": "Lie on your back"}, {"cue": "Bend your {side} knee", "main": true}],
                 "figure": {"view": "above", "pose": "lying", "props": {"floor-mat": {"x": 8, "y": 38}},
                            "steps": [{"y": 75, "shoulders": 90}, %s]}}""".formatted(
                io.loosen.system.Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(name)), sides, secondStep);
    }

    private static HttpResponse<String> post(String path, String body) {
        return server.send("POST", path, body, "Content-Type", "application/json");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        if (field != null) {
            assertThat(json(response).path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void listsEveryJointWithItsLimitsAndTheBasePoses() {
        HttpResponse<String> response = server.get("/api/v1/figure/joints");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("joints")).hasSize(Joint.values().length);
        JsonNode knee = body.path("joints").get(Joint.LEFT_KNEE.ordinal());
        assertThat(knee.path("name").asText()).isEqualTo("left-knee");
        assertThat(knee.path("label").asText()).isEqualTo("Left knee");
        assertThat(knee.path("unit").asText()).isEqualTo("degrees");
        assertThat(knee.at("/limits/side/min").asInt()).isZero();
        assertThat(knee.at("/limits/front/min").asInt()).isEqualTo(-150);
        assertThat(body.path("joints").get(0).path("label").asText()).isEqualTo("Hips across");
        assertThat(body.path("poses")).extracting(p -> p.path("name").asText())
                .containsExactly("standing", "seated", "lying", "kneeling", "hanging");
        JsonNode seated = body.path("poses").get(1);
        assertThat(seated.at("/values/left-knee").asInt()).isEqualTo(90);
        assertThat(seated.at("/props/chair/x").asInt()).isEqualTo(80);
        assertThat(body.path("poses").get(4).path("view").asText()).isEqualTo("front");
        assertThat(body.path("views")).hasSize(3);
        assertProblem(server.get("/api/v1/figure/joints?view=side"), 400, "view");
    }

    @Test
    void drawsADraftsStepAndChangesWithItsAngles() throws Exception {
        HttpResponse<String> straight = post(PREVIEW + "?step=2&motion=none", draft("Knee drop", "both", "{\"left-knee\": 0}"));
        HttpResponse<String> bent = post(PREVIEW + "?step=2&motion=none", draft("Knee drop", "both", "{\"left-knee\": 90}"));

        assertThat(bent.statusCode()).as(bent.body()).isEqualTo(200);
        assertThat(bent.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(bent.headers().firstValue("Content-Security-Policy")).hasValue(FigureApi.CONTENT_SECURITY_POLICY);
        assertThat(FigureSvgTest.parse(bent.body()).getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(bent.body()).contains("<title>Knee drop: Bend your left knee.</title>").isNotEqualTo(straight.body());

        HttpResponse<String> right = post(PREVIEW + "?step=2&motion=none&side=right", draft("Knee drop", "both", "{\"left-knee\": 90}"));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Bend your right knee", "matrix(1 0 0 -1 0 150)");
        assertThat(post(PREVIEW, draft("Knee drop", "both", "{\"left-knee\": 40}")).body()).contains("<animateTransform");
    }

    @Test
    void aDraftWithoutAFigureStandsInItsPosition() {
        HttpResponse<String> response = post(PREVIEW + "?step=1&motion=none",
                "{\"positions\": [\"seated\"], \"steps\": [{\"cue\": \"Sit tall\", \"main\": true}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<title>New exercise: Sit tall.</title>");
        assertThat(post(PREVIEW, "{\"steps\": [{}]}").statusCode()).isEqualTo(200);
    }

    @Test
    void hostileTextIsEscapedInThePicture() {
        HttpResponse<String> response = post(PREVIEW + "?step=1&motion=none",
                draft("<script>alert(1)</script>\u001b[2J", "none", "{}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;?[2J").doesNotContain("<script>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"left-knee\": 200}|figure.steps[1].left-knee|Field 'figure.steps[1].left-knee' is 200 degrees, outside the allowed -150–150 degrees.",
        "{\"left-knee\": 2.5}|figure.steps[1].left-knee|Field 'figure.steps[1].left-knee' should be a whole number of degrees, not a number '2.5'.",
        "{\"left-kne\": 20}|figure.steps[1].left-kne|Unknown field 'figure.steps[1].left-kne' (did you mean 'left-knee'?)",
        "{\"hands\": {\"x\": -5, \"y\": 10}}|figure.steps[1].hands.x|Field 'figure.steps[1].hands.x' is -5 units",
        "\"knee\"|figure.steps|Field 'figure.steps[1]' should be an object of fields, not text."})
    void aBadPoseIsABadRequestWithTheLoadersSentence(String step, String field, String detail) {
        for (String path : new String[] {PREVIEW + "?step=2", POSES}) {
            HttpResponse<String> response = post(path, draft("Knee drop", "both", step));
            assertProblem(response, 400, field);
            assertThat(json(response).path("detail").asText()).startsWith(detail);
        }
    }

    @Test
    void theFigureMustGiveOnePosePerStep() {
        HttpResponse<String> response = post(PREVIEW, """
                {"steps": [{"cue": "One"}, {"cue": "Two", "main": true}], "figure": {"pose": "standing", "steps": [{}]}}""");
        assertProblem(response, 400, "figure.steps");
        assertThat(json(response).path("detail").asText())
                .isEqualTo("Field 'figure.steps' has 1 pose, but the exercise has 2 steps; give each step one pose.");
        assertProblem(post(PREVIEW, "{\"figure\": {\"pose\": \"standing\", \"steps\": [{}]}}"), 400, "steps");
        assertProblem(post(PREVIEW, "{\"steps\": []}"), 400, "steps");
        assertProblem(post(PREVIEW, "{\"steps\": [{}], \"figure\": {\"pose\": \"sitting\", \"steps\": [{}]}}"), 400, "figure.pose");
        assertProblem(post(PREVIEW, "{\"steps\": [{}], \"figure\": {\"pose\": \"seated\", \"view\": \"top\", \"steps\": [{}]}}"),
                400, "figure.view");
    }

    @Test
    void theQueryIsCheckedAsForASavedFigure() {
        String oneSided = draft("Knee drop", "none", "{}");
        assertProblem(post(PREVIEW + "?side=right", oneSided), 400, "side");
        assertProblem(post(PREVIEW + "?step=3", oneSided), 400, "step");
        assertProblem(post(PREVIEW + "?step=-1", oneSided), 400, "step");
        assertProblem(post(PREVIEW + "?step=1&beat=1", oneSided), 400, "beat");
        assertProblem(post(PREVIEW + "?motion=fast", oneSided), 400, "motion");
        assertProblem(post(PREVIEW + "?segment=1", oneSided), 400, "segment");
        assertProblem(post(POSES + "?step=1", oneSided), 400, "step");
    }

    @Test
    void malformedMissingAndOversizedBodiesAreRefused() {
        assertProblem(post(PREVIEW, ""), 400, null);
        assertProblem(post(PREVIEW, "{\"steps\": [{}],"), 400, null);
        assertProblem(post(PREVIEW, "[1, 2]"), 400, null);
        assertProblem(post(PREVIEW, "{\"steps\": [{}], \"steps\": [{}]}"), 400, null);
        assertProblem(post(PREVIEW, "[".repeat(40) + "]".repeat(40)), 400, null);
        assertProblem(server.send("POST", PREVIEW, "{\"steps\": [{}]}", "Content-Type", "text/plain"), 415, "Content-Type");
        assertProblem(post(PREVIEW, "{\"name\": \"" + "x".repeat(70 * 1024) + "\", \"steps\": [{}]}"), 413, null);
        assertProblem(server.send("POST", PREVIEW, "{\"steps\": [{}]}", "Content-Type", "application/json",
                "Origin", "http://evil.example"), 403, null);
        assertProblem(server.get(PREVIEW), 405, null);
    }

    @Test
    void posesAreWorkedOutJointByJointWithHandsPlaced() {
        HttpResponse<String> response = post(POSES, draft("Knee drop", "both", "{\"left-knee\": 40, \"hands\": {\"x\": 60, \"y\": 40}}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("view").asText()).isEqualTo("above");
        assertThat(body.path("steps")).hasSize(2);
        JsonNode first = body.at("/steps/0/pose");
        assertThat(first.path("y").asInt()).isEqualTo(75);
        assertThat(first.path("left-shoulder").asInt()).isEqualTo(90);
        assertThat(first.path("lean").asInt()).isEqualTo(-90);
        JsonNode second = body.at("/steps/1/pose");
        assertThat(second.path("left-knee").asInt()).isEqualTo(40);
        assertThat(second.path("y").asInt()).as("carried over from the step before").isEqualTo(75);
        assertThat(second.path("left-shoulder").asInt()).as("worked out to reach the point").isNotEqualTo(90);
        assertThat(body.at("/steps/1").path("peak").isNumber() || body.at("/steps/1").path("peak").isObject())
                .as("a held step has no peak").isFalse();

        JsonNode peak = json(post(POSES, """
                {"steps": [{"main": true}], "figure": {"pose": "kneeling", "steps": [{"peak": {"spine": 40}}]}}""")).at("/steps/0/peak");
        assertThat(peak.path("spine").asInt()).isEqualTo(40);
    }
}
