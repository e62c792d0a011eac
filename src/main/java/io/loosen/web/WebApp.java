package io.loosen.web;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import io.javalin.json.JavalinJackson;
import io.loosen.catalog.Catalog;
import io.loosen.routine.Routines;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import static java.util.concurrent.CompletableFuture.completedFuture;

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
    static final int MAX_THREADS = 10;
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private WebApp() {
    }

    public static Javalin create(Catalog catalog, Routines routines, Database db, Environment env) {
        return create(catalog, routines, db, env, Clock.systemUTC());
    }

    /** The same, with "today" taken from {@code clock}. */
    public static Javalin create(Catalog catalog, Routines routines, Database db, Environment env, Clock clock) {
        return create(completedFuture(catalog), completedFuture(routines), completedFuture(db), env, clock);
    }

    /**
     * The same over a catalog, routines and database still being loaded on other threads, so that building
     * and starting the server overlaps with them; a request that needs one waits until it is there.
     */
    public static Javalin create(CompletableFuture<Catalog> catalog, CompletableFuture<Routines> routines,
                                 CompletableFuture<Database> db, Environment env, Clock clock) {
        // Jetty sizes its lock-free queues from the JVM's reference size, which it otherwise asks the JMX
        // server for: starting JMX for that one answer took a tenth of every start. With compressed
        // references (any heap under 32 GB), 16 fit a 64-byte cache line.
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        WebContext web = new WebContext(catalog, routines, db, env, clock);
        var exercises = new ExerciseApi(web);
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
            // thread costs memory. Ten serve 64 busy connections on two cores as fast as 24 did, with a
            // shorter tail and less memory (BENCHMARKS.md); more instances go behind a balancer.
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
            config.http.prefer405over404 = true;
            var routes = new RoutesWithHead(config.routes);
            routes.before(SecurityHeaders::add);
            routes.before(RequestGuard::check);
            Problems.install(routes);
            exercises.register(routes);
            new FigureApi(web).register(routes);
            new FigureEditorApi().register(routes);
            routineApi.register(routes);
            new ImportApi(web).register(routes);
            sessions.register(routes);
            stats.register(routes);
            openApi.register(routes);
            new TodayPage(web).register(routes);
            new ExerciseEditPages(web).register(routes);
            new LibraryPages(web).register(routes);
            new RoutinePages(web).register(routes);
            new PlayerPage(web).register(routes);
            new HistoryPage(web).register(routes);
            new SettingsPage(web).register(routes);
            new SettingsApi(web).register(routes);
            new PlanApi(web).register(routes);
            new PlanPage(web).register(routes);
            new StaticFiles().register(routes);
            new ApiDocsPage().register(routes);
            new ReminderApi(web).register(routes);
            new CalendarFeed(web).register(routes);
        });
    }
}
