package io.loosen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.routine.Routine;
import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The planner's promises, over thousands of random requests and catalogs. The requests come from a
 * seeded generator, so a failure names its case and repeats on every run.
 */
class PlannerProperties {
    static final List<Catalog> CATALOGS = List.of(Catalogs.BUILT_IN, Catalogs.builtInAnd(40, 1),
            Catalogs.generated(120, 2), Catalogs.generated(12, 3));

    /** A request and the catalog it is planned against. */
    record Case(PlanRequest request, Catalog catalog) {
        Plan plan() {
            return Planner.plan(request, catalog, List.of());
        }

        List<Exercise> allowed() {
            return catalog.matching(new Constraints(request)::allows);
        }
    }

    private static final List<String> PEOPLE = List.of("ann", "bo", "chen", "/home/dee/.local/share/loosen/loosen.db");

    /** Checks {@code property} for {@code tries} random cases; a failure says which case broke it. */
    static void forAll(int tries, long seed, Consumer<Case> property) {
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            Case c = randomCase(random);
            try {
                property.accept(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + seed + " fails: " + c, e);
            }
        }
    }

    static Case randomCase(Random random) {
        PlanRequest request = new PlanRequest(1 + random.nextInt(60), pick(random, Setting.values()),
                subset(random, Equipment.class, Equipment.values().length), subset(random, Position.class, 3),
                pick(random, Focus.values()), subset(random, Cause.class, Cause.values().length),
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(801)), PEOPLE.get(random.nextInt(PEOPLE.size())));
        return new Case(request, CATALOGS.get(random.nextInt(CATALOGS.size())));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type, int maxSize) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (chosen.size() < maxSize && random.nextBoolean()) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    static boolean tooShort(Plan plan) {
        return plan.notice().filter(n -> n.contains(" is too short for ")).isPresent();
    }

    static Timeline timeline(Case c, Plan plan) {
        return TimelineBuilder.build(plan.routine().orElseThrow(), c.catalog());
    }

    @Test
    void neverGoesOverTime() {
        forAll(2000, 11, c -> {
            Plan plan = c.plan();
            if (plan.routine().isEmpty()) {
                assertThat(c.allowed()).isEmpty();
                return;
            }
            long measured = timeline(c, plan).totalMs();
            assertThat(plan.totalSeconds() * 1000L).isEqualTo(measured);
            int modelled = plan.items().stream().mapToInt(PlannedItem::seconds).sum()
                    + (plan.items().size() - 1) * Routine.DEFAULT_REST_SECONDS;
            assertThat(modelled).as("the planner's cost model agrees with the timeline").isEqualTo(plan.totalSeconds());
            if (tooShort(plan)) {
                assertThat(plan.items()).hasSize(1);
                int shortest = c.allowed().stream().mapToInt(e -> new Dosing(e, Routine.DEFAULT_PREPARE_SECONDS).cost(0))
                        .min().orElseThrow();
                assertThat(plan.totalSeconds()).isEqualTo(shortest).isGreaterThan(c.request().budgetSeconds());
            } else {
                assertThat(plan.totalSeconds()).isLessThanOrEqualTo(c.request().budgetSeconds());
            }
        });
    }

    @Test
    void fillsNinetyPercentOrSaysWhyNot() {
        forAll(2000, 12, c -> {
            Plan plan = c.plan();
            if (plan.routine().isEmpty() || tooShort(plan)) {
                return;
            }
            int budget = c.request().budgetSeconds();
            if (plan.notice().isEmpty()) {
                assertThat(plan.totalSeconds()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * budget));
                return;
            }
            assertThat(plan.notice().get()).contains("fills only");
            Set<String> used = plan.items().stream().map(PlannedItem::exerciseId).collect(Collectors.toSet());
            int left = budget - plan.totalSeconds();
            assertThat(c.allowed()).filteredOn(e -> !used.contains(e.id())).allSatisfy(e -> assertThat(
                    new Dosing(e, Routine.DEFAULT_PREPARE_SECONDS).cost(0) + Routine.DEFAULT_REST_SECONDS)
                    .as("%s would still fit", e.id()).isGreaterThan(left));
        });
    }

    @Test
    void neverBreaksAConstraint() {
        forAll(2000, 13, c -> {
            PlanRequest r = c.request();
            for (PlannedItem item : c.plan().items()) {
                Exercise e = c.catalog().require(item.exerciseId());
                assertThat(r.equipment()).containsAll(e.equipment());
                assertThat(e.positions()).contains(item.position());
                assertThat(r.avoid()).doesNotContain(item.position());
                assertThat(e.places()).anyMatch(p -> admitted(r, p));
                if (r.place() == Setting.DESK) {
                    assertThat(item.position()).isIn(Position.SEATED, Position.STANDING);
                }
                if (e.equipment().contains(Equipment.PULL_UP_BAR)) {
                    assertThat(r.equipment()).contains(Equipment.PULL_UP_BAR);
                }
                assertThat(item.reason()).isNotBlank().endsWith(".");
            }
        });
    }

    static boolean admitted(PlanRequest r, Place p) {
        boolean bar = r.equipment().contains(Equipment.PULL_UP_BAR) || r.equipment().contains(Equipment.LOW_BAR_OR_TABLE);
        return switch (r.place()) {
            case DESK -> p == Place.DESK || p == Place.ANYWHERE;
            case FLOOR -> p == Place.FLOOR || p == Place.ANYWHERE || p == Place.BAR && bar;
            case GYM -> p == Place.GYM || p == Place.BAR || p == Place.ANYWHERE;
            case OUTDOORS -> p == Place.OUTDOORS || p == Place.BAR || p == Place.ANYWHERE;
        };
    }

    @Test
    void playsBothSidesOfEveryTwoSidedExercise() {
        forAll(1000, 14, c -> {
            Plan plan = c.plan();
            if (plan.routine().isEmpty()) {
                return;
            }
            List<Segment> segments = timeline(c, plan).segments();
            for (int number = 1; number <= plan.items().size(); number++) {
                Exercise e = c.catalog().require(plan.items().get(number - 1).exerciseId());
                int n = number;
                Set<Side> worked = segments.stream()
                        .filter(s -> s.exercise() == n && (s.kind() == SegmentKind.HOLD || s.kind() == SegmentKind.REPS))
                        .map(Segment::side).collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
                assertThat(worked).isEqualTo(e.twoSided() ? EnumSet.of(Side.LEFT, Side.RIGHT) : EnumSet.of(Side.NONE));
            }
        });
    }

    @Test
    void sameInputsGiveTheSamePlanWhateverTheCatalogOrder() {
        forAll(1000, 15, c -> {
            List<Exercise> reversed = new ArrayList<>(c.catalog().all());
            Collections.reverse(reversed);

            Plan again = Planner.plan(c.request(), new Catalog(reversed, List.of()), List.of());

            assertThat(again).isEqualTo(c.plan());
        });
    }

    @Test
    void doesNotServeTheSameRoutineAThirdDayRunning() {
        forAll(1000, 16, c -> {
            Plan usual = c.plan();
            int budget = c.request().budgetSeconds();
            long fitting = c.allowed().stream()
                    .filter(e -> new Dosing(e, Routine.DEFAULT_PREPARE_SECONDS).cost(0) <= budget).count();
            if (usual.routine().isEmpty() || fitting < 2) {
                return;
            }
            LocalDate day = c.request().date();
            var history = List.of(Catalogs.played(usual, c.catalog(), day.minusDays(2)),
                    Catalogs.played(usual, c.catalog(), day.minusDays(1)));

            Plan today = Planner.plan(c.request(), c.catalog(), history);

            assertThat(ids(today)).isNotEqualTo(ids(usual));
            assertThat(today.totalSeconds()).isLessThanOrEqualTo(budget);
        });
    }

    static List<String> ids(Plan plan) {
        return plan.items().stream().map(PlannedItem::exerciseId).toList();
    }
}
