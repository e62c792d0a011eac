package io.loosen.cli;

import io.loosen.system.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real {@code loosen} command line in-process, as {@code main} would, but in a home folder of
 * the test's own and with everything it prints captured: exit code, standard output, standard error.
 */
final class CliRun {
    private final Path home;
    private final Map<String, String> variables;

    private CliRun(Path home, Map<String, String> variables) {
        this.home = home;
        this.variables = Map.copyOf(variables);
    }

    /** A user whose home, config and data folders all live under {@code home}. */
    static CliRun in(Path home) {
        return new CliRun(home, Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString()));
    }

    /** The same user with one more environment variable (e.g. {@code PATH}). */
    CliRun with(String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.put(name, value);
        return new CliRun(home, changed);
    }

    /** Where this user's own exercise files go: {@code $XDG_CONFIG_HOME/loosen/exercises}. */
    Path userExercises() {
        return environment().userExercisesDir();
    }

    Environment environment() {
        return Environment.of(home, variables);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = LoosenCommand.run(environment(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** What one run of the command did. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
