package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.system.BundledFiles;
import io.loosen.system.DataFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The facts of the source article (see SEED.md) that the built-in catalog must carry. */
class CatalogFactsTest {
    static final List<String> DETAILED = List.of(
            "seated-middle-back-stretch", "spine-twist", "egyptian-back-stretch");
    static final List<String> NAMED_ONLY = List.of(
            "inverted-row-stretch", "pull-up-bar-hang", "inverted-row", "standing-pole-stretch",
            "kneeling-cat-back-stretch");

    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());

    static Stream<String> builtInIds() {
        return CATALOG.all().stream().map(Exercise::id);
    }

    private static Exercise exercise(String id) {
        return CATALOG.require(id);
    }

    @Test
    void everyExerciseOfTheArticleIsBuiltIn() {
        assertThat(CATALOG.all()).extracting(Exercise::id)
                .containsAll(DETAILED)
                .containsAll(NAMED_ONLY);
    }

    @Test
    void theBuiltInCatalogLoadsWithNoProblems(@TempDir Path noUserFiles) {
        Catalog loaded = CatalogLoader.load(noUserFiles.resolve("exercises"));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.all()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(e -> assertThat(e.origin()).isEqualTo(CatalogLoader.BUILT_IN));
    }

    @Test
    void everyBuiltInFileIsNamedAfterTheIdItHolds() {
        List<BundledFiles.File> files = BundledFiles.list("catalog");

        assertThat(files).isNotEmpty().allSatisfy(file -> {
            Exercise e = ExerciseReader.read(file.name(), CatalogLoader.BUILT_IN,
                    DataFiles.parse(file.name(), file.content()));
            assertThat(file.name()).isEqualTo("catalog/" + e.id() + ".yaml");
        });
    }

    @Nested
    class SeatedMiddleBackStretch {
        private final Exercise e = exercise("seated-middle-back-stretch");

        @Test
        void worksAtADeskSeatedOrStanding() {
            assertThat(e.places()).contains(Place.DESK);
            assertThat(e.positions()).contains(Position.SEATED, Position.STANDING);
            assertThat(e.equipment()).containsExactly(Equipment.NONE);
        }

        @Test
        void isHeldForAsLongAsYouLike() {
            assertThat(e.dose()).isInstanceOfSatisfying(Dose.Hold.class, hold -> assertThat(hold.free()).isTrue());
        }
    }

    @Nested
    class SpineTwist {
        private final Exercise e = exercise("spine-twist");

        @Test
        void isDoneLyingDownToBothSides() {
            assertThat(e.positions()).contains(Position.LYING);
            assertThat(e.sides()).isEqualTo(Sides.BOTH);
        }

        @Test
        void isFeltInTheHipsRibsAndMiddleBack() {
            String feel = e.feel().toLowerCase(Locale.ROOT);

            assertThat(feel).contains("hips", "ribs").containsPattern("\\bmid(dle)?[- ](of (your|the) )?back");
            assertThat(e.targets()).contains(Target.HIPS, Target.RIBS, Target.MID_BACK);
        }
    }

    @Nested
    class EgyptianBackStretch {
        private final Exercise e = exercise("egyptian-back-stretch");

        @Test
        void isHeldAboutTwentySecondsPerArmStanding() {
            assertThat(e.dose()).isInstanceOfSatisfying(Dose.Hold.class,
                    hold -> assertThat(hold.defaultSeconds()).isEqualTo(20));
            assertThat(e.sides()).isEqualTo(Sides.BOTH);
            assertThat(e.positions()).contains(Position.STANDING);
        }

        @Test
        void stretchesBetweenTheShoulderBlades() {
            assertThat(e.targets()).contains(Target.UPPER_BACK, Target.BETWEEN_SHOULDER_BLADES);
        }
    }

    @Test
    void invertedRowIsARepeatedPullAgainstStrengthImbalance() {
        Exercise e = exercise("inverted-row");

        assertThat(e.dose()).isInstanceOf(Dose.Reps.class);
        assertThat(e.counters()).contains(Cause.STRENGTH_IMBALANCE);
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseOfTightnessIsCounteredBySomeExercise(Cause cause) {
        assertThat(CATALOG.matching(e -> e.counters().contains(cause))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void everyExerciseWorksTheMiddleOrUpperBack(String id) {
        assertThat(exercise(id).targets())
                .containsAnyOf(Target.MID_BACK, Target.UPPER_BACK, Target.BETWEEN_SHOULDER_BLADES);
    }

    @ParameterizedTest
    @MethodSource("namedOnly")
    void exercisesTheArticleOnlyNamesGetStepsAndSafetyNotes(String id) {
        Exercise e = exercise(id);

        assertThat(e.steps()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.safety()).isNotEmpty();
    }

    static List<String> namedOnly() {
        return NAMED_ONLY;
    }

    /** The article is not shipped with the tests, so a few of its exact sentences stand in for it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Imagine that your shoulder blades are being spread apart",
            "Let your shoulders roll forward",
            "Stay in that position for as long as you like",
            "Clasp both of your hands and position them in front of you",
            "Lift them up to the height of your shoulders",
            "Make sure that your arms are positioned out to your sides",
            "Bend one leg up at the knee while the other leg should just be straight",
            "Let the bent leg rotate over the other",
            "feel the stretch all throughout your hips, ribs and middle back",
            "Stand tall while keeping your back straight",
            "Your pinky finger should be facing out",
            "Use your right arm to reach under your left elbow",
            "Raise your two hands towards the ceiling",
            "Hold this position for about twenty seconds",
            "may seem like a tangled mess",
            "reduces stiffness in your muscles, thereby loosening them"})
    void noExerciseTextCopiesTheSourceArticle(String articlePhrase) {
        String phrase = normalised(articlePhrase);

        assertThat(CATALOG.all()).allSatisfy(e -> assertThat(texts(e))
                .as("texts of %s", e.id())
                .noneMatch(text -> normalised(text).contains(phrase)));
    }

    private static List<String> texts(Exercise e) {
        Stream<String> steps = e.steps().stream().flatMap(s -> Stream.of(s.text(), s.cue()));
        return Stream.of(Stream.of(e.name(), e.summary(), e.feel()), e.aliases().stream(), steps, e.safety().stream())
                .flatMap(s -> s).toList();
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
