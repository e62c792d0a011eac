package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session without a terminal, as under a pipe or in CI (the test JVM has no console): it plays at a
 * test speed and prints one plain line per segment, then the summary.
 *
 * <p>The tests that count lines play at {@code --speed 40}, where the shortest segment (5 s) still lasts
 * 125 ms: the runner announces only the segment playing when it wakes, so at {@code --speed 500} (10 ms)
 * an ordinary scheduling hiccup drops a line now and then.
 */
@Timeout(60)
class SessionPlainTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    /** The timeline the command plays, built from the same library it loads. */
    Timeline timeline(String id) {
        Library library = Library.load(loosen.environment(), new PrintWriter(Writer.nullWriter()));
        return TimelineBuilder.build(library.routineOrExercise(id), library.catalog());
    }

    static List<Segment> played(Timeline timeline) {
        return timeline.segments().stream().filter(s -> s.kind() != SegmentKind.DONE).toList();
    }

    static List<String> segmentLines(CliRun.Result result) {
        List<String> lines = result.outLines().stream().filter(l -> l.startsWith("[")).toList();
        return lines.subList(0, Math.max(0, lines.size() - 1));
    }

    @Test
    void printsOneLinePerSegmentAndEndsDone() {
        CliRun.Result result = loosen.run("session", "desk-break", "--speed", "40");
        List<Segment> segments = played(timeline("desk-break"));

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = segmentLines(result);
        assertThat(lines).as("%s", result).hasSize(segments.size());
        for (int i = 0; i < lines.size(); i++) {
            Segment s = segments.get(i);
            assertThat(lines.get(i)).as("line %d", i).containsPattern("^\\[\\d+:\\d\\d\\] ")
                    .contains(s.label() + " · " + Text.duration(s.durationMs()) + ": ");
            if (s.kind() != SegmentKind.REST) {
                assertThat(lines.get(i)).contains(s.exerciseName());
            }
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Seated Middle Back Stretch · Hold"))
                .anySatisfy(l -> assertThat(l).contains("Egyptian Back Stretch, left · Step 1 of 4"))
                .anySatisfy(l -> assertThat(l).contains("Egyptian Back Stretch, right · Hold"))
                .noneSatisfy(l -> assertThat(l).contains("{side}"));
        assertThat(result.outLines()).last().asString()
                .isEqualTo("[2:12] Done: Desk break, 2:12. Well done; see you tomorrow.");
    }

    @Test
    void playsASingleExerciseWithItsOwnHold() {
        CliRun.Result result = loosen.run("session", "spine-twist", "--speed", "40", "--hold", "spine-twist=15");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(segmentLines(result)).hasSize(played(timeline("spine-twist")).size())
                .allMatch(l -> l.contains("Spine Twist"))
                .filteredOn(l -> l.contains("· Hold ·")).hasSize(2)
                .allMatch(l -> l.contains("· 15 s: "));
        assertThat(result.outLines()).last().asString().contains("Done: Spine Twist, ");
    }

    @Test
    void voiceWithoutEspeakWarnsAndPlaysOn() throws Exception {
        Path emptyBin = Files.createDirectories(home.resolve("empty-bin"));

        CliRun.Result result = loosen.with("PATH", emptyBin.toString()).run("session", "desk-break", "--speed", "500",
                "--voice");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("loosen: --voice needs espeak-ng").contains("continuing without voice");
        assertThat(result.outLines()).last().asString().startsWith("[2:12] Done: Desk break");
    }

    /**
     * A stand-in {@code espeak-ng} that writes down what it was asked to say. Slow enough (each segment at
     * least 250 ms) that no cue is cut off by the next before the stand-in has written it.
     */
    @Test
    void voiceSpeaksEveryCueThroughEspeak() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path spoken = home.resolve("spoken.txt");
        Path espeak = Files.writeString(bin.resolve("espeak-ng"), "#!/bin/sh\n"
                + "for word in \"$@\"; do last=\"$word\"; done\n"
                + "printf '%s\\n' \"$last\" >> '" + spoken + "'\n");
        Files.setPosixFilePermissions(espeak, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun.Result result = loosen.with("PATH", bin.toString()).run("session", "spine-twist", "--voice",
                "--hold", "spine-twist=10", "--speed", "20");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).isEmpty();
        List<String> cues = timeline("spine-twist").segments().stream().map(Segment::cue).toList();
        assertThat(Files.readAllLines(spoken)).first().isEqualTo("Get ready for the Spine Twist.");
        assertThat(Files.readAllLines(spoken)).last().asString().startsWith("Well done");
        assertThat(Files.readAllLines(spoken)).containsExactlyElementsOf(cues);
    }
}
