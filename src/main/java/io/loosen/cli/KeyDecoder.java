package io.loosen.cli;

import io.loosen.session.Command;
import java.util.Optional;

/**
 * Turns raw terminal input, one character at a time, into player commands: space pauses and resumes,
 * n or → goes to the next segment, p or ← goes back, q or Ctrl-C quits. Arrow keys arrive as the escape
 * sequences ESC [ C / ESC [ D (or ESC O C / ESC O D in application mode).
 */
final class KeyDecoder {
    private static final int ESC = 27;
    private static final int CTRL_C = 3;

    private int pending; // 0, ESC, or '[' after ESC

    Optional<Command> feed(int c) {
        if (pending == ESC) {
            pending = c == '[' || c == 'O' ? '[' : 0;
            return Optional.empty();
        }
        if (pending == '[') {
            pending = 0;
            return switch (c) {
                case 'C' -> Optional.of(Command.NEXT);
                case 'D' -> Optional.of(Command.BACK);
                default -> Optional.empty();
            };
        }
        return switch (c) {
            case ESC -> {
                pending = ESC;
                yield Optional.empty();
            }
            case ' ' -> Optional.of(Command.TOGGLE_PAUSE);
            case 'n', 'N' -> Optional.of(Command.NEXT);
            case 'p', 'P' -> Optional.of(Command.BACK);
            case 'q', 'Q', CTRL_C -> Optional.of(Command.QUIT);
            default -> Optional.empty();
        };
    }
}
