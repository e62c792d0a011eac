package io.loosen.progress.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * One ISO week of practice, Monday to Sunday, named by its Monday: a date needs no week-based year to be
 * unambiguous (2026-12-28 starts the week that holds 2027-01-01, which ISO calls 2026-W53).
 * The averages are over the sessions with that rating, each on its own; null when none had one.
 */
public record WeekSummary(
        LocalDate monday,
        int daysPractised,
        int sessions,
        int activeSeconds,
        Double averageTensionBefore,
        Double averageTensionAfter) {

    public WeekSummary {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not on " + monday);
        }
        if (daysPractised < 0 || daysPractised > 7 || sessions < daysPractised || activeSeconds < 0) {
            throw new IllegalArgumentException("impossible week: " + daysPractised + " days, " + sessions
                    + " sessions, " + activeSeconds + " s");
        }
    }

    public static WeekSummary empty(LocalDate monday) {
        return new WeekSummary(monday, 0, 0, 0, null, null);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /**
     * Minutes played, rounded to the nearest (half a minute up). Rounded once for the week, not per
     * session, so ten sessions of 50 s make 8 minutes rather than 10.
     */
    public int minutes() {
        return (activeSeconds + 30) / 60;
    }

    /** The ISO name of the week, such as {@code 2026-W53}, for display. */
    public String isoWeek() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
