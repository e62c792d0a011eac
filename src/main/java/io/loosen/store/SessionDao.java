package io.loosen.store;

import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/**
 * The SQL behind {@link SessionStore}, written once for SQLite (3.24 or later) and PostgreSQL alike.
 * Records are bound by their accessors; {@link Arguments} says how instants, ids and enums are written.
 */
interface SessionDao {
    String INSERT_SESSION = """
            insert into practice_session (id, routine_id, routine_name, started_at, ended_at, zone, status,
                                          active_seconds, tension_before, tension_after, note)
            values (:s.id, :s.routineId, :s.routineName, :s.startedAt, :s.endedAt, :s.zone, :s.status,
                    :s.activeSeconds, :s.tensionBefore, :s.tensionAfter, :s.note)
            """;

    String SELECT_SESSIONS = """
            select s.id, s.routine_id, s.routine_name, s.started_at, s.ended_at, s.zone, s.status,
                   s.active_seconds, s.tension_before, s.tension_after, s.note,
                   r.position, r.exercise_id, r.side, r.outcome, r.held_seconds
            from practice_session s
            left join exercise_result r on r.session_id = s.id
            """;

    /** A write first, so SQLite takes its write lock (waiting out the busy timeout) before reading anything. */
    @SqlUpdate(INSERT_SESSION + """
            on conflict (id) do update set
                routine_id = excluded.routine_id, routine_name = excluded.routine_name,
                started_at = excluded.started_at, ended_at = excluded.ended_at, zone = excluded.zone,
                status = excluded.status, active_seconds = excluded.active_seconds,
                tension_before = excluded.tension_before, tension_after = excluded.tension_after,
                note = excluded.note
            """)
    void upsertSession(@BindMethods("s") PracticeSession session);

    /** 1 when the session was added, 0 when its id was already stored (which is then left as it is). */
    @SqlUpdate(INSERT_SESSION + "on conflict (id) do nothing")
    int insertSessionIfNew(@BindMethods("s") PracticeSession session);

    @SqlBatch("""
            insert into exercise_result (session_id, position, exercise_id, side, outcome, held_seconds)
            values (:sessionId, :r.position, :r.exerciseId, :r.side, :r.outcome, :r.heldSeconds)
            on conflict (session_id, position) do update set
                exercise_id = excluded.exercise_id, side = excluded.side, outcome = excluded.outcome,
                held_seconds = excluded.held_seconds
            """)
    void upsertResults(@Bind("sessionId") UUID sessionId, @BindMethods("r") List<ExerciseResult> results);

    @SqlUpdate("delete from exercise_result where session_id = :sessionId and position not in (<positions>)")
    void deleteResultsExcept(@Bind("sessionId") UUID sessionId, @BindList("positions") List<Integer> positions);

    @SqlUpdate("delete from exercise_result where session_id = :sessionId")
    void deleteResults(@Bind("sessionId") UUID sessionId);

    // One statement each, so a session and its results are read from the same snapshot without
    // holding a transaction open.
    @SqlQuery(SELECT_SESSIONS + "where s.id = :id order by r.position")
    @UseRowReducer(SessionReducer.class)
    List<PracticeSession> find(@Bind("id") UUID id);

    @SqlQuery(SELECT_SESSIONS + "where s.started_at >= :since order by s.started_at, s.id, r.position")
    @UseRowReducer(SessionReducer.class)
    List<PracticeSession> list(@Bind("since") long sinceEpochMillis);

    /** SQLite only: a consistent copy read in one transaction, so writers carry on meanwhile (WAL). */
    @SqlUpdate("vacuum into :target")
    void vacuumInto(@Bind("target") String target);
}
