package io.loosen.figure;

import io.loosen.system.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number a pose is made of, with its anatomical limits. Angles are degrees: {@code 0} is standing
 * straight with the arms hanging; shoulders and hips flex forward (or, seen from the front, open sideways)
 * with positive angles, knees bend backwards, and {@code spine} and {@code neck} round forward. {@code lean}
 * turns the whole body (90 lies it down), {@code x} and {@code y} place the hips on the 160 × 150 canvas,
 * and the {@code -tilt} angles turn a limb out of the picture, which shortens it.
 *
 * <p>Seen from the front or from above, an elbow or a knee bent toward or away from the viewer shows as a
 * fold to either side, so there a negative angle folds the limb the other way; a shoulder reaching
 * forward and up across the body shows past 180, and a bent leg dropped across the body lies across it.
 */
public enum Joint implements Vocabulary {
    X(Side.NONE, 0, 160, "x"), Y(Side.NONE, 0, 150, "y"),
    LEAN(Side.NONE, -180, 180, "lean"), SPINE(Side.NONE, -40, 60, "spine"), NECK(Side.NONE, -45, 60, "neck"),
    LEFT_SHOULDER(Side.LEFT, -60, 180, "shoulders"), RIGHT_SHOULDER(Side.RIGHT, -60, 180, "shoulders"),
    LEFT_ELBOW(Side.LEFT, 0, 150, "elbows"), RIGHT_ELBOW(Side.RIGHT, 0, 150, "elbows"),
    LEFT_WRIST(Side.LEFT, -70, 80, "wrists"), RIGHT_WRIST(Side.RIGHT, -70, 80, "wrists"),
    LEFT_HIP(Side.LEFT, -45, 140, "hips"), RIGHT_HIP(Side.RIGHT, -45, 140, "hips"),
    LEFT_KNEE(Side.LEFT, 0, 150, "knees"), RIGHT_KNEE(Side.RIGHT, 0, 150, "knees"),
    LEFT_ANKLE(Side.LEFT, -30, 90, "ankles"), RIGHT_ANKLE(Side.RIGHT, -30, 90, "ankles"),
    LEFT_ARM_TILT(Side.LEFT, 0, 80, "arm-tilts"), RIGHT_ARM_TILT(Side.RIGHT, 0, 80, "arm-tilts"),
    LEFT_FOREARM_TILT(Side.LEFT, 0, 80, "forearm-tilts"), RIGHT_FOREARM_TILT(Side.RIGHT, 0, 80, "forearm-tilts"),
    LEFT_THIGH_TILT(Side.LEFT, 0, 80, "thigh-tilts"), RIGHT_THIGH_TILT(Side.RIGHT, 0, 80, "thigh-tilts"),
    LEFT_SHIN_TILT(Side.LEFT, 0, 80, "shin-tilts"), RIGHT_SHIN_TILT(Side.RIGHT, 0, 80, "shin-tilts");

    private static final Map<String, List<Joint>> BY_WORD = byWord();

    private final Side side;
    private final int min;
    private final int max;
    /** The word that sets this joint and its twin on the other side at once ("knees: 90"). */
    private final String both;

    Joint(Side side, int min, int max, String both) {
        this.side = side;
        this.min = min;
        this.max = max;
        this.both = both;
    }

    public Side side() {
        return side;
    }

    /** The smallest value in a pose seen from {@code view}. */
    public int min(View view) {
        if (view.sideways() && name().endsWith("_HIP")) {
            return -HIP_ACROSS;
        }
        return view.sideways() && folds() ? -max : min;
    }

    /** The largest value in a pose seen from {@code view}. */
    public int max(View view) {
        return view.sideways() && name().endsWith("_SHOULDER") ? SHOULDER_ACROSS : max;
    }

    /**
     * Seen from the front, a shoulder that reaches forward and up across the body shows past straight
     * up: an arm raised in front of the face.
     */
    private static final int SHOULDER_ACROSS = 225;
    /** Likewise a bent leg dropped across the body, seen from above, lies across it. */
    private static final int HIP_ACROSS = 100;

    private boolean folds() {
        return name().endsWith("_ELBOW") || name().endsWith("_KNEE");
    }

    public String both() {
        return both;
    }

    public double clamp(double value, View view) {
        return Math.max(min(view), Math.min(max(view), value));
    }

    /** The same joint on the other side of the body; a trunk joint is its own twin. */
    public Joint twin() {
        return switch (side) {
            case NONE -> this;
            case LEFT -> valueOf("RIGHT" + name().substring(4));
            case RIGHT -> valueOf("LEFT" + name().substring(5));
        };
    }

    /** The joints a word in the data names: one joint by its own name, or both twins by their pair's name. */
    static List<Joint> named(String word) {
        return BY_WORD.getOrDefault(word, List.of());
    }

    /** Every joint by its slug, and both twins by their pair's word: looked up for every keyframe read. */
    private static Map<String, List<Joint>> byWord() {
        Map<String, List<Joint>> joints = new HashMap<>();
        for (Joint j : values()) {
            joints.put(j.slug(), List.of(j));
            if (j.side != Side.NONE) {
                joints.computeIfAbsent(j.both, pair -> new ArrayList<>()).add(j);
            }
        }
        joints.replaceAll((word, named) -> List.copyOf(named));
        return Map.copyOf(joints);
    }

    /** An angle that turns the limb out of the picture rather than within it. */
    boolean tilt() {
        return name().endsWith("_TILT");
    }
}
