package io.loosen.figure;

import io.loosen.system.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an exercise's {@code figure} field (format in {@code docs/catalog.md}). Each step lists only the
 * joints that change from the step before, starting from a named {@link BasePose}; a step may start again
 * from a base pose with {@code pose}. An angle outside its joint's limits is an error, not silently
 * clamped, so a typo in the data shows.
 */
public final class KeyframesReader {
    private static final int MAX_PROPS = 4;

    private KeyframesReader() {
    }

    public static Keyframes read(Fields figure, int stepCount) {
        figure.allowOnly("view", "pose", "props", "steps");
        BasePose base = figure.word("pose", BasePose.class);
        View view = figure.has("view") ? figure.word("view", View.class) : base.view();
        List<Prop.Placed> props = figure.optionalObject("props").map(KeyframesReader::props).orElse(List.of());
        List<Fields> entries = figure.objects("steps", 1, 8);
        if (entries.size() != stepCount) {
            throw figure.fail("steps", "field '" + figure.path("steps") + "' has " + entries.size()
                    + (entries.size() == 1 ? " pose" : " poses") + ", but the exercise has " + stepCount
                    + (stepCount == 1 ? " step" : " steps") + "; give each step one pose.");
        }
        List<Keyframes.Keyframe> steps = new ArrayList<>();
        Pose previous = base.in(view);
        for (Fields step : entries) {
            step.allowOnly(STEP_WORDS);
            Pose start = step.has("pose") ? step.word("pose", BasePose.class).in(view) : previous;
            Pose pose = reach(step, start.with(angles(step, view)));
            Pose peak = step.optionalObject("peak").map(p -> {
                p.allowOnly(PEAK_WORDS);
                return reach(p, pose.with(angles(p, view)));
            }).orElse(null);
            steps.add(new Keyframes.Keyframe(pose, peak));
            previous = pose;
        }
        return new Keyframes(view, props, steps);
    }

    private static List<Prop.Placed> props(Fields props) {
        props.allowOnly(Arrays.stream(Prop.values()).map(Prop::slug).toArray(String[]::new));
        List<Prop.Placed> placed = new ArrayList<>();
        for (Prop prop : Prop.values()) {
            if (props.has(prop.slug())) {
                Fields at = props.object(prop.slug());
                at.allowOnly("x", "y");
                placed.add(new Prop.Placed(prop, at.integer("x", 0, (int) Skeleton.WIDTH, "units"),
                        at.integer("y", 0, (int) Skeleton.HEIGHT, "units")));
            }
        }
        if (placed.size() > MAX_PROPS) {
            throw props.fail("", "field 'figure.props' places " + placed.size() + " props; at most " + MAX_PROPS
                    + " fit in one picture.");
        }
        return placed;
    }

    /** The joints a step sets: by name, or a pair's name for both sides at once. */
    private static Map<Joint, Double> angles(Fields step, View view) {
        Map<Joint, Double> angles = new EnumMap<>(Joint.class);
        for (String word : ANGLE_WORDS) {
            if (step.has(word)) {
                List<Joint> joints = Joint.named(word);
                Joint first = joints.get(0);
                String unit = first == Joint.X || first == Joint.Y ? "units" : "degrees";
                int value = step.integer(word, first.min(view), first.max(view), unit);
                joints.forEach(j -> angles.put(j, (double) value));
            }
        }
        return angles;
    }

    /** Hands and feet placed on the canvas ("hands: {x: 104, y: 92}"), after the angles are set. */
    private static Pose reach(Fields step, Pose pose) {
        for (String word : REACHES.keySet()) {
            if (step.has(word)) {
                Fields at = step.object(word);
                at.allowOnly("x", "y");
                int x = at.integer("x", 0, (int) Skeleton.WIDTH, "units");
                int y = at.integer("y", 0, (int) Skeleton.HEIGHT, "units");
                for (Reach.Limb limb : REACHES.get(word)) {
                    pose = Reach.to(pose, limb, x, y);
                }
            }
        }
        return pose;
    }

    private static final Map<String, List<Reach.Limb>> REACHES = new java.util.LinkedHashMap<>();

    static {
        REACHES.put("hands", List.of(Reach.Limb.LEFT_HAND, Reach.Limb.RIGHT_HAND));
        REACHES.put("feet", List.of(Reach.Limb.LEFT_FOOT, Reach.Limb.RIGHT_FOOT));
        for (Reach.Limb limb : Reach.Limb.values()) {
            REACHES.put(limb.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), List.of(limb));
        }
    }

    private static String[] words(String... more) {
        Set<String> words = new LinkedHashSet<>(REACHES.keySet());
        for (Joint j : Joint.values()) {
            words.add(j.slug());
            if (j.side() != Side.NONE) {
                words.add(j.both());
            }
        }
        words.addAll(Arrays.asList(more));
        return words.toArray(String[]::new);
    }

    // Worked out once: every step of every exercise is checked against them.
    private static final String[] STEP_WORDS = words("pose", "peak");
    private static final String[] PEAK_WORDS = words();
    /** The words that set angles, pairs first, so "shoulders: 90, left-shoulder: 120" means what it says. */
    private static final List<String> ANGLE_WORDS = Arrays.stream(PEAK_WORDS)
            .filter(word -> !REACHES.containsKey(word))
            .sorted(java.util.Comparator.comparing(word -> Joint.named(word).size() == 1))
            .toList();
}
