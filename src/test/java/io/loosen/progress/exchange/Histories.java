package io.loosen.progress.exchange;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Histories for exchange tests: small and plain, awkward in every way a real one can be, and large. */
final class Histories {
    static final UUID FIRST = UUID.fromString("0b5e7c1a-3f2d-4c8e-9a61-5d2f8e4b7c90");
    static final UUID SECOND = UUID.fromString("7d1f3a52-8c4e-4b6a-b0d9-2e5c7f1a9b34");

    private Histories() {
    }

    static PracticeSession session(UUID id, String startedAt, String endedAt, String zone, String note,
                                   ExerciseResult... results) {
        return new PracticeSession(id, "daily", "Daily loosener", Instant.parse(startedAt), Instant.parse(endedAt),
                ZoneId.of(zone), SessionStatus.COMPLETED, 300, 6, 3, note, List.of(results));
    }

    static ExerciseResult result(int position, String exercise, Side side, ExerciseOutcome outcome, int held) {
        return new ExerciseResult(position, exercise, side, outcome, held);
    }

    /** The two sessions docs/history-format.md shows. */
    static List<PracticeSession> documented() {
        return List.of(
                session(FIRST, "2026-03-14T07:30:00.250Z", "2026-03-14T07:35:12.875Z", "Europe/Berlin",
                        "Stiff after the flight, \"much\" better, then", result(0, "seated-middle-back-stretch",
                                Side.NONE, ExerciseOutcome.DONE, 45),
                        result(1, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, 35),
                        result(2, "spine-twist", Side.RIGHT, ExerciseOutcome.CUT_SHORT, 12)),
                new PracticeSession(SECOND, "spine-twist", "Spine twist", Instant.parse("2026-03-15T18:02:07Z"),
                        Instant.parse("2026-03-15T18:02:41Z"), ZoneId.of("America/New_York"), SessionStatus.STOPPED,
                        0, null, null, null, List.of()));
    }

    /** Every awkward thing a history can hold, in no particular order. */
    static List<PracticeSession> awkward() {
        List<PracticeSession> sessions = new ArrayList<>();
        sessions.add(session(UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"),
                "2026-03-08T06:59:59.999Z", "2026-03-08T07:10:00.001Z", "America/New_York",
                "Across the spring-forward hour: 01:59 became 03:00",
                result(0, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, 30),
                result(1, "spine-twist", Side.RIGHT, ExerciseOutcome.SKIPPED, 0)));
        sessions.add(new PracticeSession(UUID.fromString("00000000-0000-4000-8000-000000000001"), "my routine, v2",
                "Rücken – 背中 🧘 \"quoted\", with, commas", Instant.parse("2026-10-25T00:59:59.123456789Z"),
                Instant.parse("2026-10-25T01:30:00Z"), ZoneId.of("Europe/London"), SessionStatus.IN_PROGRESS,
                1800, null, 10, "<script>alert('x')</script>\n'); DROP TABLE sessions; --\n\t=HYPERLINK(\"x\")",
                List.of(result(3, "thread-the-needle", Side.RIGHT, ExerciseOutcome.CUT_SHORT, 3600),
                        result(0, "cat-cow", Side.NONE, ExerciseOutcome.DONE, 0))));
        sessions.add(new PracticeSession(UUID.fromString("00000000-0000-4000-8000-000000000002"), "daily",
                "Daily loosener", Instant.parse("2026-10-25T00:59:59.123456789Z"),
                Instant.parse("2026-10-25T00:59:59.123456789Z"), ZoneId.of("Australia/Lord_Howe"),
                SessionStatus.STOPPED, 0, 0, null, "", List.of()));
        sessions.add(new PracticeSession(UUID.fromString("3a6f0c2e-1b7d-4e9a-8c5f-6d2b9e0a7f13"), "daily",
                "  spaced name  ", Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("1970-01-01T00:00:01Z"),
                ZoneId.of("Asia/Kathmandu"), SessionStatus.COMPLETED, 86_400, 10, 0,
                "  leading and trailing spaces  ", List.of()));
        sessions.add(new PracticeSession(UUID.fromString("5c2a9e7b-4d1f-4a3c-9e8b-7f6d5c4b3a21"), "daily",
                "Daily loosener", Instant.parse("2026-06-01T12:00:00Z"), Instant.parse("2026-06-01T12:05:00Z"),
                ZoneId.of("Pacific/Chatham"), SessionStatus.COMPLETED, 300, null, null,
                "null", List.of(result(0, "a", Side.NONE, ExerciseOutcome.DONE, 1))));
        sessions.add(new PracticeSession(UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"), "daily",
                "Daily loosener", Instant.parse("2026-06-02T12:00:00Z"), Instant.parse("2026-06-02T12:05:00Z"),
                ZoneId.of("UTC"), SessionStatus.COMPLETED, 300, 5, 5, longNote(), List.of()));
        return sessions;
    }

    /** Exactly the longest note allowed, with line breaks, tabs, quotes, commas and a four-byte emoji. */
    static String longNote() {
        StringBuilder note = new StringBuilder();
        while (note.length() < PracticeSession.MAX_NOTE_LENGTH - 20) {
            note.append("a \"b\", c;\n\td 🙂 ");
        }
        while (note.length() < PracticeSession.MAX_NOTE_LENGTH) {
            note.append('x');
        }
        return note.toString();
    }

    /** {@code count} varied sessions from a fixed seed, some without results, some without ratings. */
    static List<PracticeSession> many(int count) {
        Random random = new Random(20_260_314L);
        List<String> zones = List.of("Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney",
                "America/Sao_Paulo", "Africa/Casablanca");
        List<PracticeSession> sessions = new ArrayList<>();
        Instant start = Instant.parse("2020-01-01T06:00:00Z");
        for (int i = 0; i < count; i++) {
            start = start.plusMillis(random.nextInt(200_000_000));
            List<ExerciseResult> results = new ArrayList<>();
            int exercises = random.nextInt(8);
            for (int p = 0; p < exercises; p++) {
                results.add(result(p, "exercise-" + random.nextInt(40), Side.values()[random.nextInt(3)],
                        ExerciseOutcome.values()[random.nextInt(3)], random.nextInt(120)));
            }
            sessions.add(new PracticeSession(new UUID(random.nextLong(), random.nextLong()), "routine-" + i % 7,
                    "Routine number " + i % 7, start, start.plusMillis(random.nextInt(1_800_000)),
                    ZoneId.of(zones.get(random.nextInt(zones.size()))),
                    SessionStatus.values()[random.nextInt(3)], random.nextInt(1800),
                    random.nextBoolean() ? random.nextInt(11) : null, random.nextBoolean() ? random.nextInt(11) : null,
                    random.nextInt(4) == 0 ? "note " + i + ", \"with\" a line\nbreak" : null, results));
        }
        return sessions;
    }

    /** What reading a written history gives back: sessions by start then id, results by position. */
    static List<PracticeSession> canonical(List<PracticeSession> sessions) {
        return sessions.stream()
                .map(s -> s.withProgress(s.endedAt(), s.status(), s.activeSeconds(), s.exercises().stream()
                        .sorted(java.util.Comparator.comparingInt(ExerciseResult::position)).toList()))
                .sorted(java.util.Comparator.comparing(PracticeSession::startedAt)
                        .thenComparing(s -> s.id().toString()))
                .toList();
    }
}
