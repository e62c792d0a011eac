package io.loosen.session;

import java.util.ArrayList;
import java.util.List;

/** Remembers everything the runner told its views, with the clock reading at each call. */
final class Recorder implements SessionListener {
    private final Pacer pacer;
    final List<Started> started = new ArrayList<>();
    final List<Moment> frames = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<String> played = new ArrayList<>();
    Outcome outcome;

    record Started(Segment segment, Transition how, long latenessNanos, long atNanos) {
    }

    Recorder(Pacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
        started.add(new Started(moment.segment(), how, latenessNanos, pacer.nowNanos()));
    }

    @Override
    public void segmentEnded(Segment segment, long playedMs) {
        played.add(segment.index() + ":" + playedMs);
    }

    @Override
    public void frame(Moment moment) {
        frames.add(moment);
    }

    @Override
    public void paused(Moment moment) {
        events.add("paused at " + moment.positionMs());
    }

    @Override
    public void resumed(Moment moment) {
        events.add("resumed at " + moment.positionMs());
    }

    @Override
    public void ended(Outcome outcome) {
        this.outcome = outcome;
    }
}
