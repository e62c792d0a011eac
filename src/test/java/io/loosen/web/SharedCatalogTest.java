package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routines;
import io.loosen.store.Database;
import io.loosen.store.TestPostgres;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stateless instances of the web app on one PostgreSQL database, as behind a load balancer: an exercise
 * added, changed or deleted through one is served by the other within a second or so (LiveCatalog), and
 * by the one that made the change at once.
 */
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class SharedCatalogTest {
    @TempDir
    Path home;
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anExerciseChangedOnOneInstanceIsServedByTheOtherWithinAboutASecond(TestPostgres postgres) throws Exception {
        String url = postgres.freshDatabase();
        Environment env = WebServer.environment(home);
        Catalog files = CatalogLoader.load(env.userExercisesDir());
        try (Database dbA = Database.open(url, env); Database dbB = Database.open(url, env)) {
            Javalin a = WebApp.create(files, Routines.builtIn(files), dbA, env, Clock.systemUTC()).start("127.0.0.1", 0);
            Javalin b = WebApp.create(files, Routines.builtIn(files), dbB, env, Clock.systemUTC()).start("127.0.0.1", 0);
            try {
                assertThat(get(b, "/api/v1/exercises/shared-twist").statusCode()).isEqualTo(404);
                var doc = ExerciseApiWriteTest.draft("Shared twist");
                HttpResponse<String> created = send(a, "POST", "/api/v1/exercises", Json.write(doc));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(get(a, "/api/v1/exercises/shared-twist").statusCode()).isEqualTo(200);

                long seen = waitFor(b, "/api/v1/exercises/shared-twist", 200);
                assertThat(seen).isLessThan(3_000);
                assertThat(get(b, "/api/v1/exercises").body()).contains("\"shared-twist\"");

                doc.put("name", "Shared twist, renamed");
                assertThat(send(b, "PUT", "/api/v1/exercises/shared-twist", Json.write(doc)).statusCode()).isEqualTo(200);
                long deadline = System.nanoTime() + 3_000_000_000L;
                while (!get(a, "/api/v1/exercises/shared-twist").body().contains("renamed")
                        && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(get(a, "/library").body()).contains("Shared twist, renamed");

                assertThat(send(a, "DELETE", "/api/v1/exercises/shared-twist", "").statusCode()).isEqualTo(204);
                assertThat(waitFor(b, "/api/v1/exercises/shared-twist", 404)).isLessThan(3_000);
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    /** Milliseconds until the path answers with this status. */
    private long waitFor(Javalin app, String path, int status) throws Exception {
        long start = System.nanoTime();
        while (get(app, path).statusCode() != status && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(20);
        }
        assertThat(get(app, path).statusCode()).isEqualTo(status);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(Javalin app, String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
