package io.loosen.cli;

import io.loosen.session.Moment;
import io.loosen.session.SessionListener;
import io.loosen.session.Timeline;
import io.loosen.session.Transition;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Redraws the terminal player in place on every frame (on the alternate screen, so the shell's history
 * is left as it was) and rings the bell when a segment begins.
 */
final class TerminalView implements SessionListener {
    private static final String HOME = "\033[H";
    private static final String CLEAR_LINE = "\033[K";
    private static final String CLEAR_BELOW = "\033[J";

    private final PrintWriter out;
    private final TerminalScreen screen;
    private final IntSupplier width;
    private final boolean bell;

    TerminalView(PrintWriter out, Timeline timeline, IntSupplier width, boolean bell, boolean styled) {
        this(out, new TerminalScreen(timeline, styled), width, bell);
    }

    TerminalView(PrintWriter out, TerminalScreen screen, IntSupplier width, boolean bell) {
        this.out = out;
        this.screen = screen;
        this.width = width;
        this.bell = bell;
    }

    @Override
    public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
        if (bell) {
            out.print('\007');
        }
        frame(moment);
    }

    @Override
    public void frame(Moment moment) {
        List<String> lines = screen.render(moment, width.getAsInt());
        StringBuilder frame = new StringBuilder(HOME);
        for (String line : lines) {
            // Raw mode turns off the terminal's own newline translation: return the carriage ourselves.
            frame.append(line).append(CLEAR_LINE).append("\r\n");
        }
        frame.append(CLEAR_BELOW);
        out.print(frame);
        out.flush();
    }

    @Override
    public void paused(Moment moment) {
        frame(moment);
    }

    @Override
    public void resumed(Moment moment) {
        frame(moment);
    }
}
