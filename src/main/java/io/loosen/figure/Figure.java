package io.loosen.figure;

import java.util.List;

/**
 * Everything the pictures of one exercise are made from: its keyframes, its steps' cues and timing (for the
 * animation and the text alternative) and the regions it works. Cues may hold {@code {side}} and
 * {@code {other}}, filled in for the side drawn.
 */
public record Figure(String name, Keyframes keyframes, List<Step> steps, List<Region> regions, boolean twoSided) {

    public Figure {
        steps = List.copyOf(steps);
        regions = List.copyOf(regions);
        if (steps.size() != keyframes.steps().size()) {
            throw new IllegalArgumentException(name + " has " + steps.size() + " steps but "
                    + keyframes.steps().size() + " key poses");
        }
    }

    /** One step: its cue, whether it is the held or repeated one, and a repetition's beats in seconds. */
    public record Step(String cue, boolean main, List<Integer> beats) {
        public Step {
            beats = List.copyOf(beats);
        }
    }

    /** The key pose of step {@code index} (0-based) on {@code side}: the right side is the left's mirror. */
    public Pose pose(int index, Side side) {
        return sided(keyframes.steps().get(index).pose(), side);
    }

    /** The top of a repetition of step {@code index}, or null when the step is held. */
    public Pose peak(int index, Side side) {
        Pose peak = keyframes.steps().get(index).peak();
        return peak == null ? null : sided(peak, side);
    }

    private static Pose sided(Pose pose, Side side) {
        return side == Side.RIGHT ? pose.mirror() : pose;
    }

    /** A step's cue with {side} and {other} filled in (left when the exercise has no sides). */
    String cue(int index, Side side) {
        String cue = steps.get(index).cue();
        String here = side == Side.RIGHT ? "right" : "left";
        String there = side == Side.RIGHT ? "left" : "right";
        return cue.replace("{side}", here).replace("{other}", there);
    }
}
