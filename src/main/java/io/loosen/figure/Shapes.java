package io.loosen.figure;

/**
 * The filled shapes of each part, in the part's own frame: limbs are capsules (rounded rectangles), the
 * head a circle, the trunk two rounded blocks that overlap at the waist. Shirt, trousers and skin colours
 * make the limbs easy to tell apart; in a side view the far limbs are a shade darker.
 */
final class Shapes {
    static final double HEAD_RADIUS = 8;
    static final double HEAD_CENTRE = 11.5;
    static final double HAND_CENTRE = 2.5;
    static final double TOE = 9;

    private static final String SHIRT = "#4f86e8";
    private static final String TROUSERS = "#2f4f8f";
    private static final String SKIN = "#f1c39b";
    private static final String SHOES = "#3b3b46";
    private static final String SHIRT_FAR = "#3b68bd";
    private static final String TROUSERS_FAR = "#223a6b";
    private static final String SKIN_FAR = "#d6a47c";

    private Shapes() {
    }

    /** Appends the part's shapes; a limb's length may change from frame to frame ({@code lengths}). */
    static void draw(Part part, View view, double[] lengths, Motion motion, StringBuilder into) {
        StringBuilder out = new StringBuilder(200);
        shapes(part, view, lengths, motion, out);
        into.append(out.indexOf("<animate") < 0 ? Reuse.mark(out) : out);
    }

    private static void shapes(Part part, View view, double[] lengths, Motion motion, StringBuilder out) {
        boolean far = part.far(view);
        String shirt = far ? SHIRT_FAR : SHIRT;
        String trousers = far ? TROUSERS_FAR : TROUSERS;
        String skin = far ? SKIN_FAR : SKIN;
        boolean side = view == View.SIDE;
        switch (part) {
            case ROOT -> {
                up(out, side ? 17 : 23, 13, shirt);
                if (side) {
                    ellipse(out, 0, 1, 9.5, 7.5, trousers);
                } else {
                    ellipse(out, 0, 1, 13, 7.5, trousers);
                }
            }
            case CHEST -> {
                if (side) {
                    up(out, 18, 18, shirt);
                } else {
                    out.append("<rect x=\"-13\" y=\"-21\" width=\"26\" height=\"23\" rx=\"8\" fill=\"")
                            .append(shirt).append("\"/>");
                }
            }
            case HEAD -> {
                out.append("<rect x=\"-2.5\" y=\"-6\" width=\"5\" height=\"8\" rx=\"2\" fill=\"").append(SKIN).append("\"/>");
                circle(out, 0, -HEAD_CENTRE, HEAD_RADIUS, SKIN);
                if (side) {
                    circle(out, 7.6, -11, 1.9, SKIN);
                    out.append("<path d=\"M-8-12.5a8 8 0 0 1 15-4l-7 1z\" fill=\"#5b3a29\"/>");
                } else {
                    out.append("<path d=\"M-8-12.5a8 8 0 0 1 16 0q-8-4.5-16 0z\" fill=\"#5b3a29\"/>");
                }
            }
            case LEFT_UPPER_ARM, RIGHT_UPPER_ARM -> down(out, 7.6, lengths, shirt, motion);
            case LEFT_FOREARM, RIGHT_FOREARM -> down(out, 6.2, lengths, skin, motion);
            case LEFT_HAND, RIGHT_HAND -> circle(out, 0, HAND_CENTRE, 3.9, skin);
            case LEFT_THIGH, RIGHT_THIGH -> down(out, 10.5, lengths, trousers, motion);
            case LEFT_SHIN, RIGHT_SHIN -> down(out, 8.4, lengths, trousers, motion);
            case LEFT_FOOT, RIGHT_FOOT -> {
                String shoes = far ? "#2a2a33" : SHOES;
                if (side) {
                    out.append("<rect x=\"-3\" y=\"-1.5\" width=\"").append(TOE + 4).append("\" height=\"4.6\" rx=\"2.3\" fill=\"")
                            .append(shoes).append("\"/>");
                } else {
                    ellipse(out, 0, 2, 3.4, 3.2, shoes);
                }
            }
            default -> throw new IllegalStateException(part.name());
        }
    }

    /** A capsule from the frame's origin down to {@code length}. */
    private static void down(StringBuilder out, double width, double[] lengths, String fill, Motion motion) {
        double r = width / 2;
        double length = lengths[0];
        double[] heights = new double[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            heights[i] = lengths[i] + width;
        }
        String grow = motion.animate("height", heights);
        out.append("<rect x=\"").append(Svg.num(-r)).append("\" y=\"").append(Svg.num(-r))
                .append("\" width=\"").append(Svg.num(width)).append("\" height=\"").append(Svg.num(length + width))
                .append("\" rx=\"").append(Svg.num(r)).append("\" fill=\"").append(fill).append('"');
        if (grow.isEmpty()) {
            out.append("/>");
        } else {
            out.append('>').append(grow).append("</rect>");
        }
    }

    /** A block from a little below the origin up to {@code length}. */
    private static void up(StringBuilder out, double width, double length, String fill) {
        double r = width / 2.4;
        out.append("<rect x=\"").append(Svg.num(-width / 2)).append("\" y=\"").append(Svg.num(-length - r))
                .append("\" width=\"").append(Svg.num(width)).append("\" height=\"").append(Svg.num(length + 2 * r))
                .append("\" rx=\"").append(Svg.num(r)).append("\" fill=\"").append(fill).append("\"/>");
    }

    private static void circle(StringBuilder out, double cx, double cy, double r, String fill) {
        out.append("<circle cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy)).append("\" r=\"")
                .append(Svg.num(r)).append("\" fill=\"").append(fill).append("\"/>");
    }

    static void ellipse(StringBuilder out, double cx, double cy, double rx, double ry, String fill) {
        out.append("<ellipse cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy)).append("\" rx=\"")
                .append(Svg.num(rx)).append("\" ry=\"").append(Svg.num(ry)).append("\" fill=\"").append(fill).append("\"/>");
    }
}
