package io.loosen.figure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One still of the figure: a value for every {@link Joint}, each held within the joint's limits however the
 * pose was made. {@code mirrored} draws it as its own mirror image, for the other side of a two-sided
 * exercise: {@link #mirror()} swaps each left joint with its right twin and flips that flag, so the mirror
 * of a left-side pose is the right-side pose, drawn reflected (left to right; a figure lying seen from
 * above, across its length).
 */
public record Pose(View view, Map<Joint, Double> values, boolean mirrored) {

    public Pose {
        EnumMap<Joint, Double> clamped = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            Double v = values.get(j);
            clamped.put(j, j.clamp(v == null || v.isNaN() ? 0 : v, view));
        }
        values = Collections.unmodifiableMap(clamped);
    }

    public static Pose of(View view, Map<Joint, Double> values) {
        return new Pose(view, values, false);
    }

    public double get(Joint joint) {
        return values.get(joint);
    }

    /** This pose with some joints changed (clamped to their limits like every other value). */
    public Pose with(Map<Joint, Double> changes) {
        EnumMap<Joint, Double> next = new EnumMap<>(values);
        next.putAll(changes);
        return new Pose(view, next, mirrored);
    }

    public Pose mirror() {
        EnumMap<Joint, Double> swapped = new EnumMap<>(Joint.class);
        values.forEach((j, v) -> swapped.put(j.twin(), v));
        return new Pose(view, swapped, !mirrored);
    }

    /** The pose a fraction {@code t} of the way from this one to {@code to}. */
    public Pose toward(Pose to, double t) {
        EnumMap<Joint, Double> mixed = new EnumMap<>(Joint.class);
        values.forEach((j, v) -> mixed.put(j, v + (to.get(j) - v) * t));
        return new Pose(view, mixed, mirrored);
    }
}
