package io.loosen.cli;

import io.loosen.session.Command;
import java.util.Optional;

/**
 * Turns raw terminal input, one character at a time, into player commands: space pauses and resumes,
 * n or → goes to the next segment, p or ← goes back, q or Ctrl-C quits. Arrow keys arrive as the escape
 * sequences ESC [ C / ESC [ D (or ESC O C / ESC O D in application mode). Any other escape sequence,
 * such as Shift-F2's ESC [ 1 ; 2 Q, is read to its end and ignored, so its last letter is never taken
 * for a key of its own.
 */
final class KeyDecoder {
    private static final int ESC = 27;
    private static final int CTRL_C = 3;

    private enum State { TEXT, ESCAPE, CONTROL_SEQUENCE, SINGLE_SHIFT }

    private State state = State.TEXT;
    private boolean hasParameters;

    Optional<Command> feed(int c) {
        switch (state) {
            case ESCAPE -> {
                state = c == '[' ? State.CONTROL_SEQUENCE : c == 'O' ? State.SINGLE_SHIFT : State.TEXT;
                hasParameters = false;
                return Optional.empty();
            }
            case SINGLE_SHIFT -> {
                state = State.TEXT;
                return arrow(c);
            }
            case CONTROL_SEQUENCE -> {
                if (c >= 0x20 && c <= 0x3F) {
                    hasParameters = true; // parameter and intermediate bytes: digits, ';', …
                    return Optional.empty();
                }
                state = State.TEXT;
                return hasParameters ? Optional.empty() : arrow(c);
            }
            default -> {
                return key(c);
            }
        }
    }

    private Optional<Command> key(int c) {
        return switch (c) {
            case ESC -> {
                state = State.ESCAPE;
                yield Optional.empty();
            }
            case ' ' -> Optional.of(Command.TOGGLE_PAUSE);
            case 'n', 'N' -> Optional.of(Command.NEXT);
            case 'p', 'P' -> Optional.of(Command.BACK);
            case 'q', 'Q', CTRL_C -> Optional.of(Command.QUIT);
            default -> Optional.empty();
        };
    }

    private static Optional<Command> arrow(int c) {
        return switch (c) {
            case 'C' -> Optional.of(Command.NEXT);
            case 'D' -> Optional.of(Command.BACK);
            default -> Optional.empty();
        };
    }
}
