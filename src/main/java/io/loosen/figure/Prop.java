package io.loosen.figure;

import io.loosen.system.Vocabulary;

/** Things drawn with the figure. Each is placed by one point of it, its anchor, given in the exercise data. */
public enum Prop implements Vocabulary {
    /** Anchor: the front edge of the seat. */
    CHAIR,
    /** Anchor: the near edge of the desk top. */
    DESK,
    /** Anchor: the mat's left end (from above: its top left corner). */
    FLOOR_MAT,
    /** Anchor: the middle of the bar. */
    PULL_UP_BAR,
    /** Anchor: the pole's middle, at the height of the hand on it. */
    POLE,
    /** Anchor: the middle of the bar. */
    LOW_BAR,
    /** Anchor: the middle of the box's top. */
    BOX;

    static final double FLOOR = 144;
    private static final String WOOD = "#b98356";
    private static final String METAL = "#8a94a6";

    void draw(double x, double y, View view, StringBuilder out) {
        boolean side = view == View.SIDE;
        switch (this) {
            case CHAIR -> {
                rect(out, x - 24, y, 25, 4, 1.5, WOOD);
                rect(out, x - 24, y - 34, 4, 38, 2, WOOD);
                rect(out, x - 23, y + 3, 3, FLOOR - y - 3, 0, WOOD);
                rect(out, x - 4, y + 3, 3, FLOOR - y - 3, 0, WOOD);
            }
            case DESK -> {
                rect(out, x, y, 46, 4, 1.5, WOOD);
                rect(out, x + 40, y + 3, 3.5, FLOOR - y - 3, 0, WOOD);
            }
            case FLOOR_MAT -> {
                if (view == View.ABOVE) {
                    rect(out, x, y, 140, 74, 6, "#9fd3b4");
                } else {
                    rect(out, x, FLOOR - 3, 130, 3, 1.5, "#6fb58d");
                }
            }
            case PULL_UP_BAR, LOW_BAR -> {
                if (side) {
                    rect(out, x - 1.5, y, 3, FLOOR - y, 0, METAL);
                } else {
                    rect(out, x - 46, y, 3, FLOOR - y, 0, METAL);
                    rect(out, x + 43, y, 3, FLOOR - y, 0, METAL);
                }
            }
            case POLE -> rect(out, x - 3, 4, 6, FLOOR - 4, 1, METAL);
            case BOX -> rect(out, x - 17, y, 34, FLOOR - y, 2, WOOD);
            default -> throw new IllegalStateException(name());
        }
    }

    /** What is in front of the figure: a bar goes over the hands that hold it. */
    void drawFront(double x, double y, View view, StringBuilder out) {
        if (this == PULL_UP_BAR || this == LOW_BAR) {
            if (view == View.SIDE) {
                out.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                        .append("\" r=\"3\" fill=\"#5d6678\"/>");
            } else {
                rect(out, x - 48, y - 2.5, 96, 5, 2.5, "#5d6678");
            }
        }
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, double r, String fill) {
        out.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"")
                .append(Svg.num(w)).append("\" height=\"").append(Svg.num(h));
        if (r > 0) {
            out.append("\" rx=\"").append(Svg.num(r));
        }
        out.append("\" fill=\"").append(fill).append("\"/>");
    }

    /** A prop at its place on the canvas. */
    public record Placed(Prop prop, int x, int y) {
    }
}
