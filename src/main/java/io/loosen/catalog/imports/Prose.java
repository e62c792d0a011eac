package io.loosen.catalog.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from a source's prose: tidied, cut into sentences, and HTML taken out. */
final class Prose {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"'])");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|li|ul|ol|div|br|h[1-6]|tr|table)(\\s[^>]*)?/?>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private Prose() {
    }

    /**
     * One line of text: whitespace runs as one space, control characters out, and braces (which Loosen's
     * steps keep for {side} and {other}) as parentheses.
     */
    static String tidy(String text) {
        String plain = text.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? " "
                        : new String(Character.toChars(c)))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
        return plain.replace('{', '(').replace('}', ')').replaceAll("\\s+", " ").strip();
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(tidy(text))) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    /**
     * The paragraphs of an HTML fragment as plain text: scripts and styles dropped, every tag removed (a
     * block tag ends a paragraph), entities decoded. Never parsed as a document, so nothing in it runs.
     */
    static List<String> paragraphsOfHtml(String html) {
        String marked = BLOCK_TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll("\n");
        String text = decode(ANY_TAG.matcher(marked).replaceAll(" "));
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String p = tidy(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(e.substring(1)));
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "hellip" -> "…";
                    case "deg" -> "°";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int c) {
        return Character.isValidCodePoint(c) && !Character.isISOControl(c) ? new String(Character.toChars(c)) : " ";
    }

    /** Text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.-]+$", "") + "…";
    }
}
