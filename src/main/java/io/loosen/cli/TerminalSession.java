package io.loosen.cli;

import io.loosen.session.RealtimePacer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
    private static final int END_OF_INPUT = -1;

    private final Terminal terminal;
    private final Attributes saved;
    private final Thread reader;
    private final Thread restoreOnExit = new Thread(this::restore, "loosen-terminal-restore");
    private volatile boolean open = true;
    /** After the player: typed characters go here, for the questions, instead of becoming commands. */
    private final BlockingQueue<Integer> typed = new LinkedBlockingQueue<>();
    private volatile boolean lineMode;
    private boolean onPlayerScreen = true;

    private TerminalSession(Terminal terminal, RealtimePacer pacer) {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.INT, signal -> {
            if (lineMode) {
                typed.add(END_OF_INPUT); // Ctrl-C at a question skips it
            } else {
                pacer.send(io.loosen.session.Command.QUIT);
            }
        });
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

    /**
     * Leaves the player for ordinary line input: back to the main screen and the terminal's own echo and
     * line editing. The same reader keeps reading, so no keystroke typed after the session is lost to
     * a reader that is still waiting on the terminal (which a second reader, like the console, would be).
     */
    synchronized void endPlayer() {
        leavePlayerScreen();
        terminal.setAttributes(saved);
        lineMode = true;
    }

    /** Shows {@code prompt} and returns the line typed, or null at the end of input or on Ctrl-C. */
    String readLine(String prompt) {
        terminal.writer().print(prompt);
        terminal.writer().flush();
        StringBuilder line = new StringBuilder();
        try {
            while (true) {
                int c = typed.take();
                if (c == END_OF_INPUT) {
                    terminal.writer().println();
                    terminal.writer().flush();
                    return null;
                }
                if (c == '\n' || c == '\r') {
                    return line.toString();
                }
                line.append((char) c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
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
                    typed.add(END_OF_INPUT);
                    return;
                }
                if (c >= 0 && lineMode) {
                    typed.add(c);
                } else if (c >= 0) {
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
        leavePlayerScreen();
        terminal.setAttributes(saved);
    }

    private void leavePlayerScreen() {
        if (onPlayerScreen) {
            onPlayerScreen = false;
            terminal.writer().print(MAIN_SCREEN);
            terminal.writer().flush();
        }
    }
}
