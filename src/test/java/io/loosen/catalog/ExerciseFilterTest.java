package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's filter over the built-in catalog. */
class ExerciseFilterTest {
    static final Catalog CATALOG = CatalogLoader.load(Path.of("does-not-exist"));

    static List<String> ids(ExerciseFilter filter) {
        return CATALOG.matching(filter).stream().map(Exercise::id).toList();
    }

    @Test
    void anyMatchesEverything() {
        assertThat(ids(ExerciseFilter.ANY)).hasSize(CATALOG.all().size());
        assertThat(ids(new ExerciseFilter(null, null, null, null, "   "))).hasSize(CATALOG.all().size());
    }

    @Test
    void exercisesForAnywhereMatchEveryPlace() {
        List<String> atBar = ids(new ExerciseFilter(Place.BAR, null, null, null, null));
        assertThat(atBar).contains("pull-up-bar-hang", "egyptian-back-stretch");
        assertThat(atBar).doesNotContain("spine-twist");
    }

    @Test
    void everyCriterionMustHold() {
        assertThat(ids(new ExerciseFilter(Place.DESK, null, Position.SEATED, null, null)))
                .containsExactly("seated-middle-back-stretch");
        assertThat(ids(new ExerciseFilter(null, null, Position.LYING, Target.HIPS, null))).contains("spine-twist");
        assertThat(ids(new ExerciseFilter(null, Equipment.PULL_UP_BAR, Position.LYING, null, null))).isEmpty();
    }

    @Test
    void textMatchesNameAliasesSummaryAndTargetsInAnyCase() {
        assertThat(ids(new ExerciseFilter(null, null, null, null, "TWIST"))).containsExactly("spine-twist");
        assertThat(ids(new ExerciseFilter(null, null, null, null, "between shoulder"))).isNotEmpty();
        assertThat(ids(new ExerciseFilter(null, null, null, null, "<script>'; drop table --"))).isEmpty();
    }
}
