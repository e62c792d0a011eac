package io.loosen.web;

import static io.loosen.web.ProblemsTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks every state-changing request passes before any route sees it. There is no POST route yet, so
 * these post to where one will be (/api/v1/sessions): passing the guard there ends in a 405.
 */
class RequestGuardTest extends ServedTest {
    static final String TARGET = "/api/v1/stats"; // read-only: a request that gets past the guard is a 405
    static final String BODY = "{\"routine\":\"daily\"}";

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void refusesChangesFromAnotherOrigin(String method) {
        problem(server.send(method, TARGET, BODY, "Origin", "https://evil.example"), 403);
        assertThat(server.get(TARGET).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnotherPortOfTheSameHostAndTheNullOrigin() {
        problem(server.send("POST", TARGET, BODY, "Origin", "http://127.0.0.1:1"), 403);
        problem(server.send("POST", TARGET, BODY, "Origin", "null"), 403);
    }

    @Test
    void withoutOriginFallsBackToFetchMetadata() {
        problem(server.send("POST", TARGET, BODY, "Sec-Fetch-Site", "cross-site"), 403);
        problem(server.send("POST", TARGET, BODY, "Sec-Fetch-Site", "same-site"), 403);
        problem(server.send("POST", TARGET, BODY, "Sec-Fetch-Site", "same-origin"), 405);
    }

    @Test
    void letsSameOriginRequestsThrough() {
        problem(server.send("POST", TARGET, BODY, "Origin", server.origin()), 405);
        // curl and other non-browser clients send neither header
        problem(server.send("POST", TARGET, BODY), 405);
    }

    @Test
    void refusesBodiesOver64Kilobytes() {
        String big = "x".repeat(100 * 1024);
        HttpResponse<String> response = server.send("POST", TARGET, big, "Origin", server.origin());
        assertThat(problem(response, 413).path("detail").asText()).contains("64 KB");
        problem(server.send("PUT", "/api/v1/routines/daily", big), 413);
    }

    @Test
    void acceptsBodiesUpTo64Kilobytes() {
        problem(server.send("POST", TARGET, "x".repeat(64 * 1024), "Origin", server.origin()), 405);
    }

    /** A raw request, since java.net.http will not send a Host header of the caller's choosing. */
    static String rawStatusLine(String host) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", server.app.port())) {
            socket.getOutputStream().write(("GET /api/v1/routines HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:7070", "127.0.0.1.evil.example", "localhost.evil.example"})
    void aRebindingHostNameIsRefusedOnLoopback(String host) throws Exception {
        assertThat(rawStatusLine(host)).contains(" 421 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:7070", "127.0.0.1", "127.0.0.1:7070", "[::1]:7070", "LOCALHOST"})
    void loopbackNamesAreServed(String host) throws Exception {
        assertThat(rawStatusLine(host)).contains(" 200 ");
    }
}
