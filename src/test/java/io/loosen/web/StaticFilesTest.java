package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Scripts, styles and pictures under /static/: their types, revalidation, and nothing else of the jar. */
class StaticFilesTest extends ServedTest {

    @ParameterizedTest
    @CsvSource({
        "/static/app.js, text/javascript; charset=utf-8",
        "/static/loosen.css, text/css; charset=utf-8",
        "/static/icon.svg, image/svg+xml",
        "/icon-192.png, image/png",
        "/sw.js, text/javascript; charset=utf-8",
    })
    void eachFileIsServedWithItsTypeAndRevalidatedOnEveryUse(String path, String type) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]{20}\""));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void anUnchangedFileCostsOnlyA304() {
        String etag = server.get("/static/loosen.css").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/static/loosen.css"))
                .header("If-None-Match", etag).GET().build());
        HttpResponse<String> stale = server.send(HttpRequest.newBuilder(server.uri("/static/loosen.css"))
                .header("If-None-Match", "\"0000\"").GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("{");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/static/no-such-file.js",
        "/static/app.js.bak",
        "/static/../catalog/spine-twist.yaml",
        "/static/..%2Fcatalog%2Fspine-twist.yaml",
        "/static/%2e%2e/%2e%2e/io/loosen/Loosen.class",
        "/static/.hidden.js",
        "/static/..",
        "/static/../../simplelogger.properties",
        "/static/app.js%00.png",
        "/static/%3Cscript%3Ealert(1)%3C%2Fscript%3E.js",
    })
    void anythingElseIsAPlainNotFoundPage(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("spine-twist:", "<script>alert", "org.slf4j");
    }

    @Test
    void anUnknownFileGetsTheNotFoundPage() {
        HttpResponse<String> response = server.get("/static/missing.css");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
}
