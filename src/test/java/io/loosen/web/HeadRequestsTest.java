package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEAD answers as GET does (status, type, length, security headers), without the body. */
class HeadRequestsTest extends ServedTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/library", "/exercises/spine-twist", "/static/app.js", "/static/loosen.css",
        "/api/v1/exercises", "/api/v1/exercises/spine-twist", "/api/v1/exercises/spine-twist/figure.svg",
        "/api/openapi.json", "/static/no-such-file.js", "/api/v1/exercises/no-such-exercise",
        "/exercises/no-such-exercise", "/api/v1/routines/no-such-routine"})
    void headIsGetWithoutTheBody(String path) throws IOException {
        RawHttp.Wire get = RawHttp.request(server.app.port(), "GET", path);
        RawHttp.Wire head = RawHttp.request(server.app.port(), "HEAD", path);

        assertThat(head.status()).as(path).isEqualTo(get.status());
        assertThat(head.header("content-type")).as(path).isEqualTo(get.header("content-type"));
        assertThat(head.header("content-security-policy")).as(path).isEqualTo(get.header("content-security-policy"));
        assertThat(head.body()).as(path).isEmpty();
        if (get.header("content-length") != null) {
            assertThat(head.header("content-length")).as(path).isEqualTo(get.header("content-length"));
        }
    }
}
