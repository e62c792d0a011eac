package io.loosen.web;

/** Numbers as the pages show them. Public so the compiled templates can call it. */
public final class Format {
    private Format() {
    }

    /** "45 s", "2 min", "2 min 12 s", "1 h 5 min": a duration as a person says it. */
    public static String minutes(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            return h + " h" + (m > 0 ? " " + m + " min" : "");
        }
        return m + " min" + (s > 0 ? " " + s + " s" : "");
    }

    /** "spine-twist" and "static-position" as words: "static position". */
    public static String words(String slug) {
        return slug.replace('-', ' ');
    }
}
