package io.loosen.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the SVG small: a part's shapes that appear more than once in a document (the same limb in every
 * still of a row, both legs alike) are written once in {@code <defs>} and then used by reference. The
 * drawing marks each reusable piece; {@link #resolve} turns the marks into definitions and uses.
 */
final class Reuse {
    private static final char START = '\u0001';
    private static final char END = '\u0002';
    private static final Pattern MARKED = Pattern.compile(START + "([^" + END + "]*)" + END);

    private Reuse() {
    }

    static String mark(CharSequence shapes) {
        return START + shapes.toString() + END;
    }

    /** The definitions of the pieces used twice or more, and the body with every mark resolved. */
    static String[] resolve(String body) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = MARKED.matcher(body);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder defs = new StringBuilder();
        counts.forEach((shapes, n) -> {
            if (n > 1) {
                String id = "p" + ids.size();
                ids.put(shapes, id);
                defs.append("<g id=\"").append(id).append("\">").append(shapes).append("</g>");
            }
        });
        StringBuilder out = new StringBuilder(body.length());
        m = MARKED.matcher(body);
        while (m.find()) {
            String id = ids.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group(1) : "<use href=\"#" + id + "\"/>"));
        }
        m.appendTail(out);
        return new String[] {defs.toString(), out.toString()};
    }
}
