package io.loosen.session;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link System#nanoTime()} as the clock (optionally running {@code speed} times faster, to try a
 * routine quickly) and a queue that key readers and other inputs put commands into.
 */
public final class RealtimePacer implements Pacer {
    private final BlockingQueue<Command> inbox = new LinkedBlockingQueue<>();
    private final long startNanos = System.nanoTime();
    private final double speed;

    public RealtimePacer(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.speed = speed;
    }

    /** Hands a command to the waiting session; safe to call from any thread. */
    public void send(Command command) {
        inbox.add(command);
    }

    @Override
    public long nowNanos() {
        return (long) ((System.nanoTime() - startNanos) * speed);
    }

    @Override
    public Optional<Command> awaitUntil(long deadlineNanos) throws InterruptedException {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Optional.of(inbox.take());
        }
        long realNanos = (long) Math.ceil((deadlineNanos - nowNanos()) / speed);
        return Optional.ofNullable(realNanos <= 0 ? inbox.poll() : inbox.poll(realNanos, TimeUnit.NANOSECONDS));
    }
}
