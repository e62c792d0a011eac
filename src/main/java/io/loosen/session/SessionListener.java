package io.loosen.session;

/**
 * A view of a playing session: the terminal screen, plain log lines, the bell, the voice. The runner
 * calls these on its own thread; every method has a default so a view implements only what it shows.
 */
public interface SessionListener {

    /** A segment began; {@code latenessNanos} is how long after its deadline (0 unless on time). */
    default void segmentStarted(Moment moment, Transition how, long latenessNanos) {
    }

    /**
     * The session left {@code segment} after playing {@code playedMs} of it (pauses excluded): all of
     * it when its time ran out, less when the user skipped, went back or quit part-way.
     */
    default void segmentEnded(Segment segment, long playedMs) {
    }

    /** A display frame: redraw countdowns and progress. */
    default void frame(Moment moment) {
    }

    default void paused(Moment moment) {
    }

    default void resumed(Moment moment) {
    }

    /** The session ended, finished or stopped by the user. */
    default void ended(Outcome outcome) {
    }
}
