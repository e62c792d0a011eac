package io.loosen.web;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.loosen.catalog.Catalog;
import io.loosen.routine.Routines;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import java.time.Clock;

/**
 * The web app's composition root: builds a Javalin app over the catalog, routines and history it is given,
 * not started, so {@code loosen serve} and the tests each start it where they want (tests on port 0).
 *
 * <p>Every API error is an RFC 9457 problem document; every response carries the security headers; every
 * POST, PUT, PATCH and DELETE, on any path, passes the CSRF check and the body size limit first.
 */
public final class WebApp {
    static final String API = "/api/v1";
    /** The largest request body accepted: history imports and routines are far smaller. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** Jetty's worker threads, acceptors and selectors included. */
    static final int MAX_THREADS = 24;

    private WebApp() {
    }

    public static Javalin create(Catalog catalog, Routines routines, Database db, Environment env) {
        return create(catalog, routines, db, env, Clock.systemUTC());
    }

    /** The same, with "today" taken from {@code clock}. */
    public static Javalin create(Catalog catalog, Routines routines, Database db, Environment env, Clock clock) {
        WebContext web = new WebContext(catalog, routines, db, env, clock);
        var exercises = new ExerciseApi(catalog);
        var routineApi = new RoutineApi(web);
        var sessions = new SessionApi(web);
        var stats = new StatsApi(web);
        var openApi = new OpenApiDocument();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Jetty's default pool grows to 200 threads; requests here take a millisecond or two, and each
            // idle thread costs memory. Enough for 64 busy connections and more instances behind a balancer.
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                // Revalidated on each use (a cheap 304 by ETag), so a new version shows up at once.
                files.headers = java.util.Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(SecurityHeaders::add);
            config.routes.before(RequestGuard::check);
            Problems.install(config.routes);
            exercises.register(config.routes);
            new FigureApi(catalog).register(config.routes);
            routineApi.register(config.routes);
            sessions.register(config.routes);
            stats.register(config.routes);
            openApi.register(config.routes);
            new TodayPage(web).register(config.routes);
            new LibraryPages(web).register(config.routes);
            new RoutinePages(web).register(config.routes);
            new PlayerPage(web).register(config.routes);
            new HistoryPage(web).register(config.routes);
            new SettingsPage(web).register(config.routes);
            new SettingsApi(web).register(config.routes);
            new PlanApi(web).register(config.routes);
            new PlanPage(web).register(config.routes);
            new PwaFiles().register(config.routes);
            new ApiDocsPage().register(config.routes);
        });
    }
}
