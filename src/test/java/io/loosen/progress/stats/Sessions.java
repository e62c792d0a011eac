package io.loosen.progress.stats;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Practice sessions for tests: a ten-minute daily routine, completed, unless told otherwise. */
final class Sessions {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int TEN_MINUTES = 600;

    private Sessions() {
    }

    /** A completed ten-minute session starting at {@code start}. */
    static PracticeSession at(ZonedDateTime start) {
        return session(start, SessionStatus.COMPLETED, TEN_MINUTES);
    }

    /** A completed ten-minute session starting at a wall-clock time ("2026-03-29T02:30") in a zone. */
    static PracticeSession at(String localStart, String zone) {
        return at(LocalDateTime.parse(localStart).atZone(ZoneId.of(zone)));
    }

    /** A completed ten-minute session at 07:30 in Berlin on {@code day}. */
    static PracticeSession on(LocalDate day) {
        return at(day.atTime(LocalTime.of(7, 30)).atZone(BERLIN));
    }

    static PracticeSession on(String day) {
        return on(LocalDate.parse(day));
    }

    static PracticeSession rated(LocalDate day, Integer before, Integer after) {
        return on(day).withRatings(before, after, null);
    }

    /** A session that played {@code activeSeconds}, on the clock as well as in playing time. */
    static PracticeSession session(ZonedDateTime start, SessionStatus status, int activeSeconds) {
        return new PracticeSession(UUID.randomUUID(), "daily", "Daily", start.toInstant(),
                start.toInstant().plusSeconds(activeSeconds), start.getZone(), status, activeSeconds, null, null,
                null, exercises(activeSeconds));
    }

    /** One completed session a day, from {@code first} to {@code last} inclusive. */
    static List<PracticeSession> daily(LocalDate first, LocalDate last) {
        List<PracticeSession> sessions = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            sessions.add(on(day));
        }
        return sessions;
    }

    private static List<ExerciseResult> exercises(int activeSeconds) {
        return List.of(
                new ExerciseResult(0, "seated-middle-back-stretch", Side.NONE, ExerciseOutcome.DONE, activeSeconds / 2),
                new ExerciseResult(1, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, activeSeconds / 2));
    }
}
