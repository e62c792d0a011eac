package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response, success or error, carries the security headers. */
class SecurityHeadersTest extends ServedTest {
    static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/exercises", "/api/v1/stats", "/api/openapi.json", "/api/v1/exercises/nope",
        "/api/v1/exercises?place=nowhere", "/not/a/page", "/"})
    void areOnEveryResponse(String path) {
        assertSecurityHeaders(server.get(path));
    }
}
