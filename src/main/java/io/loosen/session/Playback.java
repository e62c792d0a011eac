package io.loosen.session;

/**
 * Where a session is, as a value: the timeline and the instant (on a monotonic clock, in nanoseconds)
 * at which its position zero was, or would have been given the pauses and skips since. The position is
 * always computed from the clock, never by adding up waits, so late wake-ups cannot accumulate drift.
 * Every operation takes the current clock reading and returns a new playback.
 */
public record Playback(Timeline timeline, long originNanos, boolean paused, long pausedAtNanos) {

    /** Going back within this much of a segment's start goes to the segment before it. */
    static final long BACK_GRACE_NANOS = 2_000_000_000L;

    public static Playback start(Timeline timeline, long nowNanos) {
        return new Playback(timeline, nowNanos, false, 0);
    }

    /** Nanoseconds into the timeline, between 0 and its total. */
    public long positionNanos(long nowNanos) {
        long position = paused ? pausedAtNanos : nowNanos - originNanos;
        return Math.max(0, Math.min(position, totalNanos()));
    }

    public Segment segment(long nowNanos) {
        return timeline.at(positionNanos(nowNanos) / 1_000_000);
    }

    public boolean finished(long nowNanos) {
        return positionNanos(nowNanos) >= totalNanos();
    }

    /** The clock reading at which timeline offset {@code offsetMs} plays (meaningful while running). */
    public long deadlineNanos(long offsetMs) {
        return originNanos + offsetMs * 1_000_000;
    }

    public Playback pause(long nowNanos) {
        return paused ? this : new Playback(timeline, originNanos, true, positionNanos(nowNanos));
    }

    public Playback resume(long nowNanos) {
        return paused ? new Playback(timeline, nowNanos - pausedAtNanos, false, 0) : this;
    }

    public Playback togglePause(long nowNanos) {
        return paused ? resume(nowNanos) : pause(nowNanos);
    }

    /** Jumps to the start of the next segment (or the end). */
    public Playback next(long nowNanos) {
        return seek(segment(nowNanos).endMs() * 1_000_000, nowNanos);
    }

    /** Restarts the current segment, or goes to the previous one when just into this one. */
    public Playback back(long nowNanos) {
        Segment current = segment(nowNanos);
        long into = positionNanos(nowNanos) - current.startMs() * 1_000_000;
        Segment target = into < BACK_GRACE_NANOS && current.index() > 0 ? timeline.get(current.index() - 1) : current;
        return seek(target.startMs() * 1_000_000, nowNanos);
    }

    public Playback seek(long positionNanos, long nowNanos) {
        long clamped = Math.max(0, Math.min(positionNanos, totalNanos()));
        return paused ? new Playback(timeline, originNanos, true, clamped)
                : new Playback(timeline, nowNanos - clamped, false, 0);
    }

    /** A snapshot for views: what plays now, how far in, how much is left. */
    public Moment moment(long nowNanos) {
        long position = positionNanos(nowNanos);
        Segment segment = timeline.at(position / 1_000_000);
        return new Moment(segment, timeline.next(segment.index()), position / 1_000_000, timeline.totalMs(), paused);
    }

    private long totalNanos() {
        return timeline.totalMs() * 1_000_000;
    }
}
