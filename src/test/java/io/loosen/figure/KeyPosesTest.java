package io.loosen.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * What review of the contact sheet found and fixed, kept true: hands are on the bars they hold, the
 * Egyptian grip crosses, the spine twist's knee crosses the body, the cat stretch is on hands and knees.
 */
class KeyPosesTest {
    static final double FLOOR = Prop.FLOOR;

    static double[] at(String id, int step, Part part) {
        return Skeleton.of(Figures.of(id).pose(step, Side.LEFT)).end(part);
    }

    static double[] atPeak(String id, int step, Part part) {
        return Skeleton.of(Figures.of(id).peak(step, Side.LEFT)).end(part);
    }

    static double[] knee(Pose pose, Part shin) {
        return Skeleton.of(pose).joint(shin);
    }

    @Test
    void theEgyptianGripHoldsTheThumbAndTheForearmsCross() {
        double[] left = at("egyptian-back-stretch", 1, Part.LEFT_HAND);
        double[] right = at("egyptian-back-stretch", 1, Part.RIGHT_HAND);
        assertThat(Math.hypot(left[0] - right[0], left[1] - right[1])).as("hand to thumb").isLessThan(8);
        Skeleton lifted = Skeleton.of(Figures.of("egyptian-back-stretch").pose(2, Side.LEFT));
        assertThat(crosses(lifted.joint(Part.LEFT_FOREARM), lifted.end(Part.LEFT_HAND),
                lifted.joint(Part.RIGHT_FOREARM), lifted.end(Part.RIGHT_HAND))).as("forearms cross").isTrue();
        assertThat(lifted.end(Part.LEFT_HAND)[1]).as("hands above the head")
                .isLessThan(lifted.end(Part.HEAD)[1] - Shapes.HEAD_RADIUS);
    }

    @Test
    void theSpineTwistsKneeCrossesTheBodyWhileTheShouldersStayDown() {
        Pose twist = Figures.of("spine-twist").pose(2, Side.LEFT);
        double middle = twist.get(Joint.Y);
        // Seen from above, head to the left, the left side is the upper half of the picture.
        assertThat(knee(twist, Part.LEFT_SHIN)[1]).as("left knee beyond the right leg")
                .isGreaterThan(Skeleton.of(twist).joint(Part.RIGHT_THIGH)[1]);
        assertThat(Skeleton.of(twist).end(Part.LEFT_HAND)[1]).isLessThan(middle - 30);
        assertThat(Skeleton.of(twist).end(Part.RIGHT_HAND)[1]).isGreaterThan(middle + 30);
        Pose mirrored = Figures.of("spine-twist").pose(2, Side.RIGHT);
        assertThat(Skeleton.of(mirrored).joint(Part.RIGHT_SHIN)[1]).as("right knee across, upward")
                .isLessThan(Skeleton.of(mirrored).joint(Part.LEFT_THIGH)[1]);
    }

    @Test
    void theHangHangsFromTheBarWithItsFeetOffTheBox() {
        for (int step = 0; step < 3; step++) {
            assertThat(at("pull-up-bar-hang", step, Part.LEFT_HAND)[1]).isCloseTo(14, within(2.0));
            assertThat(at("pull-up-bar-hang", step, Part.RIGHT_HAND)[1]).isCloseTo(14, within(2.0));
        }
        assertThat(at("pull-up-bar-hang", 1, Part.LEFT_FOOT)[1]).as("feet lifted while hanging")
                .isLessThan(at("pull-up-bar-hang", 0, Part.LEFT_FOOT)[1] - 6);
    }

    @Test
    void theCatStretchIsOnHandsAndKnees() {
        for (double[] p : new double[][] {at("kneeling-cat-back-stretch", 0, Part.LEFT_HAND),
                atPeak("kneeling-cat-back-stretch", 1, Part.LEFT_HAND)}) {
            assertThat(p[1]).isCloseTo(FLOOR - 5, within(3.0));
        }
        Pose flat = Figures.of("kneeling-cat-back-stretch").pose(0, Side.LEFT);
        assertThat(knee(flat, Part.LEFT_SHIN)[1]).isCloseTo(FLOOR - 5, within(4.0));
        Pose round = Figures.of("kneeling-cat-back-stretch").peak(1, Side.LEFT);
        assertThat(Skeleton.of(round).joint(Part.CHEST)[1]).as("the back arches up")
                .isLessThan(Skeleton.of(flat).joint(Part.CHEST)[1]);
        assertThat(Skeleton.of(round).end(Part.HEAD)[1]).as("chin tucked").isGreaterThan(Skeleton.of(flat).end(Part.HEAD)[1]);
    }

    @Test
    void barsAndPolesAreHeld() {
        for (int step = 0; step < 4; step++) {
            assertThat(at("inverted-row-stretch", step, Part.LEFT_HAND)[0]).isCloseTo(104, within(2.0));
        }
        for (int step = 0; step < 3; step++) {
            assertThat(at("inverted-row", step, Part.LEFT_HAND)[1]).isCloseTo(80, within(15.0));
            assertThat(at("standing-pole-stretch", step, Part.LEFT_HAND)[0]).isCloseTo(116, within(6.0));
        }
        assertThat(atPeak("inverted-row", 2, Part.LEFT_HAND)[1]).isCloseTo(80, within(2.0));
    }

    private static boolean crosses(double[] a, double[] b, double[] c, double[] d) {
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    }

    private static double side(double[] a, double[] b, double[] p) {
        return Math.signum((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    }
}
