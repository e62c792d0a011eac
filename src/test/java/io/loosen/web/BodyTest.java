package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
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
        Wire plain = request(path, null);

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
        Wire plain = request(path, null);
        Wire gzipped = request(path, "gzip, deflate, br");
        Wire again = request(path, "gzip");

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

        Wire unchanged = request("/static/loosen.css", "gzip", "If-None-Match: " + etag);

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void aFilteredListIsStillWrittenForItsFilter() throws IOException {
        Wire filtered = request("/api/v1/exercises?place=desk", null);

        assertThat(filtered.status()).isEqualTo(200);
        assertThat(new String(filtered.body(), StandardCharsets.UTF_8)).contains("seated-middle-back-stretch")
                .doesNotContain("pull-up-bar-hang");
    }

    /** One response as it came over the wire: status line, headers (names in lower case) and raw body. */
    private record Wire(int status, java.util.Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private static Wire request(String path, String acceptEncoding, String... more) throws IOException {
        int port = server.app.port();
        StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        if (acceptEncoding != null) {
            head.append("Accept-Encoding: ").append(acceptEncoding).append("\r\n");
        }
        for (String header : more) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Wire(Integer.parseInt(lines[0].split(" ")[1]), headers, Arrays.copyOfRange(all, end + 4, all.length));
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("no end of headers in " + new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
