package io.loosen.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws an exercise's figure as standalone SVG. Nothing in it needs a stylesheet or a script: colours are
 * presentation attributes and the movement is SMIL ({@code <animateTransform>} on the nested joint groups),
 * so the file works as an {@code <img>} under any Content-Security-Policy and when opened on its own.
 *
 * <ul>
 *   <li>{@link #loop}: every step in turn, easing from pose to pose and holding longest on the main step
 *       (a repeated step shows two repetitions), then back to the start, for ever;</li>
 *   <li>{@link #step}: one part of a session, easing once into the step's pose (or through one beat of a
 *       repetition) and staying there, for the player;</li>
 *   <li>{@link #still} and {@link #stills}: one key pose, or all of them side by side, for people who
 *       asked for reduced motion and for printing.</li>
 * </ul>
 */
public final class FigureSvg {
    /** Seconds to move between two poses. */
    static final double MOVE = 0.9;
    /** Seconds the loop rests on a lead-in or release step, and on the main step. */
    static final double HOLD_STEP = 1.1;
    static final double HOLD_MAIN = 2.6;
    /** Repetitions in the loop play faster than in a session: what matters is the shape of the move. */
    static final double REP_SPEED = 0.6;
    static final int LOOP_REPS = 2;

    private FigureSvg() {
    }

    public static String loop(Figure f, Side side) {
        List<Pose> poses = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < f.steps().size(); i++) {
            Pose pose = f.pose(i, side);
            if (i > 0) {
                t += MOVE;
            }
            poses.add(pose);
            times.add(t);
            Pose peak = f.peak(i, side);
            List<Integer> beats = f.steps().get(i).beats();
            if (peak != null && !beats.isEmpty()) {
                for (int rep = 0; rep < LOOP_REPS; rep++) {
                    for (int b = 0; b < beats.size(); b++) {
                        t += beats.get(b) * REP_SPEED;
                        poses.add(afterBeat(pose, peak, b, beats.size()));
                        times.add(t);
                    }
                }
            }
            t += f.steps().get(i).main() ? HOLD_MAIN : HOLD_STEP;
            poses.add(pose);
            times.add(t);
        }
        t += MOVE;
        poses.add(f.pose(0, side));
        times.add(t);
        return document(f, side, poses, new Motion(array(times), true), describe(f, side));
    }

    /** Step {@code index} of a session; {@code beat} is the beat of a repetition, or -1 for the whole step. */
    public static String step(Figure f, Side side, int index, int beat) {
        Pose pose = f.pose(index, side);
        Pose peak = f.peak(index, side);
        List<Integer> beats = f.steps().get(index).beats();
        String alt = f.name() + ": " + f.cue(index, side) + ".";
        if (beat >= 0 && peak != null && beat < beats.size()) {
            Pose from = beat == 0 ? pose : afterBeat(pose, peak, beat - 1, beats.size());
            Pose to = afterBeat(pose, peak, beat, beats.size());
            double seconds = beats.get(beat);
            if (beats.size() == 1) {
                return document(f, side, List.of(pose, peak, pose),
                        new Motion(new double[] {0, seconds / 2, seconds}, false), alt);
            }
            return document(f, side, List.of(from, to), new Motion(new double[] {0, seconds}, false), alt);
        }
        Pose from = index == 0 ? pose : f.pose(index - 1, side);
        return document(f, side, List.of(from, pose), new Motion(new double[] {0, MOVE}, false), alt);
    }

    public static String still(Figure f, Side side, int index) {
        return document(f, side, List.of(f.pose(index, side)), Motion.STILL, f.name() + ": " + f.cue(index, side) + ".");
    }

    /** Every step's key pose in a row, numbered as the steps are. */
    public static String stills(Figure f, Side side) {
        int n = f.steps().size();
        StringBuilder out = new StringBuilder(8000);
        for (int i = 0; i < n; i++) {
            out.append("<g transform=\"translate(").append(Svg.num(Skeleton.WIDTH * i)).append(" 0)\">");
            body(out, f, List.of(f.pose(i, side)), Motion.STILL);
            out.append("<text x=\"6\" y=\"14\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#333\">")
                    .append(i + 1).append("</text></g>");
        }
        return finish(Skeleton.WIDTH * n, describe(f, side), out);
    }

    /** The text alternative: the exercise and its steps' cues in order, for the side drawn. */
    public static String describe(Figure f, Side side) {
        StringBuilder text = new StringBuilder("Figure showing ").append(f.name());
        if (f.twoSided()) {
            text.append(side == Side.RIGHT ? ", right side" : ", left side");
        }
        text.append(':');
        for (int i = 0; i < f.steps().size(); i++) {
            text.append(' ').append(i + 1).append(". ").append(f.cue(i, side));
            if (f.steps().get(i).main()) {
                text.append(f.steps().get(i).beats().isEmpty() ? " (hold)" : " (repeat)");
            }
            text.append('.');
        }
        return text.toString();
    }

    /** The pose after beat {@code b} of a repetition: up to the peak, staying there, and back on the last. */
    private static Pose afterBeat(Pose pose, Pose peak, int b, int beats) {
        return b == beats - 1 && beats > 1 ? pose : peak;
    }

    private static String document(Figure f, Side side, List<Pose> poses, Motion motion, String alt) {
        StringBuilder out = new StringBuilder(6000);
        body(out, f, poses, motion);
        return finish(Skeleton.WIDTH, alt, out);
    }

    /** The whole document: its text alternative as its title, shared shapes defined once, then the body. */
    private static String finish(double width, String alt, StringBuilder body) {
        String[] resolved = Reuse.resolve(body.toString());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Svg.num(width) + " "
                + Svg.num(Skeleton.HEIGHT) + "\" width=\"" + Svg.num(width) + "\" height=\"" + Svg.num(Skeleton.HEIGHT)
                + "\" role=\"img\"><title>" + Svg.escape(alt) + "</title><defs>" + Region.GRADIENT + resolved[0]
                + "</defs>" + resolved[1] + "</svg>";
    }

    /** The floor, the props and the figure; mirrored as a whole for the right side. */
    private static void body(StringBuilder out, Figure f, List<Pose> poses, Motion motion) {
        Keyframes k = f.keyframes();
        if (k.view() != View.ABOVE) {
            out.append("<rect y=\"").append(Svg.num(Prop.FLOOR)).append("\" width=\"160\" height=\"6\" fill=\"#d5dbe5\"/>");
        }
        boolean mirrored = poses.get(0).mirrored();
        if (mirrored) {
            // A figure lying seen from above mirrors across its length, keeping its head where it was.
            out.append(k.view() == View.ABOVE ? "<g transform=\"matrix(1 0 0 -1 0 150)\">"
                    : "<g transform=\"matrix(-1 0 0 1 160 0)\">");
        }
        for (Prop.Placed p : k.props()) {
            p.prop().draw(p.x(), p.y(), k.view(), out);
        }
        List<Pose> drawn = poses.stream().map(p -> p.mirrored() ? p.mirror() : p).toList();
        part(out, Part.ROOT, drawn, motion, f.regions());
        for (Prop.Placed p : k.props()) {
            p.prop().drawFront(p.x(), p.y(), k.view(), out);
        }
        if (mirrored) {
            out.append("</g>");
        }
    }

    private static void part(StringBuilder out, Part part, List<Pose> poses, Motion motion, List<Region> regions) {
        int n = poses.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] turns = new double[n];
        double[] lengths = new double[n];
        for (int i = 0; i < n; i++) {
            double[] o = part.offset(poses.get(i));
            xs[i] = o[0];
            ys[i] = o[1];
            turns[i] = part.rotation(poses.get(i));
            lengths[i] = part.length(poses.get(i));
        }
        String move = motion.translate(xs, ys);
        String turn = motion.rotate(turns);
        // An animated turn is added to the element's transform, so the transform must not turn as well.
        String rotate = !turn.isEmpty() || Svg.num(turns[0]).equals("0") ? "" : "rotate(" + Svg.num(turns[0]) + ")";
        boolean nested = !move.isEmpty();
        if (nested) {
            out.append("<g>").append(move).append("<g").append(rotate.isEmpty() ? "" : " transform=\"" + rotate + "\"")
                    .append('>');
        } else {
            String place = Svg.num(xs[0]).equals("0") && Svg.num(ys[0]).equals("0") ? ""
                    : "translate(" + Svg.num(xs[0]) + " " + Svg.num(ys[0]) + ")";
            String transform = (place + " " + rotate).trim();
            out.append("<g").append(transform.isEmpty() ? "" : " transform=\"" + transform + "\"").append('>');
        }
        out.append(turn);
        View view = poses.get(0).view();
        for (Part child : part.paintOrder(view)) {
            if (child == part) {
                Shapes.draw(part, view, lengths, motion, out);
                for (Region r : regions) {
                    if (r.part() == part) {
                        r.draw(view, out);
                    }
                }
            } else {
                part(out, child, poses, motion, regions);
            }
        }
        out.append(nested ? "</g></g>" : "</g>");
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
