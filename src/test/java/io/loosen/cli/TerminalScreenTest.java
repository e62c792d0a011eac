package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.routine.Routine;
import io.loosen.session.Moment;
import io.loosen.session.Playback;
import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.Environment;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One frame of the terminal player, drawn from real timelines at chosen moments. */
class TerminalScreenTest {
    static Library library;

    @BeforeAll
    static void load(@TempDir Path home) {
        library = Library.load(Environment.of(home, Map.of()), new PrintWriter(Writer.nullWriter()));
    }

    static Timeline timeline(String id) {
        return TimelineBuilder.build(library.routineOrExercise(id), library.catalog());
    }

    static Segment first(Timeline t, Predicate<Segment> which) {
        return t.segments().stream().filter(which).findFirst().orElseThrow();
    }

    /** The moment {@code intoMs} into {@code s}, reached through a real playback. */
    static Moment at(Timeline t, Segment s, long intoMs, boolean paused) {
        Playback playback = Playback.start(t, 0).seek((s.startMs() + intoMs) * 1_000_000L, 0);
        return (paused ? playback.pause(0) : playback).moment(0);
    }

    static List<String> render(Timeline t, Moment m, int width) {
        return new TerminalScreen(t, false).render(m, width);
    }

    /** True when the screen shows {@code count} in big digits, one row per line. */
    static boolean showsBig(List<String> lines, String count) {
        List<String> rows = BigDigits.render(count).stream().map(row -> "    " + row).toList();
        return Collections.indexOfSubList(lines, rows) >= 0;
    }

    @Test
    void showsTheExerciseStepCountdownProgressAndWhatIsNext() {
        Timeline desk = timeline("desk-break");
        Segment hold = first(desk, s -> s.kind() == SegmentKind.HOLD && s.side() == Side.LEFT);
        Moment m = at(desk, hold, 3_200, false);

        List<String> lines = render(desk, m, 80);

        assertThat(lines.get(0)).startsWith(" Loosen · Desk break").endsWith("exercise 2 of 2").hasSize(79);
        assertThat(lines).contains(" EGYPTIAN BACK STRETCH · left side", " Hold")
                .anySatisfy(l -> assertThat(l).contains("Keeping your arms wrapped"))
                .anySatisfy(l -> assertThat(l).startsWith(" this step ").contains("░").endsWith("  17 s left"))
                .anySatisfy(l -> assertThat(l).startsWith(" session   ")
                        .endsWith("  " + Text.clock(m.positionMs()) + " / 2:12"))
                .contains(" Next: Step 4 of 4 (5 s)", " " + TerminalScreen.KEYS)
                .noneSatisfy(l -> assertThat(l).contains("PAUSED"));
        assertThat(m.segmentRemainingSeconds()).isEqualTo(17);
        assertThat(showsBig(lines, "17")).as(String.join("\n", lines)).isTrue();
    }

    @Test
    void pausedSaysSoInsteadOfTheHint() {
        Timeline desk = timeline("desk-break");
        Segment freeHold = first(desk, s -> s.kind() == SegmentKind.HOLD);

        List<String> playing = render(desk, at(desk, freeHold, 0, false), 80);
        List<String> paused = render(desk, at(desk, freeHold, 0, true), 80);

        assertThat(playing).contains(" Hold · as long as you like",
                " " + TerminalScreen.FREE_HOLD_HINT);
        assertThat(paused).contains(" PAUSED · press space to resume")
                .noneSatisfy(l -> assertThat(l).contains(TerminalScreen.FREE_HOLD_HINT));
        assertThat(showsBig(paused, "20")).isTrue();
    }

