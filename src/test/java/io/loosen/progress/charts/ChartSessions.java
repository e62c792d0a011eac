package io.loosen.progress.charts;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Sessions for the chart tests: completed, in Berlin unless told otherwise. */
final class ChartSessions {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ChartSessions() {
    }

    /** A completed session of {@code seconds} at a wall-clock time ("2026-03-29T02:30") in a zone. */
    static PracticeSession at(String localStart, String zone, int seconds) {
        return session(LocalDateTime.parse(localStart).atZone(ZoneId.of(zone)), SessionStatus.COMPLETED, seconds,
                null, null, "Daily loosen-up");
    }

    /** A completed session of {@code seconds} at 07:30 in Berlin. */
    static PracticeSession on(String day, int seconds) {
        return at(day + "T07:30", "Europe/Berlin", seconds);
    }

    static PracticeSession rated(String day, int before, int after, String routineName) {
        return session(LocalDate.parse(day).atTime(7, 30).atZone(BERLIN), SessionStatus.COMPLETED, 600, before,
                after, routineName);
    }

    static PracticeSession session(ZonedDateTime start, SessionStatus status, int seconds, Integer before,
            Integer after, String routineName) {
        return new PracticeSession(UUID.randomUUID(), "daily", routineName, start.toInstant(),
                start.toInstant().plusSeconds(seconds), start.getZone(), status, seconds, before, after, null,
                List.of(new ExerciseResult(0, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, seconds)));
    }
}
