package io.loosen.progress.charts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one SVG document as text, escaping every attribute value and every text as it goes, so the
 * charts can be embedded in HTML as they are. The root is an accessible image: {@code role="img"}, named
 * by its {@code <title>} and described by its {@code <desc>}.
 *
 * <p>Colours are presentation attributes naming the stylesheet's variables ({@code fill="var(--heat-2)"}):
 * the page's Content-Security-Policy allows no {@code style} attribute, and the variables follow the light
 * or dark theme.
 */
final class Svg {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(4096);
    private boolean closed;

    private Svg() {
    }

    /**
     * Opens the root element. {@code id} names the chart in the page (and prefixes its title's and
     * description's ids), so it must be a plain lower-case name.
     */
    static Svg open(String id, String cssClass, double width, double height, String title, String description) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is lower-case letters, digits and dashes, not " + id);
        }
        Svg svg = new Svg();
        svg.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id)
                .append("\" class=\"chart ").append(escape(cssClass))
                .append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-title\"")
                .append(" aria-describedby=\"").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    /** An empty element: {@code attributes} are name, value pairs; a null value leaves the attribute out. */
    Svg element(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding a tooltip: a {@code <title>} child, which browsers show on hover. */
    Svg withTooltip(String name, String tooltip, Object... attributes) {
        start(name, attributes);
        out.append("><title>").append(escape(tooltip)).append("</title></").append(name).append('>');
        return this;
    }

    /** A {@code <text>} element. */
    Svg text(String content, Object... attributes) {
        start("text", attributes);
        out.append('>').append(escape(content)).append("</text>");
        return this;
    }

    /** Opens a group; close it with {@link #end()}. */
    Svg group(Object... attributes) {
        start("g", attributes);
        out.append('>');
        return this;
    }

    Svg end() {
        out.append("</g>");
        return this;
    }

    String close() {
        if (closed) {
            throw new IllegalStateException("already closed");
        }
        closed = true;
        return out.append("</svg>").toString();
    }

    private void start(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(value(value)).append('"');
            }
        }
    }

    private static String value(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        return escape(value.toString());
    }

    /** A coordinate with at most two decimals and no trailing zeros: "12", "12.5", "-0.25". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        String text = String.format(Locale.ROOT, "%.2f", rounded);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Text made safe for XML content and attribute values (and so for HTML): the five markup characters
     * become entities, tabs and line breaks character references, and characters XML 1.0 cannot hold at all (control characters, lone surrogates,
     * U+FFFE and U+FFFF) become U+FFFD, so the document still parses.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // As references, so a parser keeps them as they are, in attribute values too.
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
