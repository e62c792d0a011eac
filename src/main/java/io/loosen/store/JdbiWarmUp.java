package io.loosen.store;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JDBI's first statement in a process registers a Java Flight Recorder event, which starts JFR's own
 * machinery: 60 ms of work on a small machine, a sixth of opening the database and reading from it for
 * the first time (BENCHMARKS.md, "Web app: start-up"). It is done on a thread of its own while the
 * database opens, so the first statement finds it done. If the class is ever renamed, nothing breaks: the
 * first statement does the work, as before.
 */
final class JdbiWarmUp {
    private static final String JFR_SUPPORT = "org.jdbi.v3.core.statement.internal.JfrSupport";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private JdbiWarmUp() {
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(JdbiWarmUp::initialise, "loosen-warm-jdbi");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialise() {
        try {
            Class.forName(JFR_SUPPORT, true, JdbiWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // JDBI changed: its first statement does this itself
        }
    }
}
