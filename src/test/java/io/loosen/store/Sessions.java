package io.loosen.store;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sessions for the store tests, the benchmark and the child processes. */
final class Sessions {
    static final Instant MORNING = Instant.parse("2025-03-01T07:30:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Sessions() {
    }

    /** A completed session of {@code exercises} results, three minutes long, with ratings and a note. */
    static PracticeSession finished(UUID id, Instant start, int exercises) {
        return new PracticeSession(id, "daily", "Daily loosen-up", start, start.plusSeconds(180), BERLIN,
                SessionStatus.COMPLETED, 170, 6, 3, "felt good", results(exercises));
    }

    /** The same session as it stood after {@code exercises} results, still running. */
    static PracticeSession inProgress(UUID id, Instant start, int exercises) {
        return new PracticeSession(id, "daily", "Daily loosen-up", start, start.plusSeconds(30L * exercises),
                BERLIN, SessionStatus.IN_PROGRESS, 28 * exercises, 6, null, null, results(exercises));
    }

    /** Positions 0.., sides alternating as two-sided exercises do, the last one cut short. */
    static List<ExerciseResult> results(int count) {
        List<ExerciseResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Side side = i % 3 == 0 ? Side.NONE : i % 3 == 1 ? Side.LEFT : Side.RIGHT;
            ExerciseOutcome outcome = i == count - 1 && count > 2 ? ExerciseOutcome.CUT_SHORT : ExerciseOutcome.DONE;
            results.add(new ExerciseResult(i, "exercise-" + i / 3, side, outcome, 20 + i));
        }
        return results;
    }

    /** Ids that sort in the order of {@code n} in both SQLite text and PostgreSQL uuid. */
    static UUID id(int n) {
        return UUID.fromString(String.format("%08x-0000-4000-8000-000000000000", n));
    }
}
