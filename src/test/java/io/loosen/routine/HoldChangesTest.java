package io.loosen.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.system.UserError;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --hold 40} and {@code --hold spine-twist=60}: changing hold times for one session, safely. */
class HoldChangesTest {
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());
    private static final Routine DAILY = Routines.builtIn(CATALOG).require("daily");
    private static final Routine EVERYTHING = new Routine("everything", "Everything", "Every exercise once.", 8, 15,
            CATALOG.all().stream().map(e -> RoutineItem.of(e.id())).toList());

    private static HoldChanges.Applied apply(Routine routine, String... values) {
        return HoldChanges.apply(routine, CATALOG, List.of(values));
    }

    private static Map<String, Integer> holds(Routine routine) {
        return routine.items().stream().filter(item -> item.hold() != null)
                .collect(Collectors.toMap(RoutineItem::exercise, RoutineItem::hold));
    }

    @Nested
    class ForEveryExercise {
        @Test
        void setsEveryHeldStretchWhenAllowed() {
            HoldChanges.Applied applied = apply(DAILY, "40");

            assertThat(holds(applied.routine())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "seated-middle-back-stretch", 40, "spine-twist", 40, "egyptian-back-stretch", 40));
            assertThat(applied.notes()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 5, 40, 100, 600})
        void fitsTheValueIntoEachExercisesSafeRangeWithANote(int seconds) {
            HoldChanges.Applied applied = apply(EVERYTHING, String.valueOf(seconds));

            for (RoutineItem item : applied.routine().items()) {
                Exercise e = CATALOG.require(item.exercise());
                if (e.dose() instanceof Dose.Hold hold) {
                    assertThat(item.hold()).as(e.id()).isEqualTo(hold.clamp(seconds));
                    String note = "The " + e.name() + " holds for " + hold.clamp(seconds) + " s: its safe range is "
                            + hold.min() + "–" + hold.max() + " s.";
                    if (hold.allows(seconds)) {
                        assertThat(applied.notes()).as(e.id()).doesNotContain(note);
                    } else {
                        assertThat(applied.notes()).as(e.id()).contains(note);
                    }
                } else {
                    assertThat(item).as(e.id() + " is done in repetitions").isEqualTo(RoutineItem.of(e.id()));
                }
            }
        }

        @Test
        void clampsTheEgyptianStretchToItsSixtySecondMaximum() {
            HoldChanges.Applied applied = apply(DAILY, "100");

            assertThat(holds(applied.routine())).containsEntry("egyptian-back-stretch", 60)
                    .containsEntry("spine-twist", 100).containsEntry("seated-middle-back-stretch", 100);
            assertThat(applied.notes()).containsExactly(
                    "The Egyptian Back Stretch holds for 60 s: its safe range is 10–60 s.");
        }

        @Test
        void leavesTheOriginalRoutineAlone() {
            apply(DAILY, "100");

            assertThat(holds(DAILY)).containsEntry("spine-twist", 35).containsEntry("egyptian-back-stretch", 20);
        }

        @Test
        void withNoValuesChangesNothing() {
            assertThat(apply(DAILY).routine()).isEqualTo(DAILY);
        }
    }

    @Nested
    class ForOneExercise {
        @Test
        void changesOnlyThatExercise() {
            HoldChanges.Applied applied = apply(DAILY, "spine-twist=45");

            assertThat(holds(applied.routine())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "seated-middle-back-stretch", 45, "spine-twist", 45, "egyptian-back-stretch", 20));
            assertThat(holds(apply(DAILY, "spine-twist=60").routine())).containsEntry("spine-twist", 60)
                    .containsEntry("seated-middle-back-stretch", 45);
        }

        @ParameterizedTest
        @CsvSource({"40, spine-twist=60", "spine-twist=60, 40"})
        void winsOverAValueForEveryExerciseInAnyOrder(String first, String second) {
            assertThat(holds(apply(DAILY, first, second).routine())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "seated-middle-back-stretch", 40, "spine-twist", 60, "egyptian-back-stretch", 40));
        }

        @ParameterizedTest
        @CsvSource({"spine-twist=5, 10–120", "spine-twist=121, 10–120", "egyptian-back-stretch=61, 10–60",
                "seated-middle-back-stretch=0, 5–300"})
        void outsideTheExercisesRangeIsRefused(String value, String range) {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, value))
                    .withMessageContainingAll("--hold " + value, range);
        }

        @Test
        void anExerciseNotInTheRoutineIsRefused() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, "pull-up-bar-hang=30"))
                    .withMessageContainingAll("Pull-up Bar Hang", "not part of the routine 'daily'");
        }

        @Test
        void anUnknownExerciseSuggestsTheClosest() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, "spine-twst=40"))
                    .withMessageContainingAll("'spine-twst'", "did you mean 'spine-twist'?");
        }

        @Test
        void anExerciseDoneInRepetitionsIsRefused() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(EVERYTHING, "inverted-row=30"))
                    .withMessageContainingAll("--hold 'inverted-row=30'", "Inverted Row", "repetitions");
        }
    }

    @Nested
    class Garbage {
        @ParameterizedTest
        @ValueSource(strings = {"abc", "-5", "40s", "4.5", "", "spine-twist=", "=40",
                "Spine-Twist=40", "spine-twist=-5", "spine twist=40"})
        void isRefusedWithASentenceNamingTheValue(String value) {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, value))
                    .withMessageContaining("--hold '" + value.strip() + "'")
                    .withMessageContaining("like spine-twist=40");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "601", "999999999", "99999999999"})
        void secondsOutsideOneToSixHundredAreRefused(String value) {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, value))
                    .withMessageContainingAll("--hold " + value, value + " seconds", "1–600");
        }

        @Test
        void aHugeHoldForOneExerciseIsOutOfRangeNotGarbage() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, "spine-twist=99999999999"))
                    .withMessageContainingAll("99999999999 seconds", "10–120");
        }

        @Test
        void anUnknownShortNameIsRefused() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, "x=1"))
                    .withMessageContaining("no exercise 'x'");
        }

        @Test
        void controlCharactersAreNotEchoed() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> apply(DAILY, "4\u001b[2J0"))
                    .withMessageContaining("--hold '4?[2J0'")
                    .withMessageNotContaining("\u001b");
        }

        @Test
        void surroundingSpacesAreForgiven() {
            assertThat(holds(apply(DAILY, " 40 ").routine())).containsEntry("spine-twist", 40);
        }
    }
}
