package io.loosen.progress.charts;

import io.loosen.progress.stats.WeekSummary;
import io.loosen.progress.stats.Weeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minutes per week as a bar chart, oldest week on the left, this week's bar in the accent colour. The
 * y axis runs to a round number of minutes; every other week is named under its bar, this week always.
 */
public final class WeeklyMinutesChart {
    /** The chart's id in the page. */
    public static final String ID = "weekly-minutes";
    private static final double WIDTH = 400;
    private static final double HEIGHT = 176;
    private static final double LEFT = 34;
    private static final double RIGHT = 8;
    private static final double TOP = 22;
    private static final double BASE = 150;
    private static final int[] STEPS = {1, 2, 5, 10, 15, 20, 30, 60, 90, 120, 180, 300, 600};

    private WeeklyMinutesChart() {
    }

    /**
     * The {@code count} weeks ending with the week of {@code today}, oldest first, from the weeks that had
     * practice (as {@link Weeks#all} gives them); the weeks without any are empty summaries.
     */
    public static List<WeekSummary> lastWeeks(List<WeekSummary> practised, LocalDate today, int count) {
        Map<LocalDate, WeekSummary> byMonday = new TreeMap<>();
        for (WeekSummary week : practised) {
            byMonday.put(week.monday(), week);
        }
        LocalDate first = Weeks.mondayOf(today).minusWeeks(count - 1L);
        List<WeekSummary> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate monday = first.plusWeeks(i);
            weeks.add(byMonday.getOrDefault(monday, WeekSummary.empty(monday)));
        }
        return weeks;
    }

    /** @param weeks consecutive weeks, oldest first (see {@link #lastWeeks}) */
    public static String svg(List<WeekSummary> weeks, LocalDate today) {
        LocalDate thisMonday = Weeks.mondayOf(today);
        int max = 0;
        for (WeekSummary week : weeks) {
            max = Math.max(max, week.minutes());
        }
        int step = tickStep(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        Svg svg = Svg.open(ID, "chart-weekly", WIDTH, HEIGHT,
                "Minutes per week, last " + weeks.size() + " weeks", description(weeks, thisMonday));

        for (int tick = 0; tick <= top; tick += step) {
            double y = y(tick, top);
            svg.element("line", "class", "grid", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y,
                    "stroke", tick == 0 ? "var(--muted)" : "var(--line)", "stroke-width", 1);
            svg.text(Integer.toString(tick), "x", LEFT - 6, "y", y + 4, "class", "label", "text-anchor", "end");
        }
        svg.text("min", "x", LEFT - 6, "y", TOP - 10, "class", "label", "text-anchor", "end");

        double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.size());
        double barWidth = slot * 0.62;
        for (int i = 0; i < weeks.size(); i++) {
            WeekSummary week = weeks.get(i);
            boolean current = week.monday().equals(thisMonday);
            double centre = LEFT + slot * i + slot / 2;
            double y = y(week.minutes(), top);
            svg.withTooltip("rect", tooltip(week),
                    "class", current ? "bar current" : "bar",
                    "x", centre - barWidth / 2, "y", y, "width", barWidth, "height", BASE - y, "rx", 2,
                    "fill", current ? "var(--accent)" : "var(--heat-3)",
                    "data-week", week.monday(), "data-minutes", week.minutes());
            if (week.minutes() > 0) {
                svg.text(Integer.toString(week.minutes()), "x", centre, "y", y - 4, "class", "value",
                        "text-anchor", "middle");
            }
            int fromEnd = weeks.size() - 1 - i;
            if (fromEnd % 2 == 0 || current) {
                svg.text(Words.shortDay(week.monday()), "x", centre, "y", BASE + 16,
                        "class", current ? "label current" : "label", "text-anchor", "middle");
            }
        }
        return svg.close();
    }

    private static double y(int minutes, int top) {
        return BASE - (BASE - TOP) * minutes / top;
    }

    /** The smallest round step that divides the axis into at most four parts. */
    static int tickStep(int max) {
        for (int step : STEPS) {
            if (max <= 4 * step) {
                return step;
            }
        }
        int big = STEPS[STEPS.length - 1];
        return (max / (4 * big) + 1) * big;
    }

    private static String tooltip(WeekSummary week) {
        return "Week of " + Words.day(week.monday()) + ": " + Words.minutes(week.minutes()) + ", "
                + Words.sessions(week.sessions()) + " on " + Words.days(week.daysPractised());
    }

    static String description(List<WeekSummary> weeks, LocalDate thisMonday) {
        int total = 0;
        int practised = 0;
        WeekSummary most = null;
        WeekSummary current = null;
        for (WeekSummary week : weeks) {
            total += week.activeSeconds();
            if (week.sessions() > 0) {
                practised++;
                if (most == null || week.minutes() > most.minutes()) {
                    most = week;
                }
            }
            if (week.monday().equals(thisMonday)) {
                current = week;
            }
        }
        String thisWeek = current == null ? "" : "This week (from " + Words.day(thisMonday) + "): "
                + Words.minutes(current.minutes()) + ". ";
        if (most == null) {
            return thisWeek + "No practice in these " + weeks.size() + " weeks.";
        }
        return thisWeek + "In all " + weeks.size() + " weeks: " + Words.minutes((total + 30) / 60) + ", with practice in "
                + practised + " of them; the most in one week was " + Words.minutes(most.minutes())
                + ", the week of " + Words.day(most.monday()) + ".";
    }
}
