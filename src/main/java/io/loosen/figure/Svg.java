package io.loosen.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers and text as the figure's SVG writes them: short, and escaped. */
final class Svg {
    private Svg() {
    }

    /** At most one decimal, no trailing zeros: a tenth of a unit is far below a pixel. */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == 0) {
            return "0";
        }
        return short0(BigDecimal.valueOf(rounded).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }

    /** "0.5" as ".5": SVG numbers need no leading zero. */
    private static String short0(String n) {
        if (n.startsWith("0.")) {
            return n.substring(1);
        }
        return n.startsWith("-0.") ? "-" + n.substring(2) : n;
    }

    /** A fraction of an animation's length, to the thousandth: SMIL key times. */
    static String num3(double value) {
        return short0(BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
