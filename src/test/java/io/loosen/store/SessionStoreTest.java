package io.loosen.store;

import static io.loosen.store.Sessions.BERLIN;
import static io.loosen.store.Sessions.MORNING;
import static io.loosen.store.Sessions.finished;
import static io.loosen.store.Sessions.id;
import static io.loosen.store.Sessions.inProgress;
import static io.loosen.store.Sessions.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session store's behaviour, run once against a real SQLite file and once against a real PostgreSQL
 * server: the same class, the same SQL, a fresh database for every test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class SessionStoreTest {

    enum Backend {
        SQLITE, POSTGRESQL;

        String freshLocation(Path folder, TestPostgres postgres) {
            return switch (this) {
                case SQLITE -> folder.resolve("loosen.db").toString();
                case POSTGRESQL -> postgres.freshDatabase();
            };
        }
    }

    @Parameter
    Backend backend;
    @TempDir
    Path folder;
    String location;
    Database db;
    SessionStore store;

    @BeforeEach
    void open(TestPostgres postgres) {
        location = backend.freshLocation(folder, postgres);
        db = Database.open(location, Environment.of(folder, Map.of()));
        store = db.sessions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    int rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    @Nested
    class SavingAndFinding {
        @Test
        void keepsEveryField() {
            var results = List.of(new ExerciseResult(0, "thread-the-needle", Side.LEFT, ExerciseOutcome.DONE, 30),
                    new ExerciseResult(1, "thread-the-needle", Side.RIGHT, ExerciseOutcome.CUT_SHORT, 12),
                    new ExerciseResult(2, "child-pose", Side.NONE, ExerciseOutcome.SKIPPED, 0));
            var session = new PracticeSession(UUID.randomUUID(), "desk-break", "Desk break", MORNING,
                    MORNING.plusMillis(245_678), ZoneId.of("Asia/Kathmandu"), SessionStatus.STOPPED, 201, 0, 10,
                    "Rücken locker ✓ 背中 🧘‍♀️", results);

            store.save(session);

            assertThat(store.find(session.id())).contains(session);
        }

        @Test
        void keepsMissingRatingsAndNoteMissing() {
            var session = finished(UUID.randomUUID(), MORNING, 2).withRatings(null, null, null);

            store.save(session);

            assertThat(store.find(session.id())).hasValueSatisfying(found -> {
                assertThat(found.tensionBefore()).isNull();
                assertThat(found.tensionAfter()).isNull();
                assertThat(found.note()).isNull();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"'); DROP TABLE practice_session; --", "<script>alert('x')</script>",
            "Robert\"); delete from exercise_result where (\"1\"=\"1", ":id :note ? $1 <positions>",
            "line one\nline two\ttabbed\r\n", "  leading and trailing  ", "", "Ω≈ç√∫ 🙆‍♂️ عربى 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"})
        void storesHostileAndUnicodeNotesVerbatim(String note) {
            var session = finished(UUID.randomUUID(), MORNING, 1).withRatings(4, 2, note);

            store.save(session);

            assertThat(store.find(session.id()).orElseThrow().note()).isEqualTo(note);
            assertThat(rows("practice_session")).isOne();
        }

        @Test
        void storesTheLongestNoteAllowed() {
            String note = "ä".repeat(PracticeSession.MAX_NOTE_LENGTH);
            var session = finished(UUID.randomUUID(), MORNING, 1).withRatings(4, 2, note);

            store.save(session);

            assertThat(store.find(session.id()).orElseThrow().note()).isEqualTo(note);
        }

        @Test
        void keepsInstantsToTheMillisecond() {
            Instant start = Instant.parse("2025-03-01T07:30:00.123456789Z");
            store.save(finished(id(1), start, 1));

            assertThat(store.find(id(1)).orElseThrow().startedAt()).isEqualTo("2025-03-01T07:30:00.123Z");
        }

        @Test
        void findsNothingForAnUnknownId() {
            store.save(finished(id(1), MORNING, 2));

            assertThat(store.find(id(2))).isEmpty();
        }

        @Test
        void savingAgainAtEachBoundaryUpdatesTheOneSession() {
            UUID id = UUID.randomUUID();
            store.save(inProgress(id, MORNING, 0));
            store.save(inProgress(id, MORNING, 2));
            store.save(inProgress(id, MORNING, 2));
            assertThat(store.find(id)).contains(inProgress(id, MORNING, 2));

            store.save(finished(id, MORNING, 6));
            store.save(finished(id, MORNING, 6));

            assertThat(store.list(null)).containsExactly(finished(id, MORNING, 6));
            assertThat(rows("exercise_result")).isEqualTo(6);
        }

        @Test
        void deletesResultsNoLongerInTheSession() {
            UUID id = UUID.randomUUID();
            store.save(finished(id, MORNING, 5));
            List<ExerciseResult> gap = List.of(results(5).get(0), results(5).get(3));

            store.save(finished(id, MORNING, 5).withProgress(MORNING.plusSeconds(200), SessionStatus.STOPPED, 90, gap));
            assertThat(store.find(id).orElseThrow().exercises()).isEqualTo(gap);

            store.save(finished(id, MORNING, 0));
            assertThat(store.find(id).orElseThrow().exercises()).isEmpty();
            assertThat(rows("exercise_result")).isZero();
        }

        @Test
        void returnsResultsInPositionOrderWhateverOrderTheyCameIn() {
            List<ExerciseResult> shuffled = new ArrayList<>(results(6));
            Collections.shuffle(shuffled, new Random(7));
            var session = finished(id(1), MORNING, 0).withProgress(MORNING.plusSeconds(100),
                    SessionStatus.COMPLETED, 100, shuffled);

            store.save(session);

            assertThat(store.find(id(1)).orElseThrow().exercises()).isEqualTo(results(6));
        }

        @Test
        void refusesTwoResultsAtOnePosition() {
            var twice = List.of(results(1).get(0), results(1).get(0));
            var session = finished(id(1), MORNING, 0).withProgress(MORNING, SessionStatus.IN_PROGRESS, 0, twice);

            assertThatThrownBy(() -> store.save(session)).isInstanceOf(IllegalArgumentException.class);
            assertThat(rows("practice_session")).isZero();
        }

        @Test
        void keepsSessionsAfterReopening() {
            store.save(finished(id(1), MORNING, 3));
            db.close();

            db = Database.open(location, Environment.of(folder, Map.of()));

            assertThat(db.sessions().find(id(1))).contains(finished(id(1), MORNING, 3));
        }
    }

    @Nested
    class Listing {
        @Test
        void ordersByStartThenId() {
            Instant later = MORNING.plusSeconds(3600);
            var sessions = List.of(finished(id(4), later, 1), finished(id(3), MORNING, 2),
                    finished(id(0xf0000000), MORNING.minusSeconds(86_400), 0), finished(id(1), MORNING, 3));
            sessions.forEach(store::save);

            assertThat(store.list(null)).extracting(PracticeSession::id)
                    .containsExactly(id(0xf0000000), id(1), id(3), id(4));
        }

        @Test
        void keepsOnlySessionsStartedAtOrAfterSince() {
            for (int day = 0; day < 5; day++) {
                store.save(finished(id(day), MORNING.plusSeconds(86_400L * day), day));
            }

            assertThat(store.list(MORNING.plusSeconds(86_400 * 3))).extracting(PracticeSession::id)
                    .containsExactly(id(3), id(4));
            assertThat(store.list(MORNING.plusSeconds(86_400 * 3 + 1))).extracting(PracticeSession::id)
                    .containsExactly(id(4));
            assertThat(store.list(Instant.EPOCH)).hasSize(5);
            assertThat(store.list(MORNING.plusSeconds(86_400 * 10))).isEmpty();
        }

        @Test
        void givesEachSessionItsOwnResultsInOrder() {
            for (int n = 0; n < 4; n++) {
                store.save(finished(id(n), MORNING.plusSeconds(n), n * 2));
            }

            assertThat(store.list(null)).extracting(s -> s.exercises().size()).containsExactly(0, 2, 4, 6);
            assertThat(store.list(null)).allSatisfy(s -> assertThat(s.exercises()).isEqualTo(results(s.exercises().size())));
        }
    }

    @Nested
    class Importing {
        @Test
        void addsOnlySessionsNotStoredYet() {
            List<PracticeSession> file = List.of(finished(id(1), MORNING, 2), finished(id(2), MORNING, 3));
            store.save(finished(id(1), MORNING, 6)); // already here, and different: stays as it is

            assertThat(store.importAll(file)).isEqualTo(1);
            assertThat(store.importAll(file)).isZero();

            assertThat(store.list(null)).containsExactly(finished(id(1), MORNING, 6), finished(id(2), MORNING, 3));
            assertThat(rows("exercise_result")).isEqualTo(9);
        }

        @Test
        void addsNothingFromAnEmptyList() {
            assertThat(store.importAll(List.of())).isZero();
        }

        enum Bad { NULL_EXERCISE_ID, NULL_SIDE, NULL_ROUTINE_ID, NULL_ZONE, TWO_RESULTS_AT_ONE_POSITION }

        @ParameterizedTest
        @EnumSource(Bad.class)
        void changesNothingWhenOneSessionCannotBeStored(Bad bad) {
            store.save(finished(id(1), MORNING, 2));
            PracticeSession good = finished(id(2), MORNING, 3);
            PracticeSession ok = finished(id(4), MORNING, 1);
            PracticeSession broken = broken(bad, id(3));

            assertThatThrownBy(() -> store.importAll(List.of(good, ok, broken)))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("Nothing was imported: session " + id(3) + " could not be stored");

            assertThat(store.list(null)).containsExactly(finished(id(1), MORNING, 2));
            assertThat(rows("exercise_result")).isEqualTo(2);
        }

        private static PracticeSession broken(Bad bad, UUID id) {
            PracticeSession base = finished(id, MORNING, 2);
            ExerciseResult first = base.exercises().get(0);
            return switch (bad) {
                case NULL_EXERCISE_ID -> base.withProgress(base.endedAt(), base.status(), base.activeSeconds(),
                        List.of(first, new ExerciseResult(1, null, Side.LEFT, ExerciseOutcome.DONE, 3)));
                case NULL_SIDE -> base.withProgress(base.endedAt(), base.status(), base.activeSeconds(),
                        List.of(first, new ExerciseResult(1, "child-pose", null, ExerciseOutcome.DONE, 3)));
                case NULL_ROUTINE_ID -> new PracticeSession(id, null, "Daily", MORNING, MORNING, BERLIN,
                        SessionStatus.COMPLETED, 0, null, null, null, List.of());
                case NULL_ZONE -> new PracticeSession(id, "daily", "Daily", MORNING, MORNING, null,
                        SessionStatus.COMPLETED, 0, null, null, null, List.of());
                case TWO_RESULTS_AT_ONE_POSITION -> base.withProgress(base.endedAt(), base.status(),
                        base.activeSeconds(), List.of(first, first));
            };
        }
    }

    @Nested
    class Schema {
        @ParameterizedTest
        @ValueSource(strings = {"update practice_session set tension_before = 11",
            "update practice_session set tension_after = -1", "update practice_session set active_seconds = -1",
            "update practice_session set ended_at = started_at - 1", "update exercise_result set held_seconds = -1",
            "update exercise_result set position = -1", "update exercise_result set outcome = null"})
        void refusesValuesTheModelWouldNeverHold(String update) {
            store.save(finished(id(1), MORNING, 2));

            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(update))).isInstanceOf(JdbiException.class);
            assertThat(store.find(id(1))).contains(finished(id(1), MORNING, 2));
        }

        @Test
        void deletingASessionDeletesItsResults() {
            store.save(finished(id(1), MORNING, 4));
            store.save(finished(id(2), MORNING.plusSeconds(1), 2));

            db.jdbi().useHandle(h -> h.execute("delete from practice_session where started_at = ?",
                    MORNING.toEpochMilli()));

            assertThat(store.list(null)).containsExactly(finished(id(2), MORNING.plusSeconds(1), 2));
            assertThat(rows("exercise_result")).isEqualTo(2);
        }
    }

    @Test
    void keepsEverySessionSavedFromSeveralThreadsAtOnce() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        UUID id = id(thread * 1000 + i);
                        Instant start = MORNING.plusSeconds(i);
                        store.save(inProgress(id, start, 3));
                        store.save(finished(id, start, 6));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.list(null)).hasSize(threads * perThread)
                .allSatisfy(s -> assertThat(s.exercises()).isEqualTo(results(6)));
    }

    @Test
    void backsUpSqliteFilesAndPointsPostgresqlToPgDump() {
        store.save(finished(id(1), MORNING, 3));
        Path copy = folder.resolve("copy.db");

        switch (backend) {
            case SQLITE -> {
                store.backup(copy);
                try (Database restored = Database.open(copy.toString(), Environment.of(folder, Map.of()))) {
                    assertThat(restored.sessions().list(null)).containsExactly(finished(id(1), MORNING, 3));
                }
            }
            case POSTGRESQL -> {
                assertThatThrownBy(() -> store.backup(copy)).isInstanceOf(UserError.class).hasMessageContaining("pg_dump");
                assertThat(Files.exists(copy)).isFalse();
            }
        }
    }
}
