package io.loosen.figure;

import java.util.List;

/**
 * The body's pieces as a tree, each drawn in its own frame: the frame sits at the joint the piece turns
 * about, the trunk runs up its frame (negative y) and the limbs down it. {@link #ROOT} is the pelvis, placed
 * at {@link Joint#X}, {@link Joint#Y}.
 */
public enum Part {
    ROOT(null, Joint.LEAN, 1, null, 13),
    CHEST(ROOT, Joint.SPINE, 1, null, 18),
    HEAD(CHEST, Joint.NECK, 1, null, 4),
    LEFT_UPPER_ARM(CHEST, Joint.LEFT_SHOULDER, -1, Joint.LEFT_ARM_TILT, 18),
    LEFT_FOREARM(LEFT_UPPER_ARM, Joint.LEFT_ELBOW, -1, Joint.LEFT_FOREARM_TILT, 15),
    LEFT_HAND(LEFT_FOREARM, Joint.LEFT_WRIST, -1, null, 0),
    RIGHT_UPPER_ARM(CHEST, Joint.RIGHT_SHOULDER, -1, Joint.RIGHT_ARM_TILT, 18),
    RIGHT_FOREARM(RIGHT_UPPER_ARM, Joint.RIGHT_ELBOW, -1, Joint.RIGHT_FOREARM_TILT, 15),
    RIGHT_HAND(RIGHT_FOREARM, Joint.RIGHT_WRIST, -1, null, 0),
    LEFT_THIGH(ROOT, Joint.LEFT_HIP, -1, Joint.LEFT_THIGH_TILT, 25),
    LEFT_SHIN(LEFT_THIGH, Joint.LEFT_KNEE, 1, Joint.LEFT_SHIN_TILT, 24),
    LEFT_FOOT(LEFT_SHIN, Joint.LEFT_ANKLE, 1, null, 0),
    RIGHT_THIGH(ROOT, Joint.RIGHT_HIP, -1, Joint.RIGHT_THIGH_TILT, 25),
    RIGHT_SHIN(RIGHT_THIGH, Joint.RIGHT_KNEE, 1, Joint.RIGHT_SHIN_TILT, 24),
    RIGHT_FOOT(RIGHT_SHIN, Joint.RIGHT_ANKLE, 1, null, 0);

    /** Height of the shoulder joints above the bottom of the chest. */
    static final double SHOULDER_HEIGHT = 15;
    /** How far the shoulders and hips sit from the middle, seen from the front. */
    static final double SHOULDER_SPREAD = 10;
    static final double HIP_SPREAD = 6.5;

    private final Part parent;
    private final Joint joint;
    private final int sign;
    private final Joint tilt;
    private final double length;

    Part(Part parent, Joint joint, int sign, Joint tilt, double length) {
        this.parent = parent;
        this.joint = joint;
        this.sign = sign;
        this.tilt = tilt;
        this.length = length;
    }

    public Part parent() {
        return parent;
    }

    public Joint joint() {
        return joint;
    }

    /**
     * The order a part's children and its own shapes ({@code this}) are painted in: in a side view the far
     * (right) limbs go behind the trunk and the near ones in front; from the front the arms go in front.
     */
    List<Part> paintOrder(View view) {
        boolean side = view == View.SIDE;
        return switch (this) {
            case ROOT -> side ? List.of(RIGHT_THIGH, ROOT, CHEST, LEFT_THIGH) : List.of(RIGHT_THIGH, LEFT_THIGH, ROOT, CHEST);
            case CHEST -> side ? List.of(RIGHT_UPPER_ARM, CHEST, HEAD, LEFT_UPPER_ARM)
                    : List.of(CHEST, HEAD, RIGHT_UPPER_ARM, LEFT_UPPER_ARM);
            case LEFT_UPPER_ARM -> List.of(this, LEFT_FOREARM);
            case LEFT_FOREARM -> List.of(this, LEFT_HAND);
            case RIGHT_UPPER_ARM -> List.of(this, RIGHT_FOREARM);
            case RIGHT_FOREARM -> List.of(this, RIGHT_HAND);
            case LEFT_THIGH -> List.of(this, LEFT_SHIN);
            case LEFT_SHIN -> List.of(this, LEFT_FOOT);
            case RIGHT_THIGH -> List.of(this, RIGHT_SHIN);
            case RIGHT_SHIN -> List.of(this, RIGHT_FOOT);
            default -> List.of(this);
        };
    }

    /** The piece's drawn length: a limb turned out of the picture by its tilt looks shorter. */
    double length(Pose pose) {
        return tilt == null ? length : length * Math.cos(Math.toRadians(pose.get(tilt)));
    }

    /** Where this part's joint sits in its parent's frame. */
    double[] offset(Pose pose) {
        boolean sideways = pose.view().sideways();
        return switch (this) {
            case ROOT -> new double[] {pose.get(Joint.X), pose.get(Joint.Y)};
            case CHEST, HEAD -> new double[] {0, -parent.length};
            case LEFT_UPPER_ARM -> new double[] {sideways ? SHOULDER_SPREAD : 0, -SHOULDER_HEIGHT};
            case RIGHT_UPPER_ARM -> new double[] {sideways ? -SHOULDER_SPREAD : 0, -SHOULDER_HEIGHT};
            case LEFT_THIGH -> new double[] {sideways ? HIP_SPREAD : 0, 1};
            case RIGHT_THIGH -> new double[] {sideways ? -HIP_SPREAD : 0, 1};
            default -> new double[] {0, parent.length(pose)};
        };
    }

    /**
     * The SVG rotation of this part's frame, in degrees clockwise. Seen from the front, the right limbs
     * mirror the left, so the same angle opens both arms outward.
     */
    double rotation(Pose pose) {
        boolean mirrorLimb = pose.view().sideways() && joint.side() == Side.RIGHT;
        return sign * pose.get(joint) * (mirrorLimb ? -1 : 1);
    }

    boolean far(View view) {
        return view == View.SIDE && joint.side() == Side.RIGHT;
    }
}
