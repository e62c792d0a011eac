package io.loosen.web;

import static io.loosen.web.PlayerPageTest.awaitSession;
import static io.loosen.web.PlayerPageTest.expect;
import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The installable, offline parts: manifest, icons, service worker, and the outbox of unsent sessions. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PwaTest extends BrowserTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    Locator by(String id) {
        return page.locator("#" + id);
    }

    @Test
    void theManifestDescribesAnInstallableAppWithIconsThatAreServed() {
        HttpResponse<String> response = server.get("/manifest.webmanifest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(type(response)).startsWith("application/manifest+json");
        JsonNode manifest = json(response);
        assertThat(manifest.path("name").asText()).isEqualTo("Loosen");
        assertThat(manifest.path("short_name").asText()).isEqualTo("Loosen");
        assertThat(manifest.path("start_url").asText()).isEqualTo("/");
        assertThat(manifest.path("display").asText()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asText()).matches("#[0-9a-f]{6}");
        assertThat(manifest.path("background_color").asText()).matches("#[0-9a-f]{6}");
        List<String> sizes = new ArrayList<>();
        for (JsonNode icon : manifest.path("icons")) {
            HttpResponse<byte[]> file = bytes(icon.path("src").asText());
            assertThat(file.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(type(file)).as(icon.toString()).startsWith(icon.path("type").asText());
            if (icon.path("type").asText().equals("image/png")) {
                ByteBuffer png = ByteBuffer.wrap(file.body());
                // The PNG signature, then the IHDR chunk: width and height at bytes 16 and 20.
                assertThat(png.getLong(0)).isEqualTo(0x89504E470D0A1A0AL);
                assertThat(png.getInt(16) + "x" + png.getInt(20)).isEqualTo(icon.path("sizes").asText());
            }
            sizes.add(icon.path("sizes").asText());
        }
        assertThat(sizes).contains("any", "192x192", "512x512");
    }

    @Test
    void theServiceWorkerIsServedFromTheRootAsJavaScriptAndAlwaysRevalidated() {
        HttpResponse<String> response = server.get("/sw.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(type(response)).startsWith("text/javascript");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.body()).contains("const CACHE = `loosen-${VERSION}`");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes("/sw.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
        // Everything it keeps at install is served.
        for (String line : response.body().split("\n")) {
            if (line.matches("\\s+'/[^']*',")) {
                String path = line.trim().replaceAll("[',]", "");
                assertThat(bytes(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void aPlayerVisitedOnceOpensAndPlaysOffline() {
        open(PlayerPageTest.PLAYER);
        expect(by("start")).isEnabled();
        // The worker took over and kept the page and its timeline. Polled from here with evaluate, which
        // awaits the answer: waitForFunction can take an async predicate's pending promise for "true".
        String kept = "async () => {"
                + "const r = await navigator.serviceWorker.ready;"
                + "const keys = await caches.keys();"
                + "return !!r.active && keys.includes('loosen-v1')"
                + " && !!(await caches.match('/api/v1/routines/egyptian-back-stretch/timeline'))"
                + " && !!(await caches.match('/play/egyptian-back-stretch'))"
                + " && !!(await caches.match('/static/player.js')); }";
        long end = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(page.evaluate(kept))) {
            assertThat(System.currentTimeMillis()).as("the worker keeps the player for offline use").isLessThan(end);
            PlayerPageTest.sleep(100);
        }

        context.setOffline(true);
        page.reload();
        expect(page.locator("h1")).hasText("Egyptian Back Stretch");
        expect(by("start")).isEnabled();
        by("start").click();
        expect(by("segment-label")).hasText("Get ready · standing");
        by("skip").click();
        expect(by("segment-label")).hasText("Step 1 of 4");

        // A page never visited gets the offline notice instead of the browser's error.
        page.navigate(server.origin() + "/play/desk-break");
        expect(page.locator("h1")).hasText("You are offline");
        context.setOffline(false);
    }

    @Test
    void aSessionFinishedOfflineReachesTheServerWhenTheConnectionIsBack() {
        open("/play/desk-break");
        expect(by("start")).isEnabled();
        page.locator("input[name=before][value='7']").check();
        by("start").click();
        expect(by("segment-label")).not().isEmpty();
        JsonNode started = awaitSession("desk-break", s -> s.path("id").asText()
                .equals(page.locator("#player").getAttribute("data-session")) && s.path("tensionBefore").asInt(-1) == 7);
        String id = started.path("id").asText();
        assertThat(started.path("status").asText()).isEqualTo("in-progress");

        context.setOffline(true);
        for (int i = 0; i < 200 && by("play").isVisible(); i++) {
            page.keyboard().press("n");
        }
        expect(by("after")).isVisible();
        page.locator("input[name=after][value='2']").check();
        by("note").fill("Offline, on the train");
        by("save-after").click();
        expect(by("save-status")).containsText("it will be sent to your history when the connection is back");
        assertThat((String) page.evaluate("localStorage.getItem('loosen.outbox')")).contains(id, "completed");
        PlayerPageTest.sleep(500);
        assertThat(json(server.get("/api/v1/sessions/" + id)).path("status").asText()).isEqualTo("in-progress");

        context.setOffline(false);
        JsonNode arrived = awaitSession("desk-break", s -> s.path("id").asText().equals(id)
                && s.path("status").asText().equals("completed"));
        assertThat(arrived.path("tensionAfter").asInt()).isEqualTo(2);
        assertThat(arrived.path("note").asText()).isEqualTo("Offline, on the train");
        assertThat(arrived.path("exercises").size()).isPositive();
        expect(by("save-status")).hasText("Saved to your history.");
        assertThat(page.evaluate("localStorage.getItem('loosen.outbox')")).isEqualTo("{}");
    }

    @Test
    void aBodyTheServerRefusesIsDroppedSoItCannotBlockTheOthers() {
        open("/play/desk-break");
        expect(by("start")).isEnabled();
        List<String> warnings = new ArrayList<>();
        page.onConsoleMessage(m -> warnings.add(m.text()));
        Object result = page.evaluate("async () => {"
                + "const { saveSession } = await import('/static/outbox.js');"
                + "return saveSession({ id: '00000000-0000-4000-8000-0000000000bb', routine: 'desk-break' }); }");
        assertThat(result).isEqualTo("rejected");
        assertThat(page.evaluate("localStorage.getItem('loosen.outbox')")).isEqualTo("{}");
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("refused session", "400"));
    }
}
