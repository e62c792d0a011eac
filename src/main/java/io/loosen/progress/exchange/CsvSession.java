package io.loosen.progress.exchange;

import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rows of one session in a history CSV, gathered as they come: each must repeat the session values
 * of the first, and hold either a result with a position of its own or, alone, no result at all.
 */
final class CsvSession {
    private static final List<Map.Entry<String, Function<PracticeSession, Object>>> AGREED = List.of(
            Map.entry("routine_id", PracticeSession::routineId),
            Map.entry("routine_name", PracticeSession::routineName),
            Map.entry("started_at", PracticeSession::startedAt),
            Map.entry("ended_at", PracticeSession::endedAt),
            Map.entry("zone", PracticeSession::zone),
            Map.entry("status", PracticeSession::status),
            Map.entry("active_seconds", PracticeSession::activeSeconds),
            Map.entry("tension_before", PracticeSession::tensionBefore),
            Map.entry("tension_after", PracticeSession::tensionAfter),
            Map.entry("note", PracticeSession::note));

    private final CsvCells first;
    private final PracticeSession session;
    private final List<ExerciseResult> results = new ArrayList<>();
    private final Map<Integer, Integer> linesByPosition = new HashMap<>();
    private int rows;

    CsvSession(CsvCells cells, PracticeSession session) {
        this.first = cells;
        this.session = session;
        addResult(cells);
    }

    void add(CsvCells cells, PracticeSession again) {
        for (var column : AGREED) {
            Function<PracticeSession, Object> value = column.getValue();
            if (!Objects.equals(value.apply(session), value.apply(again))) {
                String name = column.getKey();
                throw cells.place(name).fail(describe(cells.raw(name)) + ", but line " + first.line()
                        + " of the same session " + describe(first.raw(name))
                        + "; every row of a session repeats the same session values.");
            }
        }
        addResult(cells);
    }

    PracticeSession session() {
        return session.withProgress(session.endedAt(), session.status(), session.activeSeconds(),
                HistoryRules.byPosition(results));
    }

    private void addResult(CsvCells cells) {
        ExerciseResult result = cells.exercise();
        boolean alone = rows > 0 && results.isEmpty();
        if ((result == null && rows > 0) || (result != null && alone)) {
            throw Place.line(cells.source(), cells.line()).fail("is another row of session " + session.id()
                    + ", which line " + first.line() + " has too, but a session without exercise results is one "
                    + "row with the exercise columns empty, and every other row holds one result.");
        }
        rows++;
        if (result != null) {
            Integer taken = linesByPosition.putIfAbsent(result.position(), cells.line());
            if (taken != null) {
                throw cells.place("position").fail("is " + result.position() + ", like line " + taken
                        + " of the same session; every exercise in a session needs its own position.");
            }
            results.add(result);
        }
    }

    private static String describe(String raw) {
        return raw == null ? "is empty" : "has '" + HistoryValues.show(raw) + "'";
    }
}
