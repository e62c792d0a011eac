package io.loosen.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.DataFiles;
import io.loosen.system.InvalidDataException;
import io.loosen.system.UserError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in routines and the rules every routine file must follow. */
class RoutinesTest {
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());
    private static final Routines ROUTINES = Routines.builtIn(CATALOG);

    private static List<Exercise> exercisesOf(Routine routine) {
        return routine.items().stream().map(item -> CATALOG.require(item.exercise())).toList();
    }

    private static Duration length(Routine routine) {
        return Duration.ofMillis(TimelineBuilder.build(routine, CATALOG).totalMs());
    }

    @Nested
    class Daily {
        private final Routine daily = ROUTINES.require("daily");

        @Test
        void isTheThreeDetailedStretches() {
            assertThat(daily.items()).extracting(RoutineItem::exercise)
                    .containsExactlyInAnyOrder("seated-middle-back-stretch", "spine-twist", "egyptian-back-stretch");
        }

        @Test
        void takesAboutFiveMinutes() {
            assertThat(length(daily)).isBetween(Duration.ofSeconds(270), Duration.ofSeconds(330));
        }
    }

    @Nested
    class DeskBreak {
        private final Routine deskBreak = ROUTINES.require("desk-break");

        @Test
        void needsNoFloorAndNoEquipment() {
            assertThat(exercisesOf(deskBreak)).isNotEmpty().allSatisfy(e -> {
                assertThat(e.positions()).as(e.id()).doesNotContain(Position.LYING, Position.KNEELING);
                assertThat(e.equipment()).as(e.id()).containsOnly(Equipment.NONE);
            });
        }

        @Test
        void takesAboutTwoMinutes() {
            assertThat(length(deskBreak)).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(150));
        }
    }

    @Test
    void everyBuiltInRoutineBuildsATimeline() {
        assertThat(ROUTINES.all()).isNotEmpty().allSatisfy(routine ->
                assertThat(TimelineBuilder.build(routine, CATALOG).totalMs()).isPositive());
    }

    @ParameterizedTest
    @CsvSource({"dialy, daily", "dail, daily", "Daily, daily", "desk, desk-break", "deskbreak, desk-break",
            "desk-brake, desk-break"})
    void anUnknownRoutineSuggestsTheClosest(String typed, String suggested) {
        assertThatExceptionOfType(UserError.class).isThrownBy(() -> ROUTINES.require(typed))
                .withMessage("There is no routine '" + typed + "'; did you mean '" + suggested + "'?");
    }

    @Test
    void aFarMissPointsToTheList() {
        assertThatExceptionOfType(UserError.class).isThrownBy(() -> ROUTINES.require("yoga"))
                .withMessage("There is no routine 'yoga'; 'loosen routines' lists them all.");
    }

    @Nested
    class RoutineFiles {
        private static final String FILE = "my-routine.yaml";

        private Routine read(String yaml) {
            return RoutineReader.read(FILE, DataFiles.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8)), CATALOG);
        }

        private String refusal(String exercisesYaml) {
            String yaml = "id: mine\nname: My routine\nsummary: A routine of my own making.\n" + exercisesYaml;
            Throwable e = catchThrowable(() -> read(yaml));
            assertThat(e).isInstanceOfSatisfying(InvalidDataException.class,
                    invalid -> assertThat(invalid.source()).isEqualTo(FILE));
            assertThat(e.getMessage()).startsWith(FILE + ": ").doesNotContain("\n").endsWith(".");
            return e.getMessage();
        }

        @Test
        void aValidRoutineReads() {
            Routine r = read("""
                    id: mine
                    name: My routine
                    summary: A routine of my own making.
                    exercises:
                      - exercise: spine-twist
                        hold: 60
                      - exercise: inverted-row
                        reps: 5
                        sets: 3
                    """);

            assertThat(r.items()).containsExactly(new RoutineItem("spine-twist", 60, null, null),
                    new RoutineItem("inverted-row", null, 5, 3));
            assertThat(r.prepare()).isEqualTo(Routine.DEFAULT_PREPARE_SECONDS);
            assertThat(r.rest()).isEqualTo(Routine.DEFAULT_REST_SECONDS);
        }

        @Test
        void anUnknownExerciseIsNamedWithASuggestion() {
            assertThat(refusal("exercises:\n  - exercise: spine-twist\n  - exercise: spine-twst\n"))
                    .contains("'exercises[1].exercise'", "'spine-twst'", "did you mean 'spine-twist'");
        }

        @ParameterizedTest
        @CsvSource({"spine-twist, 5, 10–120", "spine-twist, 121, 10–120", "egyptian-back-stretch, 600, 10–60",
                "seated-middle-back-stretch, 0, 5–300", "pull-up-bar-hang, 99999999999, 5–60"})
        void aHoldOutsideTheExercisesRangeIsNamed(String exercise, long hold, String range) {
            assertThat(refusal("exercises:\n  - exercise: " + exercise + "\n    hold: " + hold + "\n"))
                    .contains("'exercises[0].hold'", hold + " seconds", range);
        }

        @Test
        void aHoldOnARepeatedExerciseIsRefused() {
            assertThat(refusal("exercises:\n  - exercise: inverted-row\n    hold: 30\n"))
                    .contains("'exercises[0].hold'", "exercise, reps, sets");
        }

        @Test
        void repsOnAHeldExerciseAreRefused() {
            assertThat(refusal("exercises:\n  - exercise: spine-twist\n    reps: 10\n"))
                    .contains("'exercises[0].reps'", "exercise, hold");
        }

        @Test
        void anUnknownFieldIsNamedWithTheClosestAllowedOne() {
            assertThat(refusal("rests: 10\nexercises:\n  - exercise: spine-twist\n"))
                    .contains("unknown field 'rests'", "did you mean 'rest'?");
        }

        @Test
        void aRoutineNeedsAtLeastOneExercise() {
            assertThat(refusal("exercises: []\n")).contains("'exercises'", "0 entries");
        }
    }
}
