package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.session.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw terminal input, a character at a time, becoming player commands. */
class KeyDecoderTest {
    private static final char ESC = 27;

    /** Every command the characters of {@code typed} produce, in order. */
    static List<Command> decode(String typed) {
        KeyDecoder keys = new KeyDecoder();
        List<Command> commands = new ArrayList<>();
        typed.chars().forEach(c -> keys.feed(c).ifPresent(commands::add));
        return commands;
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({"' ', TOGGLE_PAUSE", "n, NEXT", "N, NEXT", "p, BACK", "P, BACK", "q, QUIT", "Q, QUIT"})
    void singleKeys(char key, Command expected) {
        assertThat(new KeyDecoder().feed(key)).contains(expected);
    }

    @Test
    void ctrlCQuits() {
        assertThat(new KeyDecoder().feed(3)).contains(Command.QUIT);
    }

    @ParameterizedTest(name = "ESC {0}")
    @CsvSource({"[C, NEXT", "[D, BACK", "OC, NEXT", "OD, BACK"})
    void arrowKeysInNormalAndApplicationMode(String sequence, Command expected) {
        KeyDecoder keys = new KeyDecoder();

        assertThat(keys.feed(ESC)).isEmpty();
        assertThat(keys.feed(sequence.charAt(0))).isEmpty();
        assertThat(keys.feed(sequence.charAt(1))).contains(expected);
    }

    @Test
    void arrowsMixWithLetters() {
        assertThat(decode("n" + ESC + "[C p" + ESC + "[Dq"))
                .containsExactly(Command.NEXT, Command.NEXT, Command.TOGGLE_PAUSE, Command.BACK, Command.BACK,
                        Command.QUIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "a", "1", "\r", "\n", "\t", "é", "?"})
    void otherKeysAreIgnored(String key) {
        assertThat(decode(key)).isEmpty();
    }

    @Test
    void upAndDownArrowsAreIgnored() {
        assertThat(decode(ESC + "[A" + ESC + "[B" + ESC + "OA")).isEmpty();
    }

    @ParameterizedTest(name = "ESC {0} then n")
    @ValueSource(strings = {"x", "[Z", "[5~", "O", "[", "Ox"})
    void recoversAfterAnEscapeFollowedByGarbage(String garbage) {
        KeyDecoder keys = new KeyDecoder();
        List<Optional<Command>> results = new ArrayList<>();
        (ESC + garbage + "xn").chars().forEach(c -> results.add(keys.feed(c)));

        assertThat(results.subList(0, results.size() - 1)).allMatch(Optional::isEmpty);
        assertThat(results.get(results.size() - 1)).contains(Command.NEXT);
    }

    @Test
    void recoversAfterAnEscapeAndKeepsWorking() {
        assertThat(decode(ESC + "zz n" + ESC + "[Zq")).containsExactly(Command.TOGGLE_PAUSE, Command.NEXT,
                Command.QUIT);
    }

    /** xterm sends Shift-F1 as ESC [ 1 ; 2 P and Shift-F2 as ESC [ 1 ; 2 Q, Ctrl-→ as ESC [ 1 ; 5 C. */
    @ParameterizedTest(name = "ESC {0} is one key")
    @ValueSource(strings = {"[1;2P", "[1;2Q", "[1;5D", "[2;5~"})
    void sequencesWithParametersAreConsumedWhole(String sequence) {
        assertThat(decode(ESC + sequence)).isEmpty();
    }
}
