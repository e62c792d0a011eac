package io.loosen.figure;

import java.util.StringJoiner;

/**
 * The timing of an animated figure: the moment of each key frame, in seconds. Between frames a value eases
 * in and out (SMIL's spline mode); two equal frames in a row hold still. A looping motion repeats for
 * ever; a single run stops on its last frame. Values that never change are left static, which keeps the
 * SVG small.
 */
final class Motion {
    static final Motion STILL = new Motion(new double[] {0}, false);
    private static final String EASE = ".42 0 .58 1";

    private final double[] times;
    private final boolean loop;
    private final String timing;

    Motion(double[] times, boolean loop) {
        this.times = times.clone();
        this.loop = loop;
        this.timing = times.length < 2 ? "" : timing(times, loop);
    }

    int frames() {
        return times.length;
    }

    double seconds() {
        return times[times.length - 1];
    }

    /** An {@code <animate>} of one attribute, or nothing when it holds still. */
    String animate(String attribute, double[] values) {
        if (still(values)) {
            return "";
        }
        return "<animate attributeName=\"" + attribute + "\" values=\"" + list(values) + "\"" + timing + "/>";
    }

    /** A turn about the frame's origin, added to the translation already on the element. */
    String rotate(double[] degrees) {
        if (still(degrees)) {
            return "";
        }
        return "<animateTransform attributeName=\"transform\" type=\"rotate\" additive=\"sum\" values=\""
                + list(degrees) + "\"" + timing + "/>";
    }

    /** A moving translation, replacing the element's own. */
    String translate(double[] xs, double[] ys) {
        if (still(xs) && still(ys)) {
            return "";
        }
        StringJoiner values = new StringJoiner(";");
        for (int i = 0; i < xs.length; i++) {
            values.add(Svg.num(xs[i]) + " " + Svg.num(ys[i]));
        }
        return "<animateTransform attributeName=\"transform\" type=\"translate\" values=\"" + values + "\"" + timing
                + "/>";
    }

    boolean still(double[] values) {
        for (double v : values) {
            if (!Svg.num(v).equals(Svg.num(values[0]))) {
                return false;
            }
        }
        return true;
    }

    private static String list(double[] values) {
        StringJoiner out = new StringJoiner(";");
        for (double v : values) {
            out.add(Svg.num(v));
        }
        return out.toString();
    }

    private static String timing(double[] times, boolean loop) {
        double total = times[times.length - 1];
        StringJoiner keyTimes = new StringJoiner(";");
        StringJoiner splines = new StringJoiner(";");
        for (int i = 0; i < times.length; i++) {
            keyTimes.add(Svg.num3(times[i] / total));
            if (i > 0) {
                splines.add(EASE);
            }
        }
        return " keyTimes=\"" + keyTimes + "\" calcMode=\"spline\" keySplines=\"" + splines + "\" dur=\""
                + Svg.num(total) + "s\"" + (loop ? " repeatCount=\"indefinite\"" : " fill=\"freeze\"");
    }
}
