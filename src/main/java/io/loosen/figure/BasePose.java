package io.loosen.figure;

import io.loosen.system.Vocabulary;
import java.util.EnumMap;
import java.util.Map;

/**
 * The starting poses an exercise's keyframes change, one per body position (the words match the catalog's
 * positions): a figure of a user exercise without keyframes is its position's pose, held.
 */
public enum BasePose implements Vocabulary {
    STANDING(View.SIDE, "x 80 y 92"),
    SEATED(View.SIDE, "x 66 y 117 hips 90 knees 90 lean -4"),
    LYING(View.SIDE, "x 96 y 136 lean -90 shoulders 10 ankles 35"),
    KNEELING(View.SIDE, "x 62 y 114 lean 68 hips 68 knees 90 shoulders 68 neck -5 ankles 90"),
    HANGING(View.FRONT, "x 80 y 79 shoulders 168 ankles 30");

    private final View view;
    private final Map<Joint, Double> values;

    BasePose(View view, String values) {
        this.view = view;
        this.values = parse(values);
    }

    public View view() {
        return view;
    }

    /** The pose, seen from {@code view}. */
    public Pose in(View view) {
        return Pose.of(view, values);
    }

    /** "x 80 hips 90": joints or pairs ("hips" sets both hips) with their values. */
    private static Map<Joint, Double> parse(String text) {
        Map<Joint, Double> values = new EnumMap<>(Joint.class);
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            double value = Double.parseDouble(words[i + 1]);
            for (Joint j : Joint.named(words[i])) {
                values.put(j, value);
            }
        }
        return values;
    }
}
