package io.loosen.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loosen.catalog.Exercise;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Poses stay within anatomy, and the other side's pose is the exact mirror image of the first side's. */
class PoseTest {
    private static final Random RANDOM = new Random(20261125);

    static Pose random(View view) {
        Map<Joint, Double> values = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            values.put(j, (RANDOM.nextDouble() - 0.5) * 1200);
        }
        return Pose.of(view, values);
    }

    static void assertWithinLimits(Pose pose, String what) {
        for (Joint j : Joint.values()) {
            assertThat(pose.get(j)).as(what + ": " + j.slug()).isBetween((double) j.min(pose.view()),
                    (double) j.max(pose.view()));
        }
    }

    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void everyKeyPoseOfEveryBuiltInExerciseIsWithinTheJointLimits(Exercise e) {
        Figures.poses(e).forEach(pose -> assertWithinLimits(pose, e.id()));
    }

    @RepeatedTest(200)
    void anyAnglesAreHeldWithinTheJointLimits() {
        for (View view : View.values()) {
            assertWithinLimits(random(view), "random pose from " + view.slug());
        }
    }

    @Test
    void aSideViewKeepsKneesAndElbowsFromBendingBackwards() {
        Pose pose = Pose.of(View.SIDE, Map.of(Joint.LEFT_KNEE, -40.0, Joint.RIGHT_ELBOW, -90.0));
        assertThat(pose.get(Joint.LEFT_KNEE)).isZero();
        assertThat(pose.get(Joint.RIGHT_ELBOW)).isZero();
        assertThat(Pose.of(View.FRONT, Map.of(Joint.LEFT_KNEE, -40.0)).get(Joint.LEFT_KNEE)).isEqualTo(-40);
    }

    @RepeatedTest(100)
    void theMirrorOfAPoseIsItsExactReflection() {
        for (View view : View.values()) {
            assertMirrored(random(view));
        }
    }

    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void everyKeyPoseMirrorsExactly(Exercise e) {
        Figures.poses(e).forEach(PoseTest::assertMirrored);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void mirroringTwiceGivesThePoseBack(View view) {
        Pose pose = random(view);
        assertThat(pose.mirror().mirror()).isEqualTo(pose);
        assertThat(pose.mirror().get(Joint.RIGHT_SHOULDER)).isEqualTo(pose.get(Joint.LEFT_SHOULDER));
        assertThat(pose.mirror().mirrored()).isTrue();
    }

    /** Each part of the mirror lies where its twin was, reflected across the picture (or, from above, the body). */
    static void assertMirrored(Pose pose) {
        Skeleton original = Skeleton.of(pose);
        Skeleton mirror = Skeleton.of(pose.mirror());
        for (Part part : Part.values()) {
            double[] p = original.joint(part);
            double[] q = mirror.joint(Skeleton.twin(part));
            double[] expected = pose.view() == View.ABOVE ? new double[] {p[0], Skeleton.HEIGHT - p[1]}
                    : new double[] {Skeleton.WIDTH - p[0], p[1]};
            assertThat(q[0]).as(part + " x").isCloseTo(expected[0], within(1e-9));
            assertThat(q[1]).as(part + " y").isCloseTo(expected[1], within(1e-9));
        }
    }
}
