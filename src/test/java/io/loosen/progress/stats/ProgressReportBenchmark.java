package io.loosen.progress.stats;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark, not a test: the whole progress report for a user with ten years of daily sessions
 * (3,653 of them, two exercises each, most rated). The target is under 20 ms. Run with JMH's main:
 * {@code org.openjdk.jmh.Main ProgressReportBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressReportBenchmark {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final LocalDate today = LocalDate.parse("2026-06-18");
    private List<PracticeSession> history;

    @Setup
    public void tenYearsOfDailySessions() {
        // Seeded, so every run measures the same history.
        Random random = new Random(42);
        history = new ArrayList<>();
        for (LocalDate day = today.minusYears(10); !day.isAfter(today); day = day.plusDays(1)) {
            ZonedDateTime start = day.atTime(7 + random.nextInt(14), random.nextInt(60)).atZone(BERLIN);
            int seconds = 300 + random.nextInt(900);
            boolean rated = random.nextInt(10) < 8;
            history.add(new PracticeSession(UUID.randomUUID(), "daily", "Daily", start.toInstant(),
                    start.toInstant().plusSeconds(seconds + 60L), BERLIN, SessionStatus.COMPLETED, seconds,
                    rated ? 4 + random.nextInt(5) : null, rated ? random.nextInt(5) : null, null,
                    List.of(new ExerciseResult(0, "seated-middle-back-stretch", Side.NONE, ExerciseOutcome.DONE,
                                    seconds / 2),
                            new ExerciseResult(1, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, seconds / 2))));
        }
    }

    @Benchmark
    public ProgressReport report() {
        return ProgressReport.of(history, today);
    }
}
