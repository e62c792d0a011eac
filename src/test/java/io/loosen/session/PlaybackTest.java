package io.loosen.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackTest {
    private static final long S = 1_000_000_000L;
    private final Timeline timeline = Timelines.evenly(3, 10); // 0–10, 10–20, 20–30 s, done at 30

    @Test
    void positionFollowsTheClockFromTheOrigin() {
        Playback p = Playback.start(timeline, 100 * S);
        assertThat(p.positionNanos(112 * S)).isEqualTo(12 * S);
        assertThat(p.segment(112 * S).index()).isEqualTo(1);
        assertThat(p.deadlineNanos(20_000)).isEqualTo(120 * S);
    }

    @Test
    void positionIsClampedToTheTimeline() {
        Playback p = Playback.start(timeline, 100 * S);
        assertThat(p.positionNanos(50 * S)).isZero();
        assertThat(p.positionNanos(500 * S)).isEqualTo(30 * S);
        assertThat(p.finished(130 * S)).isTrue();
        assertThat(p.segment(500 * S).kind()).isEqualTo(SegmentKind.DONE);
    }

    @Test
    void pausingHoldsThePositionAndResumingMovesTheOrigin() {
        Playback paused = Playback.start(timeline, 0).pause(4 * S);
        assertThat(paused.positionNanos(60 * S)).isEqualTo(4 * S);
        Playback resumed = paused.resume(60 * S);
        assertThat(resumed.positionNanos(61 * S)).isEqualTo(5 * S);
        assertThat(resumed.deadlineNanos(10_000)).isEqualTo(66 * S);
    }

    @Test
    void pauseAndResumeAreIdempotent() {
        Playback p = Playback.start(timeline, 0);
        assertThat(p.resume(3 * S)).isSameAs(p);
        Playback paused = p.pause(3 * S);
        assertThat(paused.pause(9 * S)).isSameAs(paused);
        assertThat(p.togglePause(3 * S).togglePause(5 * S).positionNanos(5 * S)).isEqualTo(3 * S);
    }

    @Test
    void nextJumpsToTheStartOfTheFollowingSegment() {
        Playback p = Playback.start(timeline, 0).next(3 * S);
        assertThat(p.positionNanos(3 * S)).isEqualTo(10 * S);
        assertThat(p.next(3 * S).next(3 * S).finished(3 * S)).isTrue();
    }

    @Test
    void backRestartsTheCurrentSegmentOrGoesToThePreviousOneNearItsStart() {
        Playback p = Playback.start(timeline, 0);
        assertThat(p.back(15 * S).positionNanos(15 * S)).isEqualTo(10 * S);
        assertThat(p.back(11 * S).positionNanos(11 * S)).isZero();
        assertThat(p.back(1 * S).positionNanos(1 * S)).isZero();
    }

    @Test
    void seekingWhilePausedStaysPaused() {
        Playback p = Playback.start(timeline, 0).pause(2 * S).next(2 * S);
        assertThat(p.paused()).isTrue();
        assertThat(p.positionNanos(99 * S)).isEqualTo(10 * S);
    }

    @Test
    void momentReportsRemainingTimeRoundedUpAsACountdownShowsIt() {
        Moment m = Playback.start(timeline, 0).moment(12_300_000_000L);
        assertThat(m.segment().index()).isEqualTo(1);
        assertThat(m.segmentElapsedMs()).isEqualTo(2_300);
        assertThat(m.segmentRemainingSeconds()).isEqualTo(8);
        assertThat(m.nextUp().index()).isEqualTo(2);
        assertThat(m.sessionFraction()).isBetween(0.40, 0.42);
    }
}
