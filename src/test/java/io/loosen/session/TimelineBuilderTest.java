package io.loosen.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.routine.Routines;
import io.loosen.routine.WorkedSides;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Step;
import java.util.ArrayList;
import org.junit.jupiter.params.provider.Arguments;
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

    @Nested
    class RestAfterEachExercise {
        private List<Segment> restsOf(Routine routine) {
            return TimelineBuilder.build(routine, CATALOG).segments().stream()
                    .filter(s -> s.kind() == SegmentKind.REST).toList();
        }

        @Test
        void anItemsRestReplacesTheRoutinesRestAfterIt() {
            Routine r = new Routine("r", "R", "", 0, 12, List.of(RoutineItem.of("spine-twist").withRest(30),
                    RoutineItem.of("seated-middle-back-stretch"), RoutineItem.of("pull-up-bar-hang")));
            assertThat(restsOf(r)).extracting(Segment::exercise, Segment::durationMs)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 30_000L),
                            org.assertj.core.groups.Tuple.tuple(3, 12_000L));
        }

        @Test
        void aRestOfZeroGoesStraightOnToTheNextExercise() {
            Routine r = new Routine("r", "R", "", 8, 12, List.of(RoutineItem.of("spine-twist").withRest(0),
                    RoutineItem.of("seated-middle-back-stretch"), RoutineItem.of("pull-up-bar-hang")));
            assertThat(restsOf(r)).extracting(Segment::exercise).containsExactly(3);
        }

        @Test
        void anItemCanRestWhenTheRoutineDoesNot() {
            Routine r = new Routine("r", "R", "", 8, 0, List.of(RoutineItem.of("spine-twist").withRest(20),
                    RoutineItem.of("seated-middle-back-stretch"), RoutineItem.of("pull-up-bar-hang")));
            assertThat(restsOf(r)).extracting(Segment::exercise, Segment::durationMs)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 20_000L));
        }

        @Test
        void theLastExercisesRestIsNotPlayed() {
            Routine with = new Routine("r", "R", "", 8, 12, List.of(RoutineItem.of("spine-twist"),
                    RoutineItem.of("pull-up-bar-hang").withRest(90)));
            Routine without = new Routine("r", "R", "", 8, 12, List.of(RoutineItem.of("spine-twist"),
                    RoutineItem.of("pull-up-bar-hang")));
            assertThat(TimelineBuilder.build(with, CATALOG)).isEqualTo(TimelineBuilder.build(without, CATALOG));
        }

        @Test
        void theRestNamesTheExerciseThatFollows() {
            Routine r = new Routine("r", "R", "", 8, 12, List.of(RoutineItem.of("spine-twist").withRest(5),
                    RoutineItem.of("pull-up-bar-hang")));
            assertThat(restsOf(r)).singleElement().satisfies(rest -> {
                assertThat(rest.exerciseId()).isEqualTo("pull-up-bar-hang");
                assertThat(rest.text()).contains(CATALOG.require("pull-up-bar-hang").name());
            });
        }
    }

    @Nested
    class OneSideOnly {
        private Timeline only(String exercise, WorkedSides sides) {
            return TimelineBuilder.build(new Routine("r", "R", "", 8, 0,
                    List.of(RoutineItem.of(exercise).withSides(sides))), CATALOG);
        }

        @Test
        void theLeftSideOnlyHasNoSwitchAndNoRightSide() {
            Timeline left = only("egyptian-back-stretch", WorkedSides.LEFT);
            assertThat(left.segments()).noneMatch(s -> s.kind() == SegmentKind.SWITCH_SIDES || s.side() == Side.RIGHT);
            assertThat(left.segments().stream().filter(s -> s.kind() == SegmentKind.HOLD))
                    .extracting(Segment::side).containsExactly(Side.LEFT);
        }

        @Test
        void theRightSideOnlyIsTheRightHalfOfBothSides() {
            List<Segment> both = only("egyptian-back-stretch", WorkedSides.BOTH).segments();
            List<Segment> right = only("egyptian-back-stretch", WorkedSides.RIGHT).segments();
            List<Segment> rightOfBoth = both.stream()
                    .filter(s -> s.side() == Side.RIGHT && s.kind() != SegmentKind.SWITCH_SIDES).toList();
            List<Segment> rightAlone = right.stream().filter(s -> s.side() == Side.RIGHT).toList();
            assertThat(rightAlone).extracting(Segment::kind, Segment::durationMs, Segment::text, Segment::cue)
                    .isEqualTo(rightOfBoth.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.kind(),
                            s.durationMs(), s.text(), s.cue())).toList());
            assertThat(right).noneMatch(s -> s.side() == Side.LEFT || s.kind() == SegmentKind.SWITCH_SIDES);
        }

        @Test
        void getReadySaysWhichSide() {
            assertThat(only("spine-twist", WorkedSides.RIGHT).get(0).cue())
                    .isEqualTo("Get ready for the Spine Twist, right side only.");
            assertThat(only("spine-twist", WorkedSides.BOTH).get(0).cue()).isEqualTo("Get ready for the Spine Twist.");
        }

        @Test
        void bothSidesIsTheDefault() {
            assertThat(only("spine-twist", WorkedSides.BOTH)).isEqualTo(TimelineBuilder.build(
                    new Routine("r", "R", "", 8, 0, List.of(RoutineItem.of("spine-twist"))), CATALOG));
            assertThat(RoutineItem.of("spine-twist").withSides(WorkedSides.BOTH)).isEqualTo(RoutineItem.of("spine-twist"));
        }
    }

    /** Every exercise with every choice of sides and rest, in a routine with and without its own rest. */
    static Stream<Arguments> everyItemChoice() {
        List<Arguments> all = new ArrayList<>();
        for (Exercise e : CATALOG.all()) {
            List<WorkedSides> sides = e.twoSided() ? List.of(WorkedSides.BOTH, WorkedSides.LEFT, WorkedSides.RIGHT)
                    : java.util.Collections.singletonList(null);
            for (WorkedSides side : sides) {
                for (Integer rest : java.util.Arrays.asList(null, 0, 7)) {
                    for (int routineRest : new int[] {0, 12}) {
                        all.add(Arguments.of(e.id(), side, rest, routineRest));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} sides={1} rest={2} routine rest={3}")
    @MethodSource("everyItemChoice")
    void everyItemChoicePlaysTheSidesAndRestItAsksFor(String exerciseId, WorkedSides sides, Integer rest,
                                                      int routineRest) {
        Exercise e = CATALOG.require(exerciseId);
        RoutineItem item = new RoutineItem(exerciseId, null, null, null, rest, sides);
        Routine r = new Routine("r", "R", "", 8, routineRest, List.of(item, RoutineItem.of("pull-up-bar-hang")));
        Timeline t = TimelineBuilder.build(r, CATALOG);

        List<Side> expectedSides = !e.twoSided() ? List.of(Side.NONE) : switch (item.sidesOrBoth()) {
            case BOTH -> List.of(Side.LEFT, Side.RIGHT);
            case LEFT -> List.of(Side.LEFT);
            case RIGHT -> List.of(Side.RIGHT);
        };
        List<Segment> first = t.segments().stream().filter(s -> s.exercise() == 1).toList();
        List<Segment> main = first.stream()
                .filter(s -> s.kind() == SegmentKind.HOLD || s.kind() == SegmentKind.REPS).toList();
        assertThat(main.stream().map(Segment::side).distinct().toList()).isEqualTo(expectedSides);
        assertThat(first.stream().filter(s -> s.kind() == SegmentKind.SWITCH_SIDES)).hasSize(expectedSides.size() - 1);
        assertThat(first).allSatisfy(s -> assertThat(s.text() + s.cue()).doesNotContain("{"));

        int restAfter = rest == null ? routineRest : rest;
        assertThat(t.segments().stream().filter(s -> s.kind() == SegmentKind.REST && s.exercise() == 2))
                .extracting(Segment::durationMs).isEqualTo(restAfter == 0 ? List.of() : List.of(restAfter * 1000L));
        // The sum the routine editor shows (routine-editor.js) is the timeline's length.
        assertThat(t.totalMs()).isEqualTo(1000L * (editorSeconds(e, item, 8) + restAfter
                + editorSeconds(CATALOG.require("pull-up-bar-hang"), RoutineItem.of("pull-up-bar-hang"), 8)));
    }

    /** The editor's sum for one exercise: get ready, then per side its steps and dose, with a switch between. */
    private static long editorSeconds(Exercise e, RoutineItem item, int prepare) {
        int sides = e.twoSided() && item.sidesOrBoth() == WorkedSides.BOTH ? 2 : 1;
        int steps = e.steps().stream().filter(s -> !s.main()).mapToInt(Step::seconds).sum();
        long main = item.doseFor(e) instanceof Dose.Hold h ? h.defaultSeconds() : reps((Dose.Reps) item.doseFor(e));
        return prepare + sides * (steps + main) + (sides - 1L) * TimelineBuilder.SWITCH_SECONDS;
    }

    private static long reps(Dose.Reps r) {
        return (long) r.sets() * r.count() * r.secondsPerRep() + (r.sets() - 1L) * r.rest();
    }
}
