package io.loosen.session;

import java.util.Optional;

/**
 * The session's clock and inbox, the only things the runner waits on: a monotonic clock in nanoseconds,
 * and a wait that ends at a deadline or when the user sends a command, whichever comes first.
 */
public interface Pacer {

    long nowNanos();

    /** Waits until {@link #nowNanos()} reaches {@code deadlineNanos} ({@code Long.MAX_VALUE}: no deadline). */
    Optional<Command> awaitUntil(long deadlineNanos) throws InterruptedException;
}
