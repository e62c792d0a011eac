package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies made once (the exercise list, bundled files): sent whole with their length, and gzip-compressed once
 * for clients that ask for it. Read off a raw socket, so what is checked is what goes over the wire.
 */
class BodyTest extends ServedTest {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZIP", "deflate, gzip", "gzip;q=0.5", "br;q=1.0, gzip;q=0.8, *;q=0.1", "*",
        "x-gzip", " gzip ; q=1 "})
    void gzipIsSentWhenAskedFor(String acceptEncoding) {
        assertThat(Body.acceptsGzip(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"identity", "br", "deflate", "gzip;q=0", "gzip;q=0.0", "gzip;q=nonsense", "gzipped",
        "*;q=0", ",,,", "gzip;q=-1"})
    void plainBytesOtherwise(String acceptEncoding) {
        assertThat(Body.acceptsGzip(acceptEncoding)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/exercises, application/json", "/static/loosen.css, text/css; charset=utf-8"})
    void aClientThatDoesNotAskForGzipGetsThePlainBytesWithTheirLength(String path, String type) throws IOException {
        RawHttp.Wire plain = request(path, null);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("content-type")).isEqualTo(type);
        assertThat(plain.header("content-encoding")).isNull();
        assertThat(plain.header("transfer-encoding")).isNull();
        assertThat(plain.header("content-length")).isEqualTo(String.valueOf(plain.body().length));
        assertThat(plain.header("vary")).isEqualToIgnoringCase("Accept-Encoding");
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(server.get(path).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/exercises", "/static/loosen.css", "/static/app.js"})
    void aClientThatAsksForGzipGetsTheSameBytesCompressedWithTheirLength(String path) throws IOException {
        RawHttp.Wire plain = request(path, null);
        RawHttp.Wire gzipped = request(path, "gzip, deflate, br");
        RawHttp.Wire again = request(path, "gzip");

        assertThat(gzipped.status()).isEqualTo(200);
        assertThat(gzipped.header("content-encoding")).isEqualTo("gzip");
        assertThat(gzipped.header("transfer-encoding")).isNull();
        assertThat(gzipped.header("content-length")).isEqualTo(String.valueOf(gzipped.body().length));
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(again.body()).as("compressed once, then kept").isEqualTo(gzipped.body());
    }

    @Test
    void aRevalidatedFileStillCostsOnlyA304() throws IOException {
        String etag = request("/static/loosen.css", "gzip").header("etag");

        RawHttp.Wire unchanged = request("/static/loosen.css", "gzip", "If-None-Match: " + etag);

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void aFilteredListIsStillWrittenForItsFilter() throws IOException {
        RawHttp.Wire filtered = request("/api/v1/exercises?place=desk", null);

        assertThat(filtered.status()).isEqualTo(200);
        assertThat(new String(filtered.body(), StandardCharsets.UTF_8)).contains("seated-middle-back-stretch")
                .doesNotContain("pull-up-bar-hang");
    }

    private static RawHttp.Wire request(String path, String acceptEncoding, String... more) throws IOException {
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of(more));
        if (acceptEncoding != null) {
            headers.add("Accept-Encoding: " + acceptEncoding);
        }
        return RawHttp.request(server.app.port(), "GET", path, headers.toArray(String[]::new));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
