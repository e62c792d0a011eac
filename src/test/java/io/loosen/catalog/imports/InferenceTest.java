package io.loosen.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the text of an exercise says that its source has no field for, and the defaults when it says nothing. */
class InferenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hold for 10 seconds, then switch sides.|BOTH",
        "Repeat with the other leg.|BOTH",
        "Do the same on each side.|BOTH",
        "Hold, then repeat on the opposite side.|BOTH",
        "Lower your arms and rest.|NONE",
        "Stand with both feet on the floor.|NONE"})
    void sidesAreBothOnlyWhenTheTextSaysSo(String text, Sides sides) {
        assertThat(Inference.sides(text)).isEqualTo(sides);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lie on your back with one leg extended.|LYING",
        "Lay face down on the floor.|LYING",
        "Get on your hands and knees.|KNEELING",
        "Kneel on a mat.|KNEELING",
        "Sit upright on a chair, then stand up.|SEATED",
        "In a seated position, loop a band around one foot.|SEATED",
        "Grab a pull-up bar and let your body hang.|HANGING",
        "Stand with your feet apart, then sit back.|STANDING",
        "Clasp your fingers and reach forward.|STANDING",
        "Bend at the waist and let your upper body hang down.|STANDING"})
    void thePositionIsTheFirstTheTextNamesElseStanding(String text, Position position) {
        assertThat(Inference.position(text)).isEqualTo(position);
    }

    @Test
    void placesFollowThePositionAndTheKit() {
        assertThat(Inference.places(Position.LYING, List.of(Equipment.NONE), "lie down")).containsExactly(Place.FLOOR);
        assertThat(Inference.places(Position.SEATED, List.of(Equipment.CHAIR), "sit on a chair"))
                .containsExactly(Place.DESK);
        assertThat(Inference.places(Position.SEATED, List.of(Equipment.NONE), "sit on the floor"))
                .containsExactly(Place.FLOOR);
        assertThat(Inference.places(Position.HANGING, List.of(Equipment.PULL_UP_BAR), "hang")).containsExactly(Place.BAR);
        assertThat(Inference.places(Position.STANDING, List.of(Equipment.BARBELL), "stand")).containsExactly(Place.GYM);
        assertThat(Inference.places(Position.STANDING, List.of(Equipment.DUMBBELL), "stand")).containsExactly(Place.GYM);
        assertThat(Inference.places(Position.STANDING, List.of(Equipment.NONE), "stand")).containsExactly(Place.ANYWHERE);
        assertThat(Inference.places(Position.STANDING, List.of(Equipment.BAND), "stand")).containsExactly(Place.ANYWHERE);
        assertThat(Inference.places(Position.LYING, List.of(Equipment.BENCH), "lie on a bench")).containsExactly(Place.GYM);
    }

    @Test
    void equipmentTheTextAsksForIsAddedOnlyWhenTheSourceNamesNone() {
        assertThat(Inference.equipment(List.of(Equipment.NONE), "Sit upright on a chair.")).containsExactly(Equipment.CHAIR);
        assertThat(Inference.equipment(List.of(), "Grab a chin-up bar.")).containsExactly(Equipment.PULL_UP_BAR);
        assertThat(Inference.equipment(List.of(Equipment.FOAM_ROLLER), "Sit on a chair.")).containsExactly(Equipment.FOAM_ROLLER);
        assertThat(Inference.equipment(List.of(), "Stand tall.")).containsExactly(Equipment.NONE);
    }

    @Test
    void holdsComeFromTheTextWithinSafeLimits() {
        assertThat(Inference.hold(null, "Hold for 10 to 15 seconds.")).isEqualTo(new Dose.Hold(10, 10, 60, false));
        assertThat(Inference.hold(null, "Hold for 20-30 seconds.")).isEqualTo(new Dose.Hold(20, 10, 60, false));
        assertThat(Inference.hold(null, "Hold this for 2 minutes.")).isEqualTo(new Dose.Hold(120, 10, 120, false));
        assertThat(Inference.hold(null, "Hold for 5 seconds.")).isEqualTo(new Dose.Hold(5, 5, 60, false));
        assertThat(Inference.hold(null, "Stay there for 30 minutes.")).isEqualTo(new Dose.Hold(600, 10, 600, false));
        assertThat(Inference.hold(null, "Hold for 0 seconds.")).isEqualTo(Inference.DEFAULT_HOLD);
        assertThat(Inference.hold(null, "Hold it as long as is comfortable.")).isEqualTo(Inference.DEFAULT_HOLD);
        assertThat(Inference.hold(10, "Hold for 30 seconds.")).isEqualTo(new Dose.Hold(10, 10, 60, false));
    }

    @Test
    void repetitionsComeFromTheTextWhenItGivesThem() {
        assertThat(Inference.repetitions("Do 10 to 12 repetitions.")).isEqualTo(10);
        assertThat(Inference.repetitions("Repeat 5 times.")).isEqualTo(5);
        assertThat(Inference.repetitions("Repeat 500 times.")).isNull();
        assertThat(Inference.repetitions("Repeat for the recommended amount of repetitions.")).isNull();
    }

    @Test
    void targetsFromTextForSourcesWithoutMuscles() {
        assertThat(Inference.targets("Tilt your head towards your shoulder")).containsExactly(Target.NECK, Target.SHOULDERS);
        assertThat(Inference.targets("Round your upper back")).containsExactly(Target.UPPER_BACK);
        assertThat(Inference.targets("Arch your back, then rest your hands")).containsExactly(Target.MID_BACK,
                Target.FOREARMS);
        assertThat(Inference.targets("Look into the distance")).isEmpty();
    }
}
