package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What a page costs to load: its HTML and every same-origin file it names (stylesheets, scripts, icons,
 * the manifest) and every module those scripts import, each gzipped, added up.
 */
final class PageWeight {
    private static final Pattern REFERENCE =
            Pattern.compile("<(?:link|script|img)\\b[^>]*?\\b(?:href|src)=\"(/[^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile(
            "\\bimport\\s*(?:[\\w*{}\\s,]+from\\s*)?['\"]([^'\"]+)['\"]|\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private PageWeight() {
    }

    /** The gzipped bytes of the page at {@code path} and everything it loads, by path. */
    static Map<String, Integer> files(WebServer server, String path) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String html = fetch(server, path, sizes);
        Matcher m = REFERENCE.matcher(html);
        while (m.find()) {
            add(server, m.group(1), sizes);
        }
        return sizes;
    }

    private static void add(WebServer server, String path, Map<String, Integer> sizes) {
        if (sizes.containsKey(path)) {
            return;
        }
        String body = fetch(server, path, sizes);
        if (path.endsWith(".js")) {
            Matcher m = IMPORT.matcher(body);
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                add(server, URI.create(path).resolve(target).getPath(), sizes);
            }
        }
    }

    private static String fetch(WebServer server, String path, Map<String, Integer> sizes) {
        HttpResponse<byte[]> response;
        try {
            response = CLIENT.send(HttpRequest.newBuilder(server.uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        sizes.put(path, gzip(response.body()));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