    @Test
    void aRestNamesTheNextExerciseAndTheLastStepNamesTheEnd() {
        Timeline desk = timeline("desk-break");
        Segment rest = first(desk, s -> s.kind() == SegmentKind.REST);
        Segment last = desk.get(desk.segments().size() - 2);

        assertThat(render(desk, at(desk, rest, 1_000, false), 80))
                .contains(" Rest", " Rest and breathe. Next: Egyptian Back Stretch.",
                        " Next: Egyptian Back Stretch · Get ready · standing (5 s)");
        assertThat(render(desk, at(desk, last, 1_000, false), 80)).contains(" Next: the end — well done");
    }

    @Test
    void aSwitchShowsTheNewSide() {
        Timeline twist = timeline("spine-twist");
        Segment switchSides = first(twist, s -> s.kind() == SegmentKind.SWITCH_SIDES);

        assertThat(render(twist, at(twist, switchSides, 0, false), 80))
                .contains(" SPINE TWIST · right side", " Switch sides").contains(" Next: Step 1 of 4 (7 s)");
    }

    @Test
    void aCountdownOverNinetyNineSecondsIsAClock() {
        Routine longHold = Routine.single("seated-middle-back-stretch", "Seated Middle Back Stretch")
                .withItems(item -> item.withHold(300));
        Timeline t = TimelineBuilder.build(longHold, library.catalog());
        Segment hold = first(t, s -> s.kind() == SegmentKind.HOLD);

        assertThat(showsBig(render(t, at(t, hold, 0, false), 80), "5:00")).isTrue();
        assertThat(showsBig(render(t, at(t, hold, 230_500, false), 80), "70")).isTrue();
    }

    @Test
    void theEndCountsZero() {
        Timeline desk = timeline("desk-break");
        Moment end = Playback.start(desk, 0).moment(desk.totalMs() * 1_000_000L);

        assertThat(showsBig(render(desk, end, 80), "0")).isTrue();
    }

    /** Every segment of every routine and exercise, playing and paused, halfway through. */
    static List<Object[]> everyFrame() {
        List<Object[]> frames = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        library.routines().all().forEach(r -> ids.add(r.id()));
        library.catalog().all().forEach(e -> ids.add(e.id()));
        for (String id : ids) {
            Timeline t = timeline(id);
            for (Segment s : t.segments()) {
                for (boolean paused : new boolean[] {false, true}) {
                    frames.add(new Object[] {t, at(t, s, s.durationMs() / 2, paused)});
                }
            }
        }
        return frames;
    }

    static List<String> tooWide(int width, boolean styled) {
        List<String> found = new ArrayList<>();
        for (Object[] frame : everyFrame()) {
            Timeline t = (Timeline) frame[0];
            for (String line : new TerminalScreen(t, styled).render((Moment) frame[1], width)) {
                String visible = line.replaceAll("\033\\[[0-9;]*m", "");
                if (visible.codePointCount(0, visible.length()) > width) {
                    found.add(t.routineId() + ": " + visible);
                }
            }
        }
        return found.stream().distinct().toList();
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {80, 120})
    void noLineIsWiderThanTheTerminal(int width) {
        assertThat(tooWide(width, false)).isEmpty();
        assertThat(tooWide(width, true)).isEmpty();
    }

    @Test
    void noLineIsWiderThanTheNarrowestTerminal() {
        assertThat(tooWide(40, false)).isEmpty();
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {40, 80, 120})
    void unstyledFramesHaveNoEscapeCodes(int width) {
        for (Object[] frame : everyFrame()) {
            assertThat(render((Timeline) frame[0], (Moment) frame[1], width)).noneMatch(l -> l.indexOf('\033') >= 0);
        }
    }

    @Test
    void styledFramesAreBoldAndDim() {
        Timeline desk = timeline("desk-break");
        List<String> lines = new TerminalScreen(desk, true).render(at(desk, desk.get(0), 0, true), 80);

        assertThat(lines).contains(" \033[1mSEATED MIDDLE BACK STRETCH\033[0m", " \033[2m" + TerminalScreen.KEYS + "\033[0m")
                .anySatisfy(l -> assertThat(l).startsWith(" \033[1mPAUSED\033[0m"));
    }
}
