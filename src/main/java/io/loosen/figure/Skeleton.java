package io.loosen.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where a pose puts each part on the canvas: the same frames the drawing nests, multiplied out. Used to
 * check poses (hands on the bar, the knee across the body) and to lay figures out.
 */
public final class Skeleton {
    public static final double WIDTH = 160;
    public static final double HEIGHT = 150;

    /** An affine frame: x' = a·x + c·y + e, y' = b·x + d·y + f. */
    private record Frame(double a, double b, double c, double d, double e, double f) {
        static final Frame IDENTITY = new Frame(1, 0, 0, 1, 0, 0);

        Frame then(double dx, double dy, double degrees) {
            double r = Math.toRadians(degrees);
            double cos = Math.cos(r);
            double sin = Math.sin(r);
            double[] o = apply(dx, dy);
            return new Frame(a * cos + c * sin, b * cos + d * sin, -a * sin + c * cos, -b * sin + d * cos, o[0], o[1]);
        }

        double[] apply(double x, double y) {
            return new double[] {a * x + c * y + e, b * x + d * y + f};
        }
    }

    private final Map<Part, Frame> frames;
    /** The pose as drawn before any mirroring: a mirrored pose is its twin, reflected. */
    private final Pose drawn;
    private final boolean mirrored;

    private Skeleton(Map<Part, Frame> frames, Pose drawn, boolean mirrored) {
        this.frames = frames;
        this.drawn = drawn;
        this.mirrored = mirrored;
    }

    public static Skeleton of(Pose pose) {
        Pose drawn = pose.mirrored() ? pose.mirror() : pose;
        Map<Part, Frame> frames = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Frame parent = part.parent() == null ? Frame.IDENTITY : frames.get(part.parent());
            double[] o = part.offset(drawn);
            frames.put(part, parent.then(o[0], o[1], part.rotation(drawn)));
        }
        return new Skeleton(frames, drawn, pose.mirrored());
    }

    /** The canvas point at (x, y) in the frame of {@code part}, as the viewer sees it. */
    public double[] at(Part part, double x, double y) {
        Part drawnPart = mirrored ? twin(part) : part;
        double[] p = frames.get(drawnPart).apply(x, y);
        if (!mirrored) {
            return p;
        }
        return drawn.view() == View.ABOVE ? new double[] {p[0], HEIGHT - p[1]} : new double[] {WIDTH - p[0], p[1]};
    }

    /** The direction of a part's frame on the canvas, in degrees clockwise (for poses drawn unmirrored). */
    double turn(Part part) {
        Frame f = frames.get(part);
        return Math.toDegrees(Math.atan2(f.b(), f.a()));
    }

    /** The joint a part turns about. */
    public double[] joint(Part part) {
        return at(part, 0, 0);
    }

    /** The far end of a limb (its next joint), or the middle of a hand, the head or a foot. */
    public double[] end(Part part) {
        return switch (part) {
            case HEAD -> at(part, 0, -Shapes.HEAD_CENTRE);
            case LEFT_HAND, RIGHT_HAND -> at(part, 0, Shapes.HAND_CENTRE);
            case LEFT_FOOT, RIGHT_FOOT -> at(part, Shapes.TOE, 0);
            case ROOT -> at(part, 0, -13);
            case CHEST -> at(part, 0, -18);
            default -> at(part, 0, (mirrored ? twin(part) : part).length(drawn));
        };
    }

    static Part twin(Part part) {
        String name = part.name();
        if (name.startsWith("LEFT_")) {
            return Part.valueOf("RIGHT_" + name.substring(5));
        }
        return name.startsWith("RIGHT_") ? Part.valueOf("LEFT_" + name.substring(6)) : part;
    }
}
