package io.loosen.cli;

import io.loosen.session.RealtimePacer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * The interactive terminal for a session: raw mode so single keys act at once, the alternate screen so
 * the player does not scroll the user's history away, and a reader thread that turns keys into commands.
 * Closing restores the terminal exactly as it was.
 */
final class TerminalSession implements AutoCloseable {
    private static final String ALTERNATE_SCREEN = "\033[?1049h\033[?25l";
    private static final String MAIN_SCREEN = "\033[?25h\033[?1049l";

    private final Terminal terminal;
    private final Attributes saved;
    private final Thread reader;
    private final Thread restoreOnExit = new Thread(this::restore, "loosen-terminal-restore");
    private volatile boolean open = true;

    private TerminalSession(Terminal terminal, RealtimePacer pacer) {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.INT, signal -> pacer.send(io.loosen.session.Command.QUIT));
        terminal.writer().print(ALTERNATE_SCREEN);
        terminal.writer().flush();
        // Killed mid-session (SIGTERM, SIGHUP), the shell must not be left in raw mode on the wrong screen.
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        this.reader = new Thread(() -> readKeys(pacer), "loosen-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /** The real terminal, or empty when there is none that can be driven (a dumb terminal). */
    static Optional<TerminalSession> open(RealtimePacer pacer) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            terminal.close();
            return Optional.empty();
        }
        return Optional.of(new TerminalSession(terminal, pacer));
    }

    PrintWriter writer() {
        return terminal.writer();
    }

    /** Whether the terminal's character set has the block characters the player draws with. */
    boolean unicode() {
        return terminal.encoding().newEncoder().canEncode("█░·→");
    }

    int width() {
        int width = terminal.getWidth();
        return width > 0 ? width : 80;
    }

    private void readKeys(RealtimePacer pacer) {
        KeyDecoder keys = new KeyDecoder();
        NonBlockingReader in = terminal.reader();
        try {
            while (open) {
                int c = in.read(100);
                if (c == NonBlockingReader.EOF) {
                    return;
                }
                if (c >= 0) {
                    keys.feed(c).ifPresent(pacer::send);
                }
            }
        } catch (IOException e) {
            // The terminal went away; the session plays on until it ends or is killed.
        }
    }

    @Override
    public void close() throws IOException {
        restore();
        Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        terminal.close();
    }

    private synchronized void restore() {
        if (!open) {
            return;
        }
        open = false;
        terminal.writer().print(MAIN_SCREEN);
        terminal.writer().flush();
        terminal.setAttributes(saved);
    }
}
