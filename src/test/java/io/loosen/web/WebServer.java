package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.routine.Routines;
import io.loosen.session.Side;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The web app started on a free port over a real SQLite file holding three sessions, and an HTTP client
 * to call it. One per test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class WebServer implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-12T18:00:00Z");
    static final UUID FIRST = UUID.fromString("00000001-0000-4000-8000-000000000000");
    static final UUID SECOND = UUID.fromString("00000002-0000-4000-8000-000000000000");
    static final UUID THIRD = UUID.fromString("00000003-0000-4000-8000-000000000000");

    final Environment env;
    final Database db;
    final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private WebServer(Environment env, Database db, Javalin app) {
        this.env = env;
        this.db = db;
        this.app = app;
    }

    static WebServer start(Path home) {
        Environment env = environment(home);
        Database db = Database.open(home.resolve("loosen.db").toString(), env);
        for (PracticeSession s : history()) {
            db.sessions().save(s);
        }
        Catalog catalog = CatalogLoader.load(env.userExercisesDir());
        Javalin app = WebApp.create(catalog, Routines.builtIn(catalog), db, env, Clock.fixed(NOW, ZoneOffset.UTC))
                .start("127.0.0.1", 0);
        return new WebServer(env, db, app);
    }

    static Environment environment(Path home) {
        return Environment.of(home, Map.of("HOME", home.toString(), "TZ", "Europe/Berlin",
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString()));
    }

    /** Three mornings in Berlin: two finished sessions and one left unfinished. */
    static List<PracticeSession> history() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        return List.of(
                session(FIRST, Instant.parse("2026-03-01T07:30:00Z"), berlin, SessionStatus.COMPLETED),
                session(SECOND, Instant.parse("2026-03-10T07:30:00Z"), berlin, SessionStatus.COMPLETED),
                session(THIRD, Instant.parse("2026-03-11T07:30:00Z"), berlin, SessionStatus.IN_PROGRESS));
    }

    private static PracticeSession session(UUID id, Instant start, ZoneId zone, SessionStatus status) {
        return new PracticeSession(id, "daily", "Daily loosen-up", start, start.plusSeconds(180), zone, status,
                170, 6, status == SessionStatus.COMPLETED ? 3 : null, null,
                List.of(new ExerciseResult(0, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, 30),
                        new ExerciseResult(1, "spine-twist", Side.RIGHT, ExerciseOutcome.DONE, 30)));
    }

    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(origin() + path);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
