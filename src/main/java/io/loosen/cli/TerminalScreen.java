package io.loosen.cli;

import io.loosen.session.Moment;
import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one frame of the terminal player as lines of text: the exercise, the current step, a large
 * countdown, progress bars for the segment and the session, and what comes next. Pure, so every frame
 * can be checked in tests without a terminal.
 */
final class TerminalScreen {
    static final String KEYS = "space pause · n/→ next · p/← back · q quit";
    static final String NARROW_KEYS = "space pause · n next · p back · q quit";
    static final String FREE_HOLD_HINT = "Hold as long as you like; n moves on.";
    private static final String BOLD = "\033[1m";
    private static final String DIM = "\033[2m";
    private static final String RESET = "\033[0m";

    private final Timeline timeline;
    private final boolean styled;
    private final boolean unicode;

    TerminalScreen(Timeline timeline, boolean styled) {
        this(timeline, styled, true);
    }

    /** {@code unicode} false draws with ASCII only, for terminals whose encoding has no block characters. */
    TerminalScreen(Timeline timeline, boolean styled, boolean unicode) {
        this.timeline = timeline;
        this.styled = styled;
        this.unicode = unicode;
    }

    List<String> render(Moment m, int width) {
        int w = Math.max(40, width) - 2;
        Segment s = m.segment();
        List<String> lines = new ArrayList<>();
        String right = s.exercise() > 0 ? "exercise " + s.exercise() + " of " + timeline.exercises() : "";
        String left = Text.cut("Loosen · " + timeline.routineName(), Math.max(10, w - right.length() - 1));
        lines.add(" " + Text.pad(left, w - right.length()) + right);
        lines.add("");
        String title = s.kind() == SegmentKind.REST || s.exerciseName() == null ? s.label()
                : s.exerciseName().toUpperCase() + (s.side() == Side.NONE ? "" : " · " + s.side().slug() + " side");
        lines.add(" " + style(BOLD, Text.cut(title, w)));
        lines.add(" " + (s.kind() == SegmentKind.REST ? "" : s.label()));
        lines.add("");
        if (m.paused()) {
            lines.add(" " + style(BOLD, "PAUSED") + " · press space to resume");
        } else if (s.label().contains("as long as you like")) {
            lines.add(" " + FREE_HOLD_HINT);
        } else {
            lines.add("");
        }
        String count = s.kind() == SegmentKind.DONE ? "0" : Long.toString(m.segmentRemainingSeconds());
        List<String> digits = BigDigits.render(count.length() > 2 ? Text.clock(m.segmentRemainingMs() + 999) : count,
                unicode ? "██" : "##");
        String indent = " ".repeat(Math.max(1, Math.min(4, w + 1 - digits.get(0).length())));
        digits.forEach(row -> lines.add(indent + row));
        lines.add("");
        List<String> text = Text.wrap(s.text(), w - 1);
        for (int i = 0; i < 4; i++) {
            lines.add(i < text.size() ? " " + (i == 3 && text.size() > 4 ? Text.cut(text.get(i) + " …", w - 1)
                    : text.get(i)) : "");
        }
        lines.add("");
        int barWidth = Math.max(10, w - 30);
        lines.add(" " + Text.pad("this step", 10) + bar(m.segmentFraction(), barWidth) + "  "
                + Text.duration(m.segmentRemainingSeconds() * 1000) + " left");
        lines.add(" " + Text.pad("session", 10) + bar(m.sessionFraction(), barWidth) + "  "
                + Text.clock(m.positionMs()) + " / " + Text.clock(m.totalMs()));
        lines.add(" " + Text.cut("Next: " + nextUp(m), w - 1));
        lines.add("");
        lines.add(" " + style(DIM, w >= KEYS.length() ? KEYS : NARROW_KEYS));
        return unicode ? lines : lines.stream().map(Text::ascii).toList();
    }

    private String bar(double fraction, int width) {
        return unicode ? Text.bar(fraction, width) : Text.bar(fraction, width, "#", ".");
    }

    private static String nextUp(Moment m) {
        Segment next = m.nextUp();
        if (next.index() == m.segment().index() || next.kind() == SegmentKind.DONE) {
            return "the end — well done";
        }
        Segment now = m.segment();
        boolean sameExercise = now.kind() != SegmentKind.REST && next.side() == now.side()
                && next.exerciseName() != null && next.exerciseName().equals(now.exerciseName());
        String who = next.exerciseName() == null || next.kind() == SegmentKind.REST || sameExercise
                ? "" : next.exerciseName() + (next.side() == Side.NONE ? "" : ", " + next.side().slug()) + " · ";
        return who + next.label() + " (" + Text.duration(next.durationMs()) + ")";
    }

    private String style(String code, String text) {
        return styled ? code + text + RESET : text;
    }
}
