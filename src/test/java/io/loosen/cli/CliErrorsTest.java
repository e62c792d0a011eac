package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the command line says when the user gets something wrong: one plain sentence on standard error,
 * exit code 2, never a stack trace; and a broken file of the user's own skipped, not fatal.
 */
@Timeout(30)
class CliErrorsTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    static void assertUsageError(CliRun.Result result) {
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.out()).as("%s", result).isEmpty();
        assertThat(result.err()).as("%s", result).startsWith("loosen: ").doesNotContain("at io.loosen", "Exception");
    }

    @Nested
    class UnknownIds {
        @ParameterizedTest(name = "loosen {0} → did you mean ''{1}''")
        @CsvSource({"show spine-twst, spine-twist", "timeline dialy, daily", "session dayly, daily",
            "timeline spine-twst, spine-twist", "session desk-brake, desk-break", "show egyptan, egyptian-back-stretch",
            "show --json pull-up-bar, pull-up-bar-hang"})
        void namesTheClosestIdOnOneLine(String command, String closest) {
            CliRun.Result result = loosen.run(command.split(" "));

            assertUsageError(result);
            assertThat(result.errLines()).singleElement().asString()
                    .contains("did you mean '" + closest + "'")
                    .contains("'" + command.substring(command.lastIndexOf(' ') + 1) + "'");
        }

        @Test
        void pointsToTheListWhenNothingIsClose() {
            CliRun.Result result = loosen.run("show", "zzzzzzzz");

            assertUsageError(result);
            assertThat(result.errLines()).singleElement().asString()
                    .isEqualTo("loosen: There is no exercise 'zzzzzzzz'; 'loosen exercises' lists them all.");
        }
    }

    @Nested
    class BadOptionValues {
        /** The session ones end in {@code --speed 1000}, so a value wrongly accepted cannot play for minutes. */
        @ParameterizedTest(name = "loosen {0}")
        @CsvSource(delimiter = '|', value = {
            "exercises --place moon | --place | moon",
            "exercises --equipment rope | --equipment | rope",
            "exercises --position upside-down | --position | upside-down",
            "session --speed 0 | --speed | 0",
            "session --speed -3 | --speed | -3",
            "session --speed 5000 | --speed | 5000",
            "session --speed fast | --speed | fast",
            "session --rest -1 --speed 1000 | --rest | -1",
            "session --rest 100000 --speed 1000 | --rest | 100000",
            "session --hold 10800 --speed 1000 | --hold | 10800",
            "session --hold abc --speed 1000 | --hold | abc",
            "session --hold spine-twist=5 --speed 1000 | --hold | spine-twist=5",
            "session --hold x=<script> --speed 1000 | --hold | x=<script>"})
        void sayInOneSentenceWhichOptionAndValueAreWrong(String command, String option, String value) {
            CliRun.Result result = loosen.run(command.split(" "));

            assertUsageError(result);
            List<String> lines = result.errLines();
            assertThat(lines.get(0)).contains(option, value).doesNotContainPattern("[.?!] +[A-Z]");
            assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("See 'loosen "));
        }

        @Test
        void aHoldOutsideAnExercisesRangeNamesTheRange() {
            CliRun.Result result = loosen.run("session", "--hold", "spine-twist=5", "--speed", "1000");

            assertThat(result.errLines()).containsExactly(
                    "loosen: --hold spine-twist=5 for the Spine Twist is 5 seconds, outside the allowed 10–120 seconds.");
        }

        @Test
        void theMessagesAreWholeSentences() {
            assertThat(loosen.run("session", "--speed", "0").errLines())
                    .containsExactly("loosen: --speed 0 is outside the allowed 0.1–1000.");
            assertThat(loosen.run("session", "--rest", "-1", "--speed", "1000").errLines())
                    .containsExactly("loosen: --rest -1 is outside the allowed 0–600 seconds.");
            assertThat(loosen.run("exercises", "--place", "moon").errLines()).containsExactly(
                    "loosen: Invalid value for option '--place': 'moon' is not one of anywhere, desk, floor, bar, "
                            + "gym, outdoors.", "See 'loosen exercises --help'.");
        }
    }

    @Nested
    class UserExerciseFiles {
        static final String GOOD = """
                id: wall-angel
                name: Wall Angel
                summary: Stand with your back to a wall and slide your arms up and down it like a snow angel.
                counters: [poor-posture]
                targets: [upper-back, shoulders]
                positions: [standing]
                places: [anywhere]
                equipment: [none]
                sides: none
                dose:
                  hold: {default: 20, min: 10, max: 60}
                steps:
                  - text: Stand with your back flat against a wall.
                    cue: Back to the wall
                  - text: Slide your arms up the wall and hold them there.
                    cue: Arms up the wall
                    main: true
                feel: A stretch across the chest and the upper back.
                safety:
                  - Stop straight away if you feel sharp pain.
                difficulty: easy
                """;

        Path write(String name, String content) throws Exception {
            Files.createDirectories(loosen.userExercises());
            return Files.writeString(loosen.userExercises().resolve(name), content);
        }

        @Test
        void aGoodFileAddsAnExerciseToEveryCommand() throws Exception {
            Path file = write("wall-angel.yaml", GOOD);

            CliRun.Result listed = loosen.run("exercises", "--place", "desk");
            assertThat(listed.exitCode()).as("%s", listed).isZero();
            assertThat(listed.err()).isEmpty();
            assertThat(listed.out()).contains("wall-angel", "Wall Angel");
            assertThat(loosen.run("show", "wall-angel").out()).contains("Wall Angel  (wall-angel)",
                    "From your file " + file);
            assertThat(loosen.run("timeline", "wall-angel").out()).startsWith("Wall Angel · ");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "broken.yaml | 'id: [unclosed' | not valid YAML or JSON",
            "nameless.yml | 'id: nameless' | missing required field",
            "twin.yaml | GOOD with id spine-twist | already uses",
            "upper.json | GOOD with id Wall_Angel | field 'id'"})
        void aBadFileIsSkippedWithOneLineAndTheRestStillWorks(String name, String content, String problem)
                throws Exception {
            String text = content.startsWith("GOOD with id ")
                    ? GOOD.replace("id: wall-angel", "id: " + content.substring("GOOD with id ".length())) : content;
            Path file = write(name, text);
            write("wall-angel.yaml", GOOD);

            CliRun.Result result = loosen.run("exercises");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("loosen: skipped " + file + ": ").contains(problem).doesNotContain("at io.loosen");
            assertThat(CliTest.firstColumn(result)).containsAll(CliTest.BUILT_IN_IDS).contains("wall-angel");
        }

        /** The catalog is read while the command line is parsed, but only reported by a command that uses it. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"--help", "--version", "exercises --help", "help exercises", "generate-completion"})
        void helpAndVersionSayNothingOfABadFile(String args) throws Exception {
            write("broken.yaml", "id: [unclosed");

            CliRun.Result result = loosen.run(args.split(" "));

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.err()).doesNotContain("skipped");
        }

        @Test
        void aCommandThatNeverReadsTheCatalogSaysNothingOfABadFile() throws Exception {
            write("broken.yaml", "id: [unclosed");

            CliRun.Result result = loosen.run("stats");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.err()).doesNotContain("skipped");
        }
    }
}
