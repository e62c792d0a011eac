package io.loosen.figure;

/**
 * A part of the body an exercise works, shown as a soft glow drawn with the part it belongs to, so it
 * moves with the figure. Positions are in that part's frame; a side view glows on the back.
 */
public enum Region {
    UPPER_BACK(Part.CHEST, -4, -12, 0, -12, 7, 8),
    MID_BACK(Part.CHEST, -4, -2, 0, -3, 7, 8),
    LOWER_BACK(Part.ROOT, -4, -7, 0, -7, 7, 8),
    HIPS(Part.ROOT, 0, 1, 0, 1, 10, 8),
    RIBS(Part.CHEST, 1, -4, 0, -4, 9, 7),
    SIDES(Part.CHEST, -2, -7, 7, -7, 6, 10),
    SHOULDERS(Part.CHEST, 0, -15, 0, -16, 8, 6),
    NECK(Part.HEAD, 0, -3, 0, -3, 5, 5);

    private final Part part;
    private final double sideX;
    private final double sideY;
    private final double frontX;
    private final double frontY;
    private final double rx;
    private final double ry;

    Region(Part part, double sideX, double sideY, double frontX, double frontY, double rx, double ry) {
        this.part = part;
        this.sideX = sideX;
        this.sideY = sideY;
        this.frontX = frontX;
        this.frontY = frontY;
        this.rx = rx;
        this.ry = ry;
    }

    Part part() {
        return part;
    }

    void draw(View view, StringBuilder out) {
        boolean side = view == View.SIDE;
        Shapes.ellipse(out, side ? sideX : frontX, side ? sideY : frontY, rx * 1.5, ry * 1.5, "url(#glow)");
    }

    static final String GRADIENT = "<radialGradient id=\"glow\"><stop offset=\"0\" stop-color=\"#ff7a45\" "
            + "stop-opacity=\".75\"/><stop offset=\".6\" stop-color=\"#ff9a5c\" stop-opacity=\".35\"/>"
            + "<stop offset=\"1\" stop-color=\"#ffb070\" stop-opacity=\"0\"/></radialGradient>";
}
