package io.loosen.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.session.Command;
import io.loosen.session.ScriptedPacer;
import io.loosen.session.SessionRunner;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionRecorderTest {
    private static final long S = 1_000_000_000L;
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());
    private static final Instant START = Instant.parse("2026-11-25T07:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<PracticeSession> saved = new ArrayList<>();

    private SessionRecorder play(String routineId, ScriptedPacer pacer) throws InterruptedException {
        Routine routine = Routines.builtIn(CATALOG).find(routineId)
                .orElseGet(() -> Routine.single(routineId, CATALOG.require(routineId).name()));
        Timeline timeline = TimelineBuilder.build(routine, CATALOG);
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return START.plusNanos(pacer.nowNanos());
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        SessionRecorder recorder = new SessionRecorder(timeline, new SessionLedger(timeline, CATALOG), saved::add,
                clock, BERLIN, UUID.randomUUID());
        new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
        return recorder;
    }

    @Test
    void aFinishedSessionRecordsEveryExerciseAndSideAsDone() throws Exception {
        SessionRecorder recorder = play("daily", new ScriptedPacer(1, 0));

        PracticeSession session = recorder.session();
        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.routineId()).isEqualTo("daily");
        assertThat(session.zone()).isEqualTo(BERLIN);
        assertThat(session.startedAt()).isEqualTo(START);
        assertThat(session.endedAt()).isEqualTo(START.plusSeconds(300));
        assertThat(session.activeSeconds()).isEqualTo(300);
        assertThat(session.exercises())
                .extracting(ExerciseResult::exerciseId, ExerciseResult::side, ExerciseResult::outcome,
                        ExerciseResult::heldSeconds)
                .containsExactly(
                        tuple("seated-middle-back-stretch", Side.NONE, ExerciseOutcome.DONE, 45),
                        tuple("spine-twist", Side.LEFT, ExerciseOutcome.DONE, 35),
                        tuple("spine-twist", Side.RIGHT, ExerciseOutcome.DONE, 35),
                        tuple("egyptian-back-stretch", Side.LEFT, ExerciseOutcome.DONE, 20),
                        tuple("egyptian-back-stretch", Side.RIGHT, ExerciseOutcome.DONE, 20));
        assertThat(session.exercises()).extracting(ExerciseResult::position).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void progressIsSavedAtTheStartAndAtEveryExerciseBoundary() throws Exception {
        play("daily", new ScriptedPacer(1, 0));

        assertThat(saved.get(0).status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(saved.get(0).exercises()).isEmpty();
        // Every unit finished appears in a save made before the next one ends.
        List<Integer> counts = saved.stream().map(s -> s.exercises().size()).toList();
        assertThat(counts).isSorted().contains(1, 2, 3, 4, 5);
        assertThat(saved).extracting(PracticeSession::id).containsOnly(saved.get(0).id());
        assertThat(saved.get(saved.size() - 1).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void skippingAStepBeforeTheHoldIsNotSkippingTheExercise() throws Exception {
        // 9 s in: the first step of the seated stretch; n jumps to its hold, which is then played.
        SessionRecorder recorder = play("seated-middle-back-stretch", new ScriptedPacer(1, 0).at(9 * S, Command.NEXT));
        assertThat(recorder.session().exercises()).singleElement()
                .extracting(ExerciseResult::outcome).isEqualTo(ExerciseOutcome.DONE);
    }

    @Test
    void aFreeHoldEndedEarlyOnPurposeStillCountsOnceItsMinimumIsReached() throws Exception {
        // Seated stretch: prepare 8 s, step 6 s, hold from 14 s; n after 10 s of holding (minimum 5 s).
        SessionRecorder recorder = play("seated-middle-back-stretch", new ScriptedPacer(1, 0).at(24 * S, Command.NEXT));
        assertThat(recorder.session().exercises()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(ExerciseOutcome.DONE);
            assertThat(r.heldSeconds()).isEqualTo(10);
        });
    }

    @Test
    void aTimedHoldLeftEarlyIsCutShortAndOneNeverHeldIsSkipped() throws Exception {
        // Spine twist: prepare 8, steps 7 + 6, hold 30 s from 21 s. Leave the left hold after 12 s,
        // then skip every right-side segment until the end.
        ScriptedPacer pacer = new ScriptedPacer(1, 0).at(33 * S, Command.NEXT);
        for (int i = 0; i < 6; i++) {
            pacer.at(40 * S + i * S / 10, Command.NEXT);
        }
        SessionRecorder recorder = play("spine-twist", pacer);
        assertThat(recorder.session().exercises())
                .extracting(ExerciseResult::side, ExerciseResult::outcome, ExerciseResult::heldSeconds)
                .containsExactly(tuple(Side.LEFT, ExerciseOutcome.CUT_SHORT, 12),
                        tuple(Side.RIGHT, ExerciseOutcome.SKIPPED, 0));
    }

    @Test
    void quittingRecordsAStoppedSessionWithOnlyWhatWasReached() throws Exception {
        // Daily: the seated stretch ends at 64 s; after rest and steps the spine twist's left hold
        // starts at 97 s. Quit 3 s into it.
        SessionRecorder recorder = play("daily", new ScriptedPacer(1, 0).at(100 * S, Command.QUIT));
        PracticeSession session = recorder.session();
        assertThat(session.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(session.activeSeconds()).isEqualTo(100);
        assertThat(session.exercises())
                .extracting(ExerciseResult::exerciseId, ExerciseResult::side, ExerciseResult::outcome,
                        ExerciseResult::heldSeconds)
                .containsExactly(tuple("seated-middle-back-stretch", Side.NONE, ExerciseOutcome.DONE, 45),
                        tuple("spine-twist", Side.LEFT, ExerciseOutcome.CUT_SHORT, 3));
    }

    @Test
    void pausesCountNeitherAsHeldNorAsActiveTime() throws Exception {
        ScriptedPacer pacer = new ScriptedPacer(1, 0).at(20 * S, Command.TOGGLE_PAUSE).at(200 * S, Command.TOGGLE_PAUSE);
        SessionRecorder recorder = play("seated-middle-back-stretch", pacer);
        // One exercise on its own: prepare 8 s, step 6 s, its default 30 s hold, release 5 s.
        assertThat(recorder.session().activeSeconds()).isEqualTo(49);
        assertThat(recorder.session().endedAt()).isEqualTo(START.plusSeconds(49 + 180));
        assertThat(recorder.session().exercises().get(0).heldSeconds()).isEqualTo(30);
    }

    @Test
    void ratingsAndANoteAreKeptAndSaved() throws Exception {
        SessionRecorder recorder = play("desk-break", new ScriptedPacer(1, 0));
        recorder.ratedBefore(7);
        recorder.ratedAfter(3, "Felt it between the shoulder blades");
        PracticeSession last = saved.get(saved.size() - 1);
        assertThat(last.tensionBefore()).isEqualTo(7);
        assertThat(last.tensionAfter()).isEqualTo(3);
        assertThat(last.note()).isEqualTo("Felt it between the shoulder blades");
    }

    @Test
    void aFailingSaveDoesNotStopTheSessionAndIsReported() throws Exception {
        Timeline timeline = TimelineBuilder.build(Routines.builtIn(CATALOG).require("desk-break"), CATALOG);
        SessionRecorder recorder = new SessionRecorder(timeline, new SessionLedger(timeline, CATALOG), s -> {
            throw new IllegalStateException("disk full");
        }, Clock.systemUTC(), BERLIN, UUID.randomUUID());
        new SessionRunner(new ScriptedPacer(1, 0), List.of(recorder), 0).run(timeline);
        assertThat(recorder.session().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(recorder.failure()).hasMessage("disk full");
    }
}
