package io.loosen.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;

/**
 * A controllable clock for the runner: time moves only when the runner waits. Each wait that reaches its
 * deadline wakes up late by a random jitter (as a real, busy machine would), and scripted commands arrive
 * at set instants. Deterministic for a given seed.
 */
public final class ScriptedPacer implements Pacer {
    private final Deque<Scheduled> script = new ArrayDeque<>();
    private final Random random;
    private final long maxJitterNanos;
    private long now;

    record Scheduled(long atNanos, Command command) {
    }

    public ScriptedPacer(long seed, long maxJitterNanos) {
        this.random = new Random(seed);
        this.maxJitterNanos = maxJitterNanos;
    }

    /** Sends {@code command} at {@code atNanos}; calls must be in time order. */
    public ScriptedPacer at(long atNanos, Command command) {
        script.add(new Scheduled(atNanos, command));
        return this;
    }

    @Override
    public long nowNanos() {
        return now;
    }

    @Override
    public Optional<Command> awaitUntil(long deadlineNanos) {
        if (!script.isEmpty() && script.peek().atNanos() <= deadlineNanos) {
            Scheduled next = script.poll();
            now = Math.max(now, next.atNanos());
            return Optional.of(next.command());
        }
        if (deadlineNanos == Long.MAX_VALUE) {
            throw new IllegalStateException("paused forever: the script has no command left to resume");
        }
        long jitter = maxJitterNanos == 0 ? 0 : (long) (random.nextDouble() * maxJitterNanos);
        now = Math.max(now, deadlineNanos + jitter);
        return Optional.empty();
    }
}
