package io.loosen.cli;

import java.util.ArrayList;
import java.util.List;

/** Small text layout helpers for the terminal: clock times, word wrapping, padding. */
final class Text {
    private Text() {
    }

    /** "4:05" for 245 000 ms; hours are not needed for stretching sessions but are shown if present. */
    static String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long h = seconds / 3600;
        String mmss = String.format("%d:%02d", (seconds / 60) % 60, seconds % 60);
        return h > 0 ? h + ":" + String.format("%02d:%02d", (seconds / 60) % 60, seconds % 60) : mmss;
    }

    /** "45 s", "2 min", "2 min 10 s". */
    static String duration(long millis) {
        long seconds = (millis + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** Greedy word wrap; a word longer than the width is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                flush(lines, line);
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                flush(lines, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        flush(lines, line);
        return lines;
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** A bar of {@code width} cells, filled to {@code fraction}. */
    static String bar(double fraction, int width) {
        return bar(fraction, width, "█", "░");
    }

    static String bar(double fraction, int width, String full, String empty) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return full.repeat(filled) + empty.repeat(width - filled);
    }

    /** Typographic characters spelled in ASCII, for terminals that cannot show them. */
    static String ascii(String text) {
        return text.replace("·", "-").replace("…", "...").replace("—", "-").replace("–", "-")
                .replace("→", "->").replace("←", "<-").replace("’", "'").replace("‘", "'")
                .replace("“", "\"").replace("”", "\"").replace("×", "x").replace("•", "*");
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
