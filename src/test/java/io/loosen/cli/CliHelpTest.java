package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and shell completion: they work for every command and never touch the user's files. */
class CliHelpTest {
    @TempDir
    Path home;
    CliRun loosen;

    /** A broken file of the user's own: any command that loaded the catalog would report it on err. */
    @BeforeEach
    void userWithABrokenExerciseFile() throws Exception {
        loosen = CliRun.in(home);
        Files.createDirectories(loosen.userExercises());
        Files.writeString(loosen.userExercises().resolve("broken.yaml"), "id: [unclosed");
    }

    CliRun.Result ok(String... args) {
        CliRun.Result result = loosen.run(args);
        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).as("%s", result).isEmpty();
        return result;
    }

    @ParameterizedTest(name = "loosen {0} --help")
    @ValueSource(strings = {"", "exercises", "show", "routines", "timeline", "session", "generate-completion",
        "help"})
    void everyCommandHasHelp(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

        assertThat(ok(args).out()).contains("Usage: loosen" + (command.isEmpty() ? "" : " " + command) + " [");
    }

    @Test
    void theBrokenFileIsReportedOnceTheCatalogLoads() {
        assertThat(loosen.run("routines").err()).startsWith("loosen: skipped ");
    }

    @Test
    void rootHelpNamesTheCommandsButHidesCompletion() {
        assertThat(ok("--help").out()).contains("exercises", "show", "routines", "timeline", "session")
                .doesNotContain("generate-completion");
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        assertThat(ok("help", "session").out()).startsWith("Usage: loosen session").contains("--speed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsTheVersion(String option) {
        assertThat(ok(option).out()).startsWith("loosen ").hasLineCount(1);
    }

    @Test
    void generatesABashCompletionScript() {
        String script = ok("generate-completion").out();

        assertThat(script).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_loosen", "exercises", "session", "--place");
    }

    @Test
    void aNamedCommandIsBuiltAloneAndAnythingElseWithEveryCommand() {
        assertThat(subcommands()).isEmpty(); // no arguments: the web app, run by the root command itself
        assertThat(subcommands("serve", "--port", "0")).containsExactly("serve");
        assertThat(subcommands("session", "--help")).containsExactly("session");
        assertThat(subcommands("catalog", "import")).containsExactly("catalog");
        for (String[] args : new String[][] {{"--db", "x.db", "serve"}, {"help", "serve"}, {"generate-completion"},
            {"sesion"}, {"--help"}}) {
            assertThat(subcommands(args)).as(String.join(" ", args)).hasSize(17).contains("serve", "help");
        }
    }

    @Test
    void aMistypedCommandIsNamedWithWhereToLook() {
        CliRun.Result result = loosen.run("sesion");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(String.format("loosen: Unmatched argument at index 0: 'sesion'%n"
                + "See 'loosen --help'.%n"));
    }

    private java.util.Set<String> subcommands(String... args) {
        return LoosenCommand.forArguments(new LoosenCommand(loosen.environment()), args).getSubcommands().keySet();
    }
}
