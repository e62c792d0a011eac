package io.loosen.cli;

import io.loosen.session.Moment;
import io.loosen.session.Outcome;
import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.SessionListener;
import io.loosen.session.Side;
import io.loosen.session.Transition;
import java.io.PrintWriter;

/**
 * The session without a terminal (piped, in CI, in a log): one plain line per segment, nothing redrawn.
 * {@code [1:04] Spine Twist, left · Step 2 of 4 · 6 s: Bend your left knee…}
 */
final class PlainView implements SessionListener {
    private final PrintWriter out;

    PlainView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
        Segment s = moment.segment();
        if (s.kind() == SegmentKind.DONE) {
            return;
        }
        String who = s.exerciseName() == null || s.kind() == SegmentKind.REST ? ""
                : s.exerciseName() + (s.side() == Side.NONE ? "" : ", " + s.side().slug()) + " · ";
        String moved = how == Transition.SKIPPED ? " (skipped ahead)" : how == Transition.WENT_BACK ? " (back)" : "";
        line(moment, who + s.label() + " · " + Text.duration(s.durationMs()) + ": " + s.text() + moved);
    }

    @Override
    public void paused(Moment moment) {
        line(moment, "Paused.");
    }

    @Override
    public void resumed(Moment moment) {
        line(moment, "Resumed.");
    }

    @Override
    public void ended(Outcome outcome) {
        line(outcome.last(), SessionSummary.of(outcome));
    }

    private void line(Moment moment, String text) {
        out.println("[" + Text.clock(moment.positionMs()) + "] " + text);
        out.flush();
    }
}
