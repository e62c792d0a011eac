package io.loosen.session;

import java.util.List;
import java.util.Optional;

/**
 * Plays a timeline: the one engine behind every view. It sleeps until the next deadline (the end of the
 * segment, or the next display frame) or the next command, then recomputes where the session is from the
 * clock. Deadlines come from the playback's origin, so a late wake-up delays one cue, never the rest.
 * A wake-up so late that whole segments went by (a stalled or suspended process) still announces each
 * of them, in order, so no log line or cue is lost.
 */
public final class SessionRunner {
    private final Pacer pacer;
    private final List<SessionListener> listeners;
    private final long frameNanos;
    /** The segment being played; the runner only ever enters a segment at its start. */
    private Segment current;

    /** {@code frameNanos} 0 means no frames, only segment changes (headless and plain output). */
    public SessionRunner(Pacer pacer, List<SessionListener> listeners, long frameNanos) {
        this.pacer = pacer;
        this.listeners = List.copyOf(listeners);
        this.frameNanos = frameNanos;
    }

    public Outcome run(Timeline timeline) throws InterruptedException {
        Playback playback = Playback.start(timeline, pacer.nowNanos());
        int announced = -1;
        Transition how = Transition.STARTED;
        while (true) {
            long now = pacer.nowNanos();
            Moment moment = playback.moment(now);
            Segment segment = moment.segment();
            if (how == Transition.ON_TIME) {
                for (int i = announced + 1; i <= segment.index(); i++) {
                    Segment due = timeline.get(i);
                    leave(due.startMs());
                    announce(moment.of(due), how, now - playback.deadlineNanos(due.startMs()));
                }
            } else if (segment.index() != announced || how == Transition.WENT_BACK) {
                announce(moment, how, 0);
            }
            announced = segment.index();
            if (playback.finished(now)) {
                return end(new Outcome(timeline, true, moment));
            }
            for (SessionListener l : listeners) {
                l.frame(moment);
            }
            Optional<Command> command = pacer.awaitUntil(nextDeadline(playback, segment, now));
            how = Transition.ON_TIME;
            if (command.isEmpty()) {
                continue;
            }
            now = pacer.nowNanos();
            if (command.get() != Command.TOGGLE_PAUSE) {
                leave(playback.positionNanos(now) / 1_000_000);
            }
            switch (command.get()) {
                case TOGGLE_PAUSE -> {
                    playback = playback.togglePause(now);
                    Moment changed = playback.moment(now);
                    for (SessionListener l : listeners) {
                        if (playback.paused()) {
                            l.paused(changed);
                        } else {
                            l.resumed(changed);
                        }
                    }
                }
                case NEXT -> {
                    playback = playback.next(now);
                    how = Transition.SKIPPED;
                }
                case BACK -> {
                    playback = playback.back(now);
                    how = Transition.WENT_BACK;
                }
                case QUIT -> {
                    return end(new Outcome(timeline, false, playback.moment(now)));
                }
            }
        }
    }

    private void announce(Moment moment, Transition how, long latenessNanos) {
        current = moment.segment();
        for (SessionListener l : listeners) {
            l.segmentStarted(moment, how, latenessNanos);
        }
    }

    /** Tells the views how much of the current segment was played, leaving it at {@code positionMs}. */
    private void leave(long positionMs) {
        if (current == null) {
            return;
        }
        long played = Math.max(0, Math.min(positionMs, current.endMs()) - current.startMs());
        Segment left = current;
        current = null;
        for (SessionListener l : listeners) {
            l.segmentEnded(left, played);
        }
    }

    private long nextDeadline(Playback playback, Segment segment, long now) {
        if (playback.paused()) {
            return Long.MAX_VALUE;
        }
        long segmentEnd = playback.deadlineNanos(segment.endMs());
        if (frameNanos <= 0) {
            return segmentEnd;
        }
        long position = now - playback.originNanos();
        long nextFrame = playback.originNanos() + (Math.floorDiv(position, frameNanos) + 1) * frameNanos;
        return Math.min(segmentEnd, nextFrame);
    }

    private Outcome end(Outcome outcome) {
        for (SessionListener l : listeners) {
            l.ended(outcome);
        }
        return outcome;
    }
}
