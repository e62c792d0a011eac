package io.loosen.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.routine.Routines;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineBuilderTest {
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());
    private static final Routines ROUTINES = Routines.builtIn(CATALOG);

    static Stream<Routine> everyRoutineAndExercise() {
        return Stream.concat(ROUTINES.all().stream(),
                CATALOG.all().stream().map(e -> Routine.single(e.id(), e.name())));
    }

    private static Timeline timelineOf(String exerciseId) {
        Exercise e = CATALOG.require(exerciseId);
        return TimelineBuilder.build(Routine.single(e.id(), e.name()), CATALOG);
    }

    @Nested
    class Shape {
        @ParameterizedTest
        @MethodSource("io.loosen.session.TimelineBuilderTest#everyRoutineAndExercise")
        void segmentsAreContiguousAndTheTotalIsTheirSum(Routine routine) {
            Timeline t = TimelineBuilder.build(routine, CATALOG);
            long sum = 0;
            for (Segment s : t.segments()) {
                assertThat(s.startMs()).isEqualTo(sum);
                sum += s.durationMs();
            }
            assertThat(t.totalMs()).isEqualTo(sum);
        }

        @ParameterizedTest
        @MethodSource("io.loosen.session.TimelineBuilderTest#everyRoutineAndExercise")
        void endsWithOneInstantDoneSegment(Routine routine) {
            List<Segment> segments = TimelineBuilder.build(routine, CATALOG).segments();
            assertThat(segments.get(segments.size() - 1).kind()).isEqualTo(SegmentKind.DONE);
            assertThat(segments.get(segments.size() - 1).durationMs()).isZero();
            assertThat(segments.subList(0, segments.size() - 1))
                    .allSatisfy(s -> assertThat(s.durationMs()).isPositive())
                    .noneMatch(s -> s.kind() == SegmentKind.DONE);
        }

        @ParameterizedTest
        @MethodSource("io.loosen.session.TimelineBuilderTest#everyRoutineAndExercise")
        void everyTextAndCueHasItsPlaceholdersFilled(Routine routine) {
            assertThat(TimelineBuilder.build(routine, CATALOG).segments()).allSatisfy(s -> {
                assertThat(s.text()).doesNotContain("{").isNotBlank();
                assertThat(s.cue()).doesNotContain("{").isNotBlank();
            });
        }

        @Test
        void restsComeBetweenExercisesNeverBeforeTheFirst() {
            Routine daily = ROUTINES.require("daily");
            Timeline t = TimelineBuilder.build(daily, CATALOG);
            List<Segment> rests = t.segments().stream().filter(s -> s.kind() == SegmentKind.REST).toList();
            assertThat(rests).hasSize(daily.items().size() - 1)
                    .allSatisfy(r -> assertThat(r.durationMs()).isEqualTo(daily.rest() * 1000L));
            assertThat(t.get(0).kind()).isEqualTo(SegmentKind.PREPARE);
            assertThat(rests).extracting(Segment::exercise).containsExactly(2, 3);
        }

        @Test
        void aRoutineWithoutRestOrPreparationStartsStraightAtTheFirstStep() {
            Routine bare = new Routine("bare", "Bare", "No pauses at all.", 0, 0,
                    List.of(RoutineItem.of("seated-middle-back-stretch"), RoutineItem.of("spine-twist")));
            Timeline t = TimelineBuilder.build(bare, CATALOG);
            assertThat(t.get(0).kind()).isEqualTo(SegmentKind.STEP);
            assertThat(t.segments()).noneMatch(s -> s.kind() == SegmentKind.REST || s.kind() == SegmentKind.PREPARE);
        }
    }

    @Nested
    class Sides {
        @Test
        void twoSidedExercisesDoLeftThenASwitchThenAMirroredRight() {
            List<Segment> segments = timelineOf("egyptian-back-stretch").segments();
            List<Segment> left = segments.stream().filter(s -> s.side() == Side.LEFT).toList();
            List<Segment> right = segments.stream()
                    .filter(s -> s.side() == Side.RIGHT && s.kind() != SegmentKind.SWITCH_SIDES).toList();
            assertThat(right).hasSameSizeAs(left);
            for (int i = 0; i < left.size(); i++) {
                assertThat(right.get(i).kind()).isEqualTo(left.get(i).kind());
                assertThat(right.get(i).durationMs()).isEqualTo(left.get(i).durationMs());
                assertThat(right.get(i).text()).isEqualTo(swapSides(left.get(i).text()));
            }
            Segment lastLeft = left.get(left.size() - 1);
            Segment afterLeft = segments.get(lastLeft.index() + 1);
            assertThat(afterLeft.kind()).isEqualTo(SegmentKind.SWITCH_SIDES);
            assertThat(afterLeft.cue()).containsIgnoringCase("switch");
        }

        @Test
        void theEgyptianStretchHoldsAboutTwentySecondsOnEachArm() {
            assertThat(timelineOf("egyptian-back-stretch").segments().stream()
                    .filter(s -> s.kind() == SegmentKind.HOLD))
                    .extracting(Segment::side, Segment::durationMs)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Side.LEFT, 20_000L),
                            org.assertj.core.groups.Tuple.tuple(Side.RIGHT, 20_000L));
        }

        @Test
        void oneSidedExercisesHaveNoSwitch() {
            assertThat(timelineOf("seated-middle-back-stretch").segments())
                    .allSatisfy(s -> assertThat(s.side()).isEqualTo(Side.NONE))
                    .noneMatch(s -> s.kind() == SegmentKind.SWITCH_SIDES);
        }

        private String swapSides(String text) {
            return java.util.regex.Pattern.compile("\\b(left|right)\\b").matcher(text)
                    .replaceAll(m -> m.group().equals("left") ? "right" : "left");
        }
    }

    @Nested
    class Doses {
        @Test
        void aFreeHoldSaysItMayLastAsLongAsYouLike() {
            Segment hold = timelineOf("seated-middle-back-stretch").segments().stream()
                    .filter(s -> s.kind() == SegmentKind.HOLD).findFirst().orElseThrow();
            assertThat(hold.label()).contains("as long as you like");
            assertThat(hold.durationMs()).isEqualTo(30_000);
        }

        @Test
        void aRoutineCanChangeTheHold() {
            Routine longer = new Routine("r", "R", "Longer hold.", 5, 0,
                    List.of(RoutineItem.of("spine-twist").withHold(60)));
            assertThat(TimelineBuilder.build(longer, CATALOG).segments().stream()
                    .filter(s -> s.kind() == SegmentKind.HOLD)).extracting(Segment::durationMs)
                    .containsExactly(60_000L, 60_000L);
        }

        @Test
        void repetitionsPlayEveryBeatOfEveryRepOfEverySetWithRestBetweenSets() {
            List<Segment> segments = timelineOf("inverted-row").segments();
            List<Segment> beats = segments.stream().filter(s -> s.kind() == SegmentKind.REPS).toList();
            assertThat(beats).hasSize(2 * 8 * 3);
            assertThat(beats.get(0).cue()).isEqualTo("1. pull");
            assertThat(beats.get(1).cue()).isEqualTo("squeeze");
            assertThat(beats.get(3).label()).startsWith("Rep 2 of 8 · pull · set 1 of 2");
            assertThat(beats).extracting(Segment::durationMs).containsOnly(2_000L, 1_000L);
            List<Segment> setRests = segments.stream().filter(s -> s.kind() == SegmentKind.REST).toList();
            assertThat(setRests).singleElement().satisfies(r -> {
                assertThat(r.durationMs()).isEqualTo(45_000);
                assertThat(r.label()).isEqualTo("Rest before set 2 of 2");
            });
        }

        @Test
        void repsAndSetsCanBeChangedByTheRoutine() {
            Routine fewer = new Routine("r", "R", "Fewer reps.", 0, 0,
                    List.of(new RoutineItem("inverted-row", null, 5, 1)));
            assertThat(TimelineBuilder.build(fewer, CATALOG).segments().stream()
                    .filter(s -> s.kind() == SegmentKind.REPS)).hasSize(5 * 3);
        }
    }
}
