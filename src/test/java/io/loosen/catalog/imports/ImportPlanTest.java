package io.loosen.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an import of the real free-exercise-db file (873 exercises, 123 stretches) adds to the built-in
 * catalog, decided without a database: counts, spot checks of the mappings, and idempotence.
 */
class ImportPlanTest {
    static final Path REAL_FILE = Path.of("../shared/data/free-exercise-db/exercises.json");
    static final Catalog BUILT_IN = new Catalog(CatalogLoader.builtIn(), List.of());
    static List<Found> found;

    @BeforeAll
    static void readTheRealFile() throws IOException {
        assumeThat(Files.exists(REAL_FILE)).as("the free-exercise-db file at " + REAL_FILE).isTrue();
        ImportFile file = ImportFile.read("exercises.json", Files.readString(REAL_FILE), null, null);
        assertThat(file.source()).isEqualTo(ImportFile.Source.FREE_EXERCISE_DB);
        found = file.read().found();
    }

    static Exercise added(ImportPlan plan, String name) {
        return plan.added().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theStretchesAreImportedButTheOneTheCatalogHasAlready() {
        ImportPlan plan = ImportPlan.ofFound(found, false, BUILT_IN, Set.of("daily")::contains);

        assertThat(found).hasSize(873);
        assertThat(plan.notStretches()).isEqualTo(750);
        // "Cat Stretch" is an alias of the built-in Kneeling Cat Back Stretch.
        assertThat(plan.duplicates()).containsExactly("Cat Stretch (already in the catalog as kneeling-cat-back-stretch)");
        assertThat(plan.invalid()).isEmpty();
        assertThat(plan.added()).hasSize(122).allMatch(Exercise::review)
                .allMatch(e -> e.origin().equals(CatalogLoader.STORED));
        assertThat(plan.added()).extracting(Exercise::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyCategoryWithAllLeavesOutOnlyTheDuplicatesAndTheRecordsThatCannotBeGuided() {
        ImportPlan plan = ImportPlan.ofFound(found, true, BUILT_IN, id -> false);

        assertThat(plan.notStretches()).isZero();
        // Cat Stretch and Inverted Row are already built in (an alias and a name).
        assertThat(plan.duplicates()).containsExactly(
                "Cat Stretch (already in the catalog as kneeling-cat-back-stretch)",
                "Inverted Row (already in the catalog as inverted-row)");
        // Five records have no instructions; two Olympic lifts have more text than eight steps can hold.
        assertThat(plan.invalid()).hasSize(7);
        assertThat(plan.invalid().stream().filter(p -> p.endsWith("has no instructions to guide."))).hasSize(5);
        assertThat(plan.invalid().stream().filter(p -> p.contains("too long for 8 steps"))).hasSize(2);
        assertThat(plan.added()).hasSize(873 - 2 - 7);
    }

    @Test
    void spotChecks() {
        ImportPlan plan = ImportPlan.ofFound(found, true, BUILT_IN, id -> false);

        Exercise middle = added(plan, "Middle Back Stretch");
        assertThat(middle.id()).isEqualTo("middle-back-stretch");
        assertThat(middle.targets()).containsExactly(Target.MID_BACK, Target.ABDOMINALS, Target.LATS, Target.LOWER_BACK);
        assertThat(middle.dose()).isEqualTo(new Dose.Hold(10, 10, 60, false));
        assertThat(middle.sides()).isEqualTo(Sides.BOTH);
        assertThat(middle.positions()).containsExactly(Position.STANDING);
        assertThat(middle.places()).containsExactly(Place.ANYWHERE);
        assertThat(middle.provenance().source()).isEqualTo("https://github.com/yuhonas/free-exercise-db (Middle_Back_Stretch)");

        Exercise hamstring = added(plan, "90/90 Hamstring");
        assertThat(hamstring.id()).isEqualTo("90-90-hamstring");
        assertThat(hamstring.positions()).containsExactly(Position.LYING);
        assertThat(hamstring.places()).containsExactly(Place.FLOOR);
        assertThat(hamstring.targets()).contains(Target.HAMSTRINGS);

        Exercise spinal = added(plan, "Spinal Stretch");
        assertThat(spinal.positions()).containsExactly(Position.SEATED);
        assertThat(spinal.places()).containsExactly(Place.DESK);
        assertThat(spinal.equipment()).containsExactly(Equipment.CHAIR);

        Exercise hang = added(plan, "One Handed Hang");
        assertThat(hang.positions()).containsExactly(Position.HANGING);
        assertThat(hang.places()).containsExactly(Place.BAR);

        Exercise roller = added(plan, "Adductor");
        assertThat(roller.equipment()).containsExactly(Equipment.FOAM_ROLLER);
        assertThat(roller.targets()).containsExactly(Target.ADDUCTORS);

        Exercise squat = added(plan, "Barbell Full Squat");
        assertThat(squat.dose()).isInstanceOf(Dose.Reps.class);
        assertThat(squat.equipment()).containsExactly(Equipment.BARBELL);
        assertThat(squat.places()).containsExactly(Place.GYM);
        assertThat(squat.counters()).containsExactly(io.loosen.catalog.Cause.STRENGTH_IMBALANCE);
    }

    @Test
    void asecondImportAddsNothing() {
        ImportPlan first = ImportPlan.ofFound(found, true, BUILT_IN, id -> false);
        Catalog after = BUILT_IN.with(first.added());

        ImportPlan second = ImportPlan.ofFound(found, true, after, id -> false);

        assertThat(second.added()).isEmpty();
        assertThat(second.duplicates()).hasSize(873 - 7);
    }

    @Test
    void duplicatesAreFoundWithoutCaseAccentsOrPunctuationAndIdsStayFree() {
        assertThat(ImportPlan.key("Cát-Stretch!")).isEqualTo(ImportPlan.key("cat stretch"));
        Exercise twist = BUILT_IN.require("spine-twist");
        Exercise renamed = new Exercise("spine-twist", "Another twist", List.of(), twist.summary(), twist.counters(),
                twist.targets(), twist.positions(), twist.places(), twist.equipment(), twist.sides(), twist.dose(),
                twist.steps(), twist.feel(), twist.safety(), twist.difficulty(), twist.provenance(), "file");

        ImportPlan plan = ImportPlan.ofExercises(List.of(twist, renamed), BUILT_IN, Set.of("another-twist")::contains);

        assertThat(plan.duplicates()).containsExactly("Spine Twist (already in the catalog as spine-twist)");
        assertThat(plan.added()).extracting(Exercise::id).containsExactly("another-twist-2");
        assertThat(plan.ids()).isEqualTo(Map.of("spine-twist", "another-twist-2"));
    }
}
