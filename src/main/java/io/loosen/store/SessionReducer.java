package io.loosen.store;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import io.loosen.system.Vocabulary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.result.RowReducer;
import org.jdbi.v3.core.result.RowView;

/**
 * Folds the rows of {@link SessionDao#SELECT_SESSIONS} (one per session and result, in order) back into
 * sessions, keeping the order of the query. Public only because Jdbi instantiates it reflectively.
 */
public final class SessionReducer implements RowReducer<Map<String, SessionReducer.Rows>, PracticeSession> {

    /** One session's own columns, and its results as they arrive. */
    static final class Rows {
        private final PracticeSession session;
        private final List<ExerciseResult> results = new ArrayList<>();

        Rows(RowView row) {
            this.session = session(row);
        }

        PracticeSession build() {
            // the record has no withExercises; withProgress with the session's own values attaches them
            return session.withProgress(session.endedAt(), session.status(), session.activeSeconds(), results);
        }
    }

    @Override
    public Map<String, Rows> container() {
        return new LinkedHashMap<>();
    }

    @Override
    public void accumulate(Map<String, Rows> sessions, RowView row) {
        Rows rows = sessions.computeIfAbsent(row.getColumn("id", String.class), id -> new Rows(row));
        Integer position = row.getColumn("position", Integer.class);
        if (position != null) { // null: a session without results, from the left join
            rows.results.add(new ExerciseResult(position, row.getColumn("exercise_id", String.class),
                    word(Side.class, row.getColumn("side", String.class)),
                    word(ExerciseOutcome.class, row.getColumn("outcome", String.class)),
                    row.getColumn("held_seconds", Integer.class)));
        }
    }

    @Override
    public Stream<PracticeSession> stream(Map<String, Rows> sessions) {
        return sessions.values().stream().map(Rows::build);
    }

    private static PracticeSession session(RowView row) {
        return new PracticeSession(
                UUID.fromString(row.getColumn("id", String.class)),
                row.getColumn("routine_id", String.class),
                row.getColumn("routine_name", String.class),
                Instant.ofEpochMilli(row.getColumn("started_at", Long.class)),
                Instant.ofEpochMilli(row.getColumn("ended_at", Long.class)),
                ZoneId.of(row.getColumn("zone", String.class)),
                word(SessionStatus.class, row.getColumn("status", String.class)),
                row.getColumn("active_seconds", Integer.class),
                row.getColumn("tension_before", Integer.class),
                row.getColumn("tension_after", Integer.class),
                row.getColumn("note", String.class),
                List.of());
    }

    private static <E extends Enum<E> & Vocabulary> E word(Class<E> type, String slug) {
        return Vocabulary.parse(type, slug).orElseThrow(() -> new IllegalStateException(
                "the database holds '" + slug + "', which is not a " + type.getSimpleName() + " ("
                        + Vocabulary.choices(type) + ")"));
    }
}
