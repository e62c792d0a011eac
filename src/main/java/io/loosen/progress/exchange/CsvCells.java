package io.loosen.progress.exchange;

import static io.loosen.progress.exchange.HistoryRules.MAX_ACTIVE_SECONDS;
import static io.loosen.progress.exchange.HistoryRules.MAX_HELD_SECONDS;
import static io.loosen.progress.exchange.HistoryRules.MAX_POSITION;
import static io.loosen.progress.exchange.HistoryRules.MAX_RATING;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One data row of a history CSV, read by column name; every failure names its line and column. */
final class CsvCells {
    private final String source;
    private final int line;
    private final Map<String, Integer> index;
    private final List<String> cells;

    CsvCells(String source, int line, Map<String, Integer> index, List<String> cells) {
        this.source = source;
        this.line = line;
        this.index = index;
        this.cells = cells;
    }

    String source() {
        return source;
    }

    int line() {
        return line;
    }

    /** The cell's text as written, or null when it is empty. */
    String raw(String column) {
        return cells.get(index.get(column));
    }

    Place place(String column) {
        return Place.cell(source, line, column);
    }

    /** The session this row belongs to, without exercise results. */
    PracticeSession session() {
        var id = required("session_id", HistoryValues::uuid);
        String routine = required("routine_id", HistoryValues::id);
        String routineName = required("routine_name", HistoryValues::name);
        Instant startedAt = required("started_at", HistoryValues::instant);
        Instant endedAt = required("ended_at", HistoryValues::instant);
        HistoryRules.checkEnd(place("ended_at"), endedAt, "started_at", startedAt);
        var zone = required("zone", HistoryValues::zone);
        var status = required("status", (at, t) -> HistoryValues.word(at, t, SessionStatus.class));
        int active = required("active_seconds", whole(0, MAX_ACTIVE_SECONDS, "seconds"));
        Integer before = optional("tension_before", whole(0, MAX_RATING, ""));
        Integer after = optional("tension_after", whole(0, MAX_RATING, ""));
        String note = optional("note", HistoryValues::note);
        return HistoryRules.valid(Place.line(source, line), "session", () -> new PracticeSession(id, routine,
                routineName, startedAt, endedAt, zone, status, active, before, after, note, List.of()));
    }

    /** The exercise result on this row, or null when all the exercise columns are empty. */
    ExerciseResult exercise() {
        if (HistoryCsv.EXERCISE_COLUMNS.stream().allMatch(c -> raw(c) == null)) {
            return null;
        }
        int position = required("position", whole(0, MAX_POSITION, ""));
        String exercise = required("exercise_id", HistoryValues::id);
        Side side = required("side", (at, t) -> HistoryValues.word(at, t, Side.class));
        ExerciseOutcome outcome = required("outcome", (at, t) -> HistoryValues.word(at, t, ExerciseOutcome.class));
        int held = required("held_seconds", whole(0, MAX_HELD_SECONDS, "seconds"));
        return HistoryRules.valid(Place.line(source, line), "exercise result",
                () -> new ExerciseResult(position, exercise, side, outcome, held));
    }

    private <T> T required(String column, HistoryValues.Reading<T> reading) {
        String text = raw(column);
        if (text == null) {
            throw place(column).fail("is empty; "
                    + (HistoryCsv.EXERCISE_COLUMNS.contains(column)
                    ? "a row with an exercise result needs all of " + String.join(", ", HistoryCsv.EXERCISE_COLUMNS)
                    : "every row needs a value there") + ".");
        }
        return reading.read(place(column), text);
    }

    private <T> T optional(String column, HistoryValues.Reading<T> reading) {
        String text = raw(column);
        return text == null ? null : reading.read(place(column), text);
    }

    private static HistoryValues.Reading<Integer> whole(int min, int max, String unit) {
        return (at, text) -> HistoryValues.whole(at, text, min, max, unit);
    }
}
