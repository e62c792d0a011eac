package io.loosen.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRunnerTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long MINUTE = 60 * SECOND;

    @Nested
    class Timing {
        /** 180 segments of 10 s: a 30-minute session. */
        private final Timeline halfHour = Timelines.evenly(180, 10);

        @ParameterizedTest
        @ValueSource(longs = {1, 7, 42, 2024})
        void lateWakeUpsNeverAccumulateOverAThirtyMinuteSessionWithPauses(long seed) throws Exception {
            long jitter = 20 * MS; // every single wake-up is up to 20 ms late
            ScriptedPacer pacer = new ScriptedPacer(seed, jitter)
                    .at(7 * MINUTE + 3 * SECOND, Command.TOGGLE_PAUSE)
                    .at(7 * MINUTE + 48 * SECOND, Command.TOGGLE_PAUSE)      // paused 45 s
                    .at(19 * MINUTE + 500 * MS, Command.TOGGLE_PAUSE)
                    .at(21 * MINUTE + 500 * MS, Command.TOGGLE_PAUSE);       // paused 2 min
            Recorder recorder = new Recorder(pacer);

            Outcome outcome = new SessionRunner(pacer, List.of(recorder), 100 * MS).run(halfHour);

            assertThat(outcome.completed()).isTrue();
            assertThat(recorder.started).hasSize(181);
            long paused = 45 * SECOND + 2 * MINUTE;
            for (Recorder.Started s : recorder.started) {
                long pausedBefore = s.atNanos() > 21 * MINUTE ? paused : s.atNanos() > 7 * MINUTE + 48 * SECOND
                        ? 45 * SECOND : 0;
                long due = s.segment().startMs() * MS + pausedBefore;
                // Each cue is late by at most one wake-up's jitter, however far into the session it is.
                assertThat(s.atNanos() - due).as("segment %d", s.segment().index()).isBetween(0L, jitter);
                assertThat(s.latenessNanos()).isEqualTo(s.atNanos() - due);
            }
            long end = recorder.started.get(recorder.started.size() - 1).atNanos();
            assertThat(end - (30 * MINUTE + paused)).isBetween(0L, jitter);
        }

        @Test
        void withoutJitterEveryCueLandsExactlyOnItsDeadline() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(halfHour);
            assertThat(recorder.started).allSatisfy(s -> {
                assertThat(s.latenessNanos()).isZero();
                assertThat(s.atNanos()).isEqualTo(s.segment().startMs() * MS);
            });
        }

        @Test
        void framesArriveOnTheFrameGridSoTheDisplayIsNeverMoreThanOneFrameBehind() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(3, 5 * MS);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 100 * MS).run(Timelines.evenly(3, 2));
            List<Long> positions = recorder.frames.stream().map(Moment::positionMs).toList();
            for (int i = 1; i < positions.size(); i++) {
                assertThat(positions.get(i) - positions.get(i - 1)).isBetween(0L, 105L);
            }
            assertThat(recorder.frames).hasSizeGreaterThanOrEqualTo(60);
        }

        @Test
        void aProcessStalledForSecondsCatchesUpAndAnnouncesEverySegmentItSleptThrough() throws Exception {
            // One wake-up 25 s late (a suspended laptop): the runner jumps to the segment due now,
            // announcing the ones that went by on the way, each with its own lateness.
            Pacer stalled = new Pacer() {
                private long now;
                private boolean stalledOnce;

                @Override
                public long nowNanos() {
                    return now;
                }

                @Override
                public java.util.Optional<Command> awaitUntil(long deadline) {
                    now = stalledOnce ? deadline : deadline + 25 * SECOND;
                    stalledOnce = true;
                    return java.util.Optional.empty();
                }
            };
            Recorder recorder = new Recorder(stalled);
            new SessionRunner(stalled, List.of(recorder), 0).run(Timelines.evenly(6, 10));
            assertThat(recorder.started).extracting(s -> s.segment().index()).containsExactly(0, 1, 2, 3, 4, 5, 6);
            assertThat(recorder.started).extracting(Recorder.Started::latenessNanos)
                    .containsExactly(0L, 25 * SECOND, 15 * SECOND, 5 * SECOND, 0L, 0L, 0L);
            assertThat(recorder.started).extracting(Recorder.Started::atNanos)
                    .startsWith(0L, 35 * SECOND, 35 * SECOND, 35 * SECOND, 40 * SECOND);
        }
    }

    @Nested
    class Commands {
        private final Timeline timeline = Timelines.evenly(4, 10);

        @Test
        void nextSkipsToTheFollowingSegmentAndSaysSo() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0).at(3 * SECOND, Command.NEXT);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(recorder.started.get(1).how()).isEqualTo(Transition.SKIPPED);
            assertThat(recorder.started.get(1).atNanos()).isEqualTo(3 * SECOND);
            // The rest of the session shifts earlier by the 7 s skipped.
            assertThat(recorder.started.get(2).atNanos()).isEqualTo(13 * SECOND);
        }

        @Test
        void backRestartsTheSegmentAndRepeatsItsCue() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0).at(15 * SECOND, Command.BACK);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(recorder.started).extracting(s -> s.segment().index()).startsWith(0, 1, 1, 2);
            assertThat(recorder.started.get(2).how()).isEqualTo(Transition.WENT_BACK);
            assertThat(recorder.outcome.completed()).isTrue();
        }

        @Test
        void quitEndsTheSessionWhereItIs() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0).at(25 * SECOND, Command.QUIT);
            Recorder recorder = new Recorder(pacer);
            Outcome outcome = new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(outcome.completed()).isFalse();
            assertThat(outcome.last().positionMs()).isEqualTo(25_000);
            assertThat(recorder.outcome).isSameAs(outcome);
        }

        @Test
        void pauseFreezesThePositionUntilResumed() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0)
                    .at(5 * SECOND, Command.TOGGLE_PAUSE)
                    .at(65 * SECOND, Command.TOGGLE_PAUSE);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(recorder.events).containsExactly("paused at 5000", "resumed at 5000");
            assertThat(recorder.started.get(1).atNanos()).isEqualTo(70 * SECOND);
        }

        @Test
        void eachSegmentLeftReportsHowMuchOfItWasPlayedPausesExcluded() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0)
                    .at(4 * SECOND, Command.TOGGLE_PAUSE)
                    .at(60 * SECOND, Command.TOGGLE_PAUSE)   // 56 s paused in segment 0
                    .at(63 * SECOND, Command.NEXT)           // 7 s into segment 0
                    .at(64_500 * MS, Command.BACK)           // 1.5 s into segment 1: back to segment 0
                    .at(69 * SECOND, Command.BACK)           // 4.5 s into segment 0: restarts it
                    .at(71 * SECOND, Command.QUIT);          // 2 s into segment 0 again
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(recorder.played).containsExactly("0:7000", "1:1500", "0:4500", "0:2000");
        }

        @Test
        void segmentsPlayedToTheirEndReportTheirWholeLength() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0);
            Recorder recorder = new Recorder(pacer);
            new SessionRunner(pacer, List.of(recorder), 0).run(timeline);
            assertThat(recorder.played).containsExactly("0:10000", "1:10000", "2:10000", "3:10000");
        }

        @Test
        void skippingPastTheLastSegmentCompletesTheSession() throws Exception {
            ScriptedPacer pacer = new ScriptedPacer(1, 0);
            for (int i = 1; i <= 4; i++) {
                pacer.at(i * SECOND, Command.NEXT);
            }
            Outcome outcome = new SessionRunner(pacer, List.of(), 0).run(timeline);
            assertThat(outcome.completed()).isTrue();
        }
    }
}
