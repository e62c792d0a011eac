package io.loosen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.session.TimelineBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the whole real free-exercise-db imported, every exercise plays as a timeline, and the planner plans
 * for every place within the minutes asked, using imported exercises where they fit.
 */
class ImportedCatalogTest {
    static Catalog catalog;

    @BeforeAll
    static void load() {
        assumeThat(Files.exists(Path.of("../shared/data/free-exercise-db/exercises.json"))).isTrue();
        catalog = Catalogs.withFreeExerciseDb();
    }

    @Test
    void everyImportedExercisePlays() {
        assertThat(catalog.size()).isEqualTo(8 + 864);
        for (Exercise e : catalog.all()) {
            assertThat(TimelineBuilder.build(Routine.single(e.id(), e.name()), catalog).segments()).isNotEmpty();
        }
    }

    @Test
    void thePlannerPlansForEveryPlaceWithinTheMinutes() {
        for (Setting place : Setting.values()) {
            for (int minutes : List.of(3, 10, 30)) {
                PlanRequest request = new PlanRequest(minutes, place, EnumSet.allOf(Equipment.class), Set.of(),
                        Focus.BOTH, Set.of(Cause.STATIC_POSITION), LocalDate.of(2026, 12, 4), "someone");
                Plan plan = Planner.plan(request, catalog, List.of());
                assertThat(plan.totalSeconds()).as(place + " " + minutes).isLessThanOrEqualTo(minutes * 60);
            }
        }
    }
}
