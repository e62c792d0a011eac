package io.loosen.cli;

import static io.loosen.cli.CliErrorsTest.assertUsageError;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.figure.FigureSvgTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loosen show ID --svg FILE} writes the exercise's animated figure. */
class ShowSvgTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    @Test
    void writesTheAnimatedFigureAndSaysWhere() throws Exception {
        Path file = home.resolve("twist.svg");
        CliRun.Result result = loosen.run("show", "spine-twist", "--svg", file.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.out().strip()).isEqualTo("Wrote the figure of Spine Twist (4 steps, left side) to " + file + ".");
        String svg = Files.readString(file);
        assertThat(FigureSvgTest.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains("repeatCount=\"indefinite\"", "Figure showing Spine Twist, left side");
        assertThat(svg.length()).isLessThan(FigureSvgTest.MAX_BYTES);
    }

    @Test
    void overwritesAnEarlierFile() throws Exception {
        Path file = Files.writeString(home.resolve("old.svg"), "old");
        assertThat(loosen.run("show", "kneeling-cat-back-stretch", "--svg", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("<svg ");
    }

    @Test
    void aFolderThatDoesNotExistIsOneSentence() {
        Path file = home.resolve("no/such/folder/twist.svg");
        CliRun.Result result = loosen.run("show", "spine-twist", "--svg", file.toString());

        assertUsageError(result);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("loosen: --svg " + file
                + " cannot be written: the folder " + file.getParent() + " does not exist.");
    }

    @Test
    void aFolderGivenAsTheFileIsOneSentence() {
        CliRun.Result result = loosen.run("show", "spine-twist", "--svg", home.toString());

        assertUsageError(result);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("loosen: --svg " + home
                + " is a folder; give a file name.");
    }

    @Test
    void anUnknownExerciseWritesNothing() {
        Path file = home.resolve("x.svg");
        CliRun.Result result = loosen.run("show", "spine-twst", "--svg", file.toString());

        assertUsageError(result);
        assertThat(result.errLines()).singleElement().asString().contains("did you mean 'spine-twist'");
        assertThat(file).doesNotExist();
    }
}
