package io.loosen.progress.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the charts say dates and amounts, in their labels and in the descriptions read aloud. */
public final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    private Words() {
    }

    /** "Wed 11 Mar 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "11 Mar". */
    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "Mar". */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** "Wed". */
    static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** "1 minute", "12 minutes". */
    public static String minutes(int n) {
        return count(n, "minute", "minutes");
    }

    /** "1 day", "3 days". */
    public static String days(int n) {
        return count(n, "day", "days");
    }

    /** "1 session", "3 sessions". */
    public static String sessions(int n) {
        return count(n, "session", "sessions");
    }

    /** A rating or an average of ratings, with one decimal: "6.0", "3.5". */
    public static String rating(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
