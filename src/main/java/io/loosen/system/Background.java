package io.loosen.system;

import java.util.concurrent.Executor;

/** Work done ahead, while something else goes on, that nobody waits for if it turns out not to be needed. */
public final class Background {
    private Background() {
    }

    /**
     * Runs each task on a new daemon thread of that name: a one-off at start-up, so no pool is kept, and
     * the process never waits for it to end.
     */
    public static Executor thread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
