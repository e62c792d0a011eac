package io.loosen.progress.charts;

import io.loosen.progress.stats.Heatmap;
import java.time.LocalDate;
import java.util.List;

/**
 * The calendar heat map: one column a week (oldest on the left), one row a weekday (Monday on top), each
 * day shaded by the minutes practised, today outlined, month names above the columns where a month
 * begins. Days after today are left out (a day practised in a zone ahead of the user's still shows).
 *
 * <p>Shades are relative to the busiest day shown, as {@code loosen stats} draws them: level 0 for no
 * practice, then 1 to 4 by quarters of the most minutes on one day.
 */
public final class HeatmapChart {
    /** The chart's id in the page. */
    public static final String ID = "heatmap";
    static final int LEVELS = 5;
    private static final int CELL = 11;
    private static final int STEP = 14;
    private static final int LEFT = 30;
    private static final int TOP = 18;
    private static final int MIN_WIDTH = 200;

    private HeatmapChart() {
    }

    public static String svg(Heatmap map) {
        int weeks = map.weeks().size();
        double width = Math.max(MIN_WIDTH, LEFT + weeks * STEP + 4);
        double gridBottom = TOP + 7 * STEP - (STEP - CELL);
        double height = gridBottom + 26;
        int max = Math.max(1, map.maxMinutes());
        Svg svg = Svg.open(ID, "chart-heatmap", width, height,
                "Minutes practised each day, last " + weeks + " weeks", description(map));

        String[] weekdays = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int row = 0; row < 7; row++) {
            if (!weekdays[row].isEmpty()) {
                svg.text(weekdays[row], "x", 0, "y", TOP + row * STEP + CELL - 1.5, "class", "label");
            }
        }
        monthLabels(svg, map.weeks());
        for (int w = 0; w < weeks; w++) {
            List<Heatmap.Day> days = map.weeks().get(w).days();
            for (int row = 0; row < 7; row++) {
                Heatmap.Day day = days.get(row);
                if (day.future() && !day.practised()) {
                    continue;
                }
                boolean today = day.date().equals(map.today());
                int level = level(day, max);
                svg.withTooltip("rect", tooltip(day),
                        "class", "cell level-" + level + (today ? " today" : ""),
                        "x", LEFT + w * STEP, "y", TOP + row * STEP, "width", CELL, "height", CELL, "rx", 2,
                        "fill", "var(--heat-" + level + ")",
                        "stroke", today ? "var(--text)" : null, "stroke-width", today ? 2 : null,
                        "data-date", day.date(), "data-minutes", day.minutes());
            }
        }
        legend(svg, width, gridBottom + 10);
        return svg.close();
    }

    /** The shade of a day: 0 without practice, else 1 to 4 by quarters of {@code maxMinutes}. */
    static int level(Heatmap.Day day, int maxMinutes) {
        if (!day.practised()) {
            return 0;
        }
        int level = (int) Math.ceil(4.0 * day.minutes() / Math.max(1, maxMinutes));
        return Math.max(1, Math.min(4, level));
    }

    /** A month's name over the column holding its 1st; the first column named too when there is room. */
    private static void monthLabels(Svg svg, List<Heatmap.Week> weeks) {
        int lastLabelled = -3;
        for (int w = 0; w < weeks.size(); w++) {
            LocalDate first = firstOfMonthIn(weeks.get(w));
            if (first == null && w == 0 && firstOfMonthWithin(weeks, 1, 3) == null) {
                first = weeks.get(0).monday();
            }
            if (first != null && w - lastLabelled >= 3) {
                svg.text(Words.month(first), "x", LEFT + w * STEP, "y", TOP - 6, "class", "label month");
                lastLabelled = w;
            }
        }
    }

    private static LocalDate firstOfMonthWithin(List<Heatmap.Week> weeks, int from, int to) {
        for (int w = from; w < Math.min(to, weeks.size()); w++) {
            LocalDate first = firstOfMonthIn(weeks.get(w));
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private static LocalDate firstOfMonthIn(Heatmap.Week week) {
        for (Heatmap.Day day : week.days()) {
            if (day.date().getDayOfMonth() == 1) {
                return day.date();
            }
        }
        return null;
    }

    /** "Today" beside an outlined cell on the left; "Less ▢▢▢▢▢ More" on the right. */
    private static void legend(Svg svg, double width, double y) {
        svg.element("rect", "class", "key today", "x", LEFT, "y", y, "width", CELL, "height", CELL, "rx", 2,
                "fill", "var(--heat-0)", "stroke", "var(--text)", "stroke-width", 2);
        svg.text("Today", "x", LEFT + STEP + 2, "y", y + CELL - 1.5, "class", "label");
        double more = width - 34;
        double firstKey = more - 4 - LEVELS * STEP;
        svg.text("Less", "x", firstKey - 4, "y", y + CELL - 1.5, "class", "label", "text-anchor", "end");
        for (int level = 0; level < LEVELS; level++) {
            svg.element("rect", "class", "key level-" + level, "x", firstKey + level * STEP, "y", y,
                    "width", CELL, "height", CELL, "rx", 2, "fill", "var(--heat-" + level + ")");
        }
        svg.text("More", "x", more, "y", y + CELL - 1.5, "class", "label");
    }

    private static String tooltip(Heatmap.Day day) {
        if (!day.practised()) {
            return Words.day(day.date()) + ": no practice";
        }
        return Words.day(day.date()) + ": " + Words.minutes(day.minutes()) + ", " + Words.sessions(day.sessions());
    }

    /** The numbers in words: the span, days and sessions, minutes, the busiest day and today. */
    static String description(Heatmap map) {
        int days = 0;
        int sessions = 0;
        long seconds = 0;
        Heatmap.Day busiest = null;
        Heatmap.Day today = null;
        for (Heatmap.Week week : map.weeks()) {
            for (Heatmap.Day day : week.days()) {
                if (day.practised()) {
                    days++;
                    sessions += day.sessions();
                    seconds += day.activeSeconds();
                    if (busiest == null || day.minutes() > busiest.minutes()) {
                        busiest = day;
                    }
                }
                if (day.date().equals(map.today())) {
                    today = day;
                }
            }
        }
        String span = "From " + Words.day(map.firstDay()) + " to today, " + Words.day(map.today()) + ": ";
        if (days == 0) {
            return span + "no practice yet.";
        }
        return span + Words.sessions(sessions) + " on " + Words.days(days) + ", "
                + Words.minutes((int) ((seconds + 30) / 60)) + " in all. The most in one day: "
                + Words.minutes(busiest.minutes()) + " on " + Words.day(busiest.date()) + ". Today: "
                + (today != null && today.practised() ? Words.minutes(today.minutes()) : "no practice yet") + ".";
    }
}
