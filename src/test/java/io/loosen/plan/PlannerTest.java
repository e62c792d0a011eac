package io.loosen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.catalog.Target;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.UserError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlannerTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final Catalog CATALOG = Catalogs.BUILT_IN;

    static Plan plan(PlanRequest request) {
        return Planner.plan(request, CATALOG, List.of());
    }

    static Exercise exercise(PlannedItem item) {
        return CATALOG.require(item.exerciseId());
    }

    @Nested
    class TheIssuesExamples {
        @Test
        void fourMinutesAtADeskWithAChair() {
            Plan plan = plan(PlanRequest.of(4, Setting.DESK, Set.of(Equipment.CHAIR), DAY, "ann"));

            assertThat(plan.notice()).isEmpty();
            assertThat(plan.totalSeconds()).isBetween(216, 240);
            assertThat(plan.routine().orElseThrow().id()).isEqualTo("plan-2026-11-25");
            assertThat(plan.routine().orElseThrow().name()).isEqualTo("Your 4-minute desk plan");
            assertThat(plan.items()).allSatisfy(item -> {
                assertThat(exercise(item).places()).containsAnyOf(io.loosen.catalog.Place.DESK,
                        io.loosen.catalog.Place.ANYWHERE);
                assertThat(item.position()).isIn(Position.SEATED, Position.STANDING);
                assertThat(item.reason()).endsWith(".").contains("works");
            });
        }

        @Test
        void tenMinutesOnTheFloorWithAPullUpBar() {
            Plan plan = plan(PlanRequest.of(10, Setting.FLOOR, Set.of(Equipment.PULL_UP_BAR), DAY, "ann"));

            assertThat(plan.notice()).isEmpty();
            assertThat(plan.totalSeconds()).isBetween(540, 600);
            assertThat(plan.items()).extracting(PlannedItem::exerciseId).contains("pull-up-bar-hang");
            assertThat(plan.items().get(0).position()).as("hanging first, at the bar").isEqualTo(Position.HANGING);
        }

        @Test
        void lengthIsTheTimelinesLength() {
            Plan plan = plan(PlanRequest.of(7, Setting.FLOOR, Set.of(), DAY, "ann"));

            long measured = TimelineBuilder.build(plan.routine().orElseThrow(), CATALOG).totalMs();
            assertThat(plan.totalSeconds() * 1000L).isEqualTo(measured);
        }
    }

    @Nested
    class ImpossibleRequests {
        /** Only the two-sided desk stretch is left: both sides cannot fit in a minute. */
        final Catalog twoSidedOnly = new Catalog(CatalogLoader.builtIn().stream()
                .filter(e -> !e.id().equals("seated-middle-back-stretch")).toList(), List.of());

        @Test
        void oneMinuteIsTooShortForBothSidesAtADesk() {
            Plan plan = Planner.plan(PlanRequest.of(1, Setting.DESK, Set.of(), DAY, "ann"), twoSidedOnly, List.of());

            int shortest = plan.totalSeconds();
            assertThat(shortest).isGreaterThan(60);
            assertThat(plan.notice()).contains("1 minute is too short for both sides of any stretch at a desk; "
                    + "the shortest plan takes " + shortest / 60 + " min " + shortest % 60 + " s.");
            assertThat(plan.items()).extracting(PlannedItem::exerciseId).containsExactly("egyptian-back-stretch");
            assertThat(plan.fits()).isFalse();
        }

        @Test
        void nothingFitsGivesASentenceAndNoPlan() {
            Plan plan = plan(PlanRequest.of(5, Setting.DESK, Set.of(), DAY, "ann")
                    .withAvoid(Set.of(Position.SEATED, Position.STANDING)));

            assertThat(plan.routine()).isEmpty();
            assertThat(plan.items()).isEmpty();
            assertThat(plan.notice()).contains("No exercise fits at a desk with no equipment while avoiding "
                    + "seated, standing; allow another position, add equipment or choose another place.");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 61})
        void minutesOutsideOneToSixtyAreRefused(int minutes) {
            assertThatThrownBy(() -> PlanRequest.of(minutes, Setting.DESK, Set.of(), DAY, "ann"))
                    .isInstanceOf(UserError.class)
                    .hasMessage("minutes " + minutes + " is outside the allowed 1–60.");
        }
    }

    @Nested
    class StrengthImbalance {
        @Test
        void includesTheInvertedRowWhenALowBarIsAtHand() {
            Plan plan = plan(PlanRequest.of(6, Setting.GYM, Set.of(Equipment.LOW_BAR_OR_TABLE), DAY, "ann")
                    .withBothers(Set.of(Cause.STRENGTH_IMBALANCE)));

            assertThat(plan.items()).filteredOn(i -> i.exerciseId().equals("inverted-row")).first()
                    .satisfies(i -> assertThat(i.reason()).startsWith("Builds strength and counters strength imbalance"));
            assertThat(plan.totalSeconds()).isBetween(324, 360);
        }

        @Test
        void leavesItOutWithoutABar() {
            Plan plan = plan(PlanRequest.of(6, Setting.GYM, Set.of(), DAY, "ann")
                    .withBothers(Set.of(Cause.STRENGTH_IMBALANCE)));

            assertThat(plan.items()).extracting(PlannedItem::exerciseId).doesNotContain("inverted-row");
            assertThat(plan.items()).isNotEmpty();
        }
    }

    @Test
    void saysWhyInOneLine() {
        Plan plan = plan(PlanRequest.of(2, Setting.DESK, Set.of(Equipment.CHAIR), DAY, "ann")
                .withAvoid(Set.of(Position.STANDING)).withBothers(Set.of(Cause.STATIC_POSITION)));

        assertThat(plan.items()).extracting(PlannedItem::reason).startsWith("Counters sitting still; works the "
                + "upper back, the mid back and between the shoulder blades; needs nothing but a chair.");
    }

    @Test
    void respectsAPersonWhoWillNotLieDownOrKneel() {
        Plan plan = plan(PlanRequest.of(15, Setting.FLOOR, Set.of(), DAY, "ann")
                .withAvoid(Set.of(Position.LYING, Position.KNEELING)));

        assertThat(plan.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.position()).isNotIn(Position.LYING, Position.KNEELING);
            assertThat(exercise(item).positions()).contains(item.position());
        });
        assertThat(plan.items()).extracting(PlannedItem::exerciseId)
                .doesNotContain("spine-twist", "kneeling-cat-back-stretch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPPER_BACK", "MID_BACK", "BOTH"})
    void coversTheFocus(Focus focus) {
        Plan plan = plan(PlanRequest.of(3, Setting.FLOOR, Set.of(), DAY, "ann").withFocus(focus));

        for (Target target : focus.targets()) {
            assertThat(plan.items()).as("covers %s", target).anySatisfy(i -> assertThat(exercise(i).targets())
                    .contains(target));
        }
    }

    @Nested
    class Ordering {
        @Test
        void groupsPositionsFromTheBarDownToTheFloor() {
            Plan plan = plan(PlanRequest.of(12, Setting.FLOOR, Set.of(Equipment.PULL_UP_BAR), DAY, "ann"));

            List<Position> positions = plan.items().stream().map(PlannedItem::position).toList();
            List<Position> downward = List.of(Position.HANGING, Position.STANDING, Position.SEATED,
                    Position.KNEELING, Position.LYING);
            assertThat(positions).isSortedAccordingTo(java.util.Comparator.comparingInt(downward::indexOf));
            assertThat(plan.transitions()).isEqualTo(positions.stream().distinct().count() - 1);
        }

        @Test
        void flexibleExercisesJoinTheirNeighboursPosition() {
            Plan plan = plan(PlanRequest.of(4, Setting.DESK, Set.of(), DAY, "ann"));

            assertThat(plan.transitions()).isZero();
        }

        @Test
        void countsEveryChangeOfPosition() {
            assertThat(io.loosen.plan.Ordering.transitions(List.of(Position.STANDING, Position.STANDING,
                    Position.SEATED, Position.STANDING))).isEqualTo(2);
        }
    }

    @Test
    void samePersonDayAndInputsGiveTheSamePlan() {
        PlanRequest request = PlanRequest.of(8, Setting.FLOOR, Set.of(Equipment.PULL_UP_BAR), DAY, "ann");

        assertThat(plan(request)).isEqualTo(plan(request));
    }

    @Test
    void avoidsServingTheSameRoutineAThirdDayRunning() {
        PlanRequest request = PlanRequest.of(4, Setting.DESK, Set.of(), DAY, "ann");
        Plan usual = plan(request);
        var history = List.of(Catalogs.played(usual, CATALOG, DAY.minusDays(2)),
                Catalogs.played(usual, CATALOG, DAY.minusDays(1)));

        Plan today = Planner.plan(request, CATALOG, history);

        assertThat(today.items()).extracting(PlannedItem::exerciseId)
                .isNotEqualTo(usual.items().stream().map(PlannedItem::exerciseId).toList());
        assertThat(today.totalSeconds()).isBetween(216, 240);
    }
}
