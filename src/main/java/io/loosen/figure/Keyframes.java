package io.loosen.figure;

import java.util.List;

/**
 * An exercise's figure as its data gives it: the view, the props, and one key pose per step (for the
 * first side of a two-sided exercise; the other side is its mirror). A repeated step may also give a
 * {@code peak}, the pose at the top of each repetition.
 */
public record Keyframes(View view, List<Prop.Placed> props, List<Keyframe> steps) {

    public Keyframes {
        props = List.copyOf(props);
        steps = List.copyOf(steps);
    }

    /** One step's pose, and where a repetition of it goes to (null when the step is held). */
    public record Keyframe(Pose pose, Pose peak) {
    }

    /** A figure that holds the position's pose through every step: for exercises with no keyframes. */
    public static Keyframes neutral(BasePose base, int steps) {
        Pose pose = base.in(base.view());
        List<Prop.Placed> props = switch (base) {
            case SEATED -> List.of(new Prop.Placed(Prop.CHAIR, 80, 121));
            case HANGING -> List.of(new Prop.Placed(Prop.PULL_UP_BAR, 80, 14));
            case LYING, KNEELING -> List.of(new Prop.Placed(Prop.FLOOR_MAT, 18, 0));
            case STANDING -> List.of();
        };
        return new Keyframes(base.view(), props, java.util.Collections.nCopies(steps, new Keyframe(pose, null)));
    }
}
