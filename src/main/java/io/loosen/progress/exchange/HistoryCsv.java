package io.loosen.progress.exchange;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The CSV history format: one row per exercise result with its session's columns repeated, and one row
 * with empty exercise columns for a session without results. Errors name the line and the column.
 */
public final class HistoryCsv {
    static final List<String> SESSION_COLUMNS = List.of("session_id", "routine_id", "routine_name", "started_at",
            "ended_at", "zone", "status", "active_seconds", "tension_before", "tension_after", "note");
    static final List<String> EXERCISE_COLUMNS = List.of("position", "exercise_id", "side", "outcome",
            "held_seconds");
    static final List<String> COLUMNS = concat(SESSION_COLUMNS, EXERCISE_COLUMNS);

    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true).setLineSeparator("\n").build();

    /** The whole history as CSV with a header line, sessions in {@link HistoryRules#ORDER}. */
    public String write(List<PracticeSession> sessions) {
        StringWriter out = new StringWriter();
        try (SequenceWriter rows = CsvRows.MAPPER.writer(SCHEMA).writeValues(out)) {
            for (PracticeSession s : HistoryRules.inOrder(sessions)) {
                if (s.exercises().isEmpty()) {
                    rows.write(row(s, null));
                }
                for (ExerciseResult e : HistoryRules.byPosition(s.exercises())) {
                    rows.write(row(s, e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The sessions of a history CSV text, or an {@link InvalidDataException} naming the line and column. */
    public List<PracticeSession> read(String source, String text) {
        List<CsvRows.Row> rows = CsvRows.parse(source, HistoryRules.bounded(source, text));
        if (rows.isEmpty()) {
            throw new InvalidDataException(source, null, source + ": the file is empty; a history CSV starts "
                    + "with the header line '" + String.join(",", COLUMNS) + "'.");
        }
        CsvHeader header = CsvHeader.of(source, rows.get(0));
        Map<UUID, CsvSession> sessions = new LinkedHashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            CsvCells cells = header.cells(row);
            PracticeSession session = cells.session();
            CsvSession rowsOfSession = sessions.get(session.id());
            if (rowsOfSession == null) {
                if (sessions.size() == HistoryRules.MAX_SESSIONS) {
                    throw Place.line(source, row.line()).fail("starts session number "
                            + (HistoryRules.MAX_SESSIONS + 1) + "; a file may hold at most "
                            + HistoryRules.MAX_SESSIONS + " sessions.");
                }
                sessions.put(session.id(), new CsvSession(cells, session));
            } else {
                rowsOfSession.add(cells, session);
            }
        }
        List<PracticeSession> result = new ArrayList<>(sessions.size());
        sessions.values().forEach(s -> result.add(s.session()));
        return HistoryRules.inOrder(result);
    }

    private static Object[] row(PracticeSession s, ExerciseResult e) {
        return new Object[] {s.id().toString(), s.routineId(), s.routineName(), s.startedAt().toString(),
                s.endedAt().toString(), s.zone().getId(), s.status().slug(), String.valueOf(s.activeSeconds()),
                text(s.tensionBefore()), text(s.tensionAfter()), s.note(),
                e == null ? null : String.valueOf(e.position()), e == null ? null : e.exerciseId(),
                e == null ? null : e.side().slug(), e == null ? null : e.outcome().slug(),
                e == null ? null : String.valueOf(e.heldSeconds())};
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
