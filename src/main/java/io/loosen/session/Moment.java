package io.loosen.session;

/** What a view needs to draw one frame: the segment playing, what comes next, and the position. */
public record Moment(Segment segment, Segment nextUp, long positionMs, long totalMs, boolean paused) {

    /** The same instant, seen from another segment (one that was passed while the process slept). */
    public Moment of(Segment passed) {
        return new Moment(passed, nextUp, positionMs, totalMs, paused);
    }

    public long segmentElapsedMs() {
        return Math.max(0, Math.min(segment.durationMs(), positionMs - segment.startMs()));
    }

    public long segmentRemainingMs() {
        return segment.durationMs() - segmentElapsedMs();
    }

    /** Whole seconds left in the segment, rounded up, as a countdown shows them. */
    public long segmentRemainingSeconds() {
        return (segmentRemainingMs() + 999) / 1000;
    }

    public double segmentFraction() {
        return segment.durationMs() == 0 ? 1 : (double) segmentElapsedMs() / segment.durationMs();
    }

    public double sessionFraction() {
        return totalMs == 0 ? 1 : (double) positionMs / totalMs;
    }
}
