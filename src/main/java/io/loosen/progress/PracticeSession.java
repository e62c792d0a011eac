package io.loosen.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * One stretching session as history remembers it. {@code zone} is the IANA time zone it happened in:
 * its day is the local date of {@code startedAt} there, whatever zone the user is in later.
 * {@code endedAt} is the last moment known (updated as the session goes, so a killed session keeps
 * the time it reached); {@code activeSeconds} is the session time played, pauses excluded.
 * Ratings are 0–10 or null when not given.
 */
public record PracticeSession(
        UUID id,
        String routineId,
        String routineName,
        Instant startedAt,
        Instant endedAt,
        ZoneId zone,
        SessionStatus status,
        int activeSeconds,
        Integer tensionBefore,
        Integer tensionAfter,
        String note,
        List<ExerciseResult> exercises) {

    public static final int MAX_NOTE_LENGTH = 2000;

    public PracticeSession {
        exercises = List.copyOf(exercises);
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a session cannot end before it starts");
        }
        if (activeSeconds < 0) {
            throw new IllegalArgumentException("active seconds cannot be negative");
        }
        checkRating(tensionBefore);
        checkRating(tensionAfter);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a note may be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    /** The day this session counts for: the local date where and when it started. */
    public LocalDate day() {
        return startedAt.atZone(zone).toLocalDate();
    }

    public PracticeSession withProgress(Instant now, SessionStatus newStatus, int seconds, List<ExerciseResult> results) {
        return new PracticeSession(id, routineId, routineName, startedAt, now, zone, newStatus, seconds,
                tensionBefore, tensionAfter, note, results);
    }

    public PracticeSession withRatings(Integer before, Integer after, String newNote) {
        return new PracticeSession(id, routineId, routineName, startedAt, endedAt, zone, status, activeSeconds,
                before, after, newNote, exercises);
    }

    private static void checkRating(Integer rating) {
        if (rating != null && (rating < 0 || rating > 10)) {
            throw new IllegalArgumentException("a tension rating is 0–10");
        }
    }
}
