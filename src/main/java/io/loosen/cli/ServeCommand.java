package io.loosen.cli;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.javalin.Javalin;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.TimeZones;
import io.loosen.system.UserError;
import io.loosen.web.WebApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen serve}: the web app, on this computer only unless told otherwise, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Loosen's web app and JSON API (/api/v1) until you press Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    /** How long after the server is up its reminder jobs start. */
    private static final Duration REMINDERS_AFTER = Duration.ofSeconds(2);

    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address to listen on (default 127.0.0.1: this computer only; or LOOSEN_HOST).")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The port to listen on (default 7070, or LOOSEN_PORT; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        // Containers and service managers configure through the environment; an option still wins.
        String host = this.host != null ? this.host : root.env().getOrDefault("LOOSEN_HOST", "127.0.0.1");
        int port = this.port != null ? this.port : portFromEnvironment();
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + " is not a port number; use 1–65535, or 0 for any free port.");
        }
        // Opening the database, reading the catalog and starting the server each take about a third of the
        // start: they overlap, and the server waits for the other two only where a request needs them
        // (BENCHMARKS.md, "Web app: start-up").
        CompletableFuture<Database> opening = inBackground("loosen-open-database", root::openDatabase);
        CompletableFuture<Library> loading = inBackground("loosen-load-catalog", root::files);
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin app = WebApp.create(loading.thenApply(Library::catalog), loading.thenApply(Library::routines),
                opening, root.env(), Clock.systemUTC());
        Database db;
        try {
            try {
                app.start(host, port);
            } catch (RuntimeException e) {
                throw new UserError("Could not listen on " + host + ":" + port + " (" + reason(e) + ").");
            }
            await(loading);
            db = await(opening);
        } catch (RuntimeException e) {
            app.stop();
            opening.thenAccept(Database::close);
            throw e;
        }
        try (db) {
            // The reminder jobs start on their own thread a moment later, so their start does not compete
            // with the server's on a small machine; reminders are due by the minute, so none is late for it.
            ReminderJobs reminders = new ReminderJobs();
            CompletableFuture.runAsync(() -> reminders.start(db),
                    CompletableFuture.delayedExecutor(REMINDERS_AFTER.toMillis(), TimeUnit.MILLISECONDS,
                            ownThread("loosen-start-reminders"))).exceptionally(e -> {
                spec.commandLine().getErr().println("loosen: reminders could not start (" + reason(e) + ").");
                return null;
            });
            // Ctrl-C runs the hook, which wakes this thread, whose own clean-up must not stop them again.
            AtomicBoolean down = new AtomicBoolean();
            Runnable stopServing = () -> {
                if (down.compareAndSet(false, true)) {
                    app.stop();
                    reminders.stop();
                }
            };
            Thread hook = new Thread(() -> {
                stopServing.run();
                db.close();
                stopped.countDown();
            }, "loosen-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Loosen is running at " + url(host, app.port()));
            out.println("Press Ctrl-C to stop.");
            out.flush();
            boolean interrupted = false;
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true; // stopped in-process (tests): shut down as Ctrl-C would
            } finally {
                removeHook(hook);
                stopServing.run(); // Jetty cannot stop on an interrupted thread, so the flag is restored after
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCode.OK;
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, ownThread(name));
    }

    /** Runs each task on a new thread of that name (a one-off at start-up, so no pool is kept). */
    private static Executor ownThread(String name) {
        return task -> new Thread(task, name).start();
    }

    /** The result once there, or the reason it could not be had, as if it had been worked out here. */
    private static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * This server's reminder jobs, started a moment after it. Stopping the server before that means they
     * never start, so Ctrl-C right after the start does not wait for them to start only to stop them.
     */
    private final class ReminderJobs {
        private Scheduler running;
        private boolean stopped;

        synchronized void start(Database db) {
            if (!stopped) {
                running = startReminders(db);
            }
        }

        synchronized void stop() {
            stopped = true;
            if (running != null) {
                running.stop();
                running = null;
            }
        }
    }

    /**
     * Runs the reminder jobs in this server: with several servers on one PostgreSQL database each due
     * reminder is claimed by one of them. What they send, the open app shows (GET /api/v1/reminders/due).
     */
    private Scheduler startReminders(Database db) {
        Supplier<ZoneId> zone = () -> db.settings().load().zoneOr(TimeZones.current(root.env()));
        db.reminderJobs().ensureAll(zone.get(), Instant.now());
        String name = "loosen-" + ProcessHandle.current().pid() + "@" + hostName();
        return db.reminderJobs().start(name, zone, Duration.ofSeconds(1), 2, due -> { });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private int portFromEnvironment() {
        String value = root.env().getOrDefault("LOOSEN_PORT", "7070");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UserError("LOOSEN_PORT '" + io.loosen.system.Fields.show(value)
                    + "' is not a port number; use 1–65535, or 0 for any free port.");
        }
    }

    static String url(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it stops the app itself
        }
    }
}
