package io.loosen.catalog;

import static io.loosen.catalog.ExerciseDocs.held;
import static io.loosen.catalog.ExerciseDocs.parse;
import static io.loosen.catalog.ExerciseDocs.with;
import static io.loosen.catalog.ExerciseReaderTest.assertNames;
import static io.loosen.catalog.ExerciseReaderTest.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.figure.BasePose;
import io.loosen.figure.Figure;
import io.loosen.figure.Joint;
import io.loosen.figure.Region;
import io.loosen.figure.Side;
import io.loosen.figure.View;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An exercise's figure: read from its file, or a neutral one in its position when the file has none. */
class ExerciseFigureTest {
    static ObjectNode withFigure(String figureYaml) {
        return with(held("thread-the-needle"), "figure", parse(figureYaml));
    }

    static final String FIGURE = """
            pose: kneeling
            props: {floor-mat: {x: 16, y: 0}}
            steps:
              - {}
              - {left-shoulder: 120, right-elbow: 30, peak: {spine: 20}}
              - {pose: kneeling, hands: {x: 88, y: 139}}
            """;

    @ParameterizedTest
    @MethodSource("io.loosen.catalog.CatalogSchemaTest#builtInFiles")
    void everyStepOfEveryBuiltInExerciseHasItsOwnKeyPose(io.loosen.system.BundledFiles.File file) {
        Exercise e = CatalogLoader.builtIn().stream().filter(x -> file.name().endsWith(x.id() + ".yaml"))
                .findFirst().orElseThrow();
        assertThat(e.figure()).as(e.id()).isNotNull();
        assertThat(e.figure().steps()).hasSameSizeAs(e.steps());
    }

    @Test
    void stepsChangeOnlyWhatTheyNameFromTheStepBefore() {
        Exercise e = ExerciseReader.read("t.yaml", "t.yaml", withFigure(FIGURE));
        Figure f = ExerciseFigure.of(e);

        assertThat(f.keyframes().view()).isEqualTo(View.SIDE);
        assertThat(f.pose(0, Side.LEFT)).isEqualTo(BasePose.KNEELING.in(View.SIDE));
        assertThat(f.pose(1, Side.LEFT).get(Joint.LEFT_SHOULDER)).isEqualTo(120);
        assertThat(f.pose(1, Side.LEFT).get(Joint.RIGHT_ELBOW)).isEqualTo(30);
        assertThat(f.pose(1, Side.LEFT).get(Joint.NECK)).isEqualTo(BasePose.KNEELING.in(View.SIDE).get(Joint.NECK));
        assertThat(f.peak(1, Side.LEFT).get(Joint.SPINE)).isEqualTo(20);
        assertThat(f.peak(1, Side.LEFT).get(Joint.LEFT_SHOULDER)).isEqualTo(120);
        assertThat(f.pose(2, Side.LEFT).get(Joint.LEFT_SHOULDER)).as("pose: starts again").isNotEqualTo(120);
        assertThat(f.pose(1, Side.RIGHT)).isEqualTo(f.pose(1, Side.LEFT).mirror());
    }

    @Test
    void anExerciseWithoutKeyPosesHoldsItsPositionsPose() {
        Exercise e = ExerciseReader.read("t.yaml", "t.yaml", held("thread-the-needle"));
        Figure f = ExerciseFigure.of(e);

        assertThat(e.figure()).isNull();
        assertThat(f.steps()).hasSameSizeAs(e.steps());
        for (int i = 0; i < e.steps().size(); i++) {
            assertThat(f.pose(i, Side.LEFT)).isEqualTo(BasePose.KNEELING.in(View.SIDE));
        }
        assertThat(f.regions()).containsExactly(Region.UPPER_BACK, Region.MID_BACK);
    }

    @Test
    void theJsonOfAnExerciseLeavesTheFigureOut() throws Exception {
        Exercise e = ExerciseReader.read("t.yaml", "t.yaml", withFigure(FIGURE));
        assertThat(io.loosen.system.Json.mapper().writeValueAsString(e)).doesNotContain("figure", "kneeling\":");
    }

    @Nested
    class Mistakes {
        @Test
        void aMisspeltJointIsNamedWithTheClosestOne() {
            var e = rejected(withFigure(FIGURE.replace("right-elbow", "right-elbw")));
            assertNames(e, "figure.steps[1].right-elbw", "did you mean 'right-elbow'?");
        }

        @Test
        void anAngleBeyondTheJointsReachIsRefusedWithItsLimits() {
            var e = rejected(withFigure(FIGURE.replace("right-elbow: 30", "right-elbow: -30")));
            assertNames(e, "figure.steps[1].right-elbow", "-30", "0", "150");
        }

        @Test
        void eachStepNeedsOnePose() {
            var e = rejected(withFigure(FIGURE.replace("  - {}\n", "")));
            assertNames(e, "figure.steps", "2 poses", "3 steps");
        }

        @Test
        void anUnknownPropOrBasePoseIsRefused() {
            assertNames(rejected(withFigure(FIGURE.replace("floor-mat", "sofa"))), "figure.props.sofa", "floor-mat");
            assertNames(rejected(withFigure(FIGURE.replace("pose: kneeling\n", "pose: sitting\n"))), "figure.pose",
                    "seated");
        }

        @Test
        void aPlacedHandNeedsAPointOnTheCanvas() {
            var e = rejected(withFigure(FIGURE.replace("hands: {x: 88, y: 139}", "hands: {x: 88, y: 900}")));
            assertNames(e, "figure.steps[2].hands.y", "900");
        }
    }
}
