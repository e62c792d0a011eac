package io.loosen.progress.charts;

import io.loosen.progress.stats.Heatmap;
import io.loosen.progress.stats.ProgressReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * This week at a glance, Monday to Sunday: a bar a day for the minutes practised, today's name in bold
 * and underlined, days still to come left blank. Small enough for the Today page; it needs no stylesheet
 * of its own (colours are the theme's variables from loosen.css).
 */
public final class WeekGlance {
    /** The chart's id in the page. */
    public static final String ID = "week-glance";
    private static final double WIDTH = 280;
    private static final double HEIGHT = 96;
    private static final double SLOT = WIDTH / 7;
    private static final double BAR = 22;
    private static final double TOP = 18;
    private static final double BASE = 66;

    private WeekGlance() {
    }

    /** This week from the report: the last week of its grid, and its today. */
    public static String svg(ProgressReport report) {
        List<Heatmap.Week> weeks = report.recent().weeks();
        return svg(weeks.get(weeks.size() - 1), report.today());
    }

    /** @param week the seven days to draw, Monday first; {@code today} is outlined when it is one of them */
    public static String svg(Heatmap.Week week, LocalDate today) {
        if (week.days().size() != 7) {
            throw new IllegalArgumentException("a week has seven days, not " + week.days().size());
        }
        int max = 1;
        for (Heatmap.Day day : week.days()) {
            max = Math.max(max, day.minutes());
        }
        Svg svg = Svg.open(ID, "chart-week-glance", WIDTH, HEIGHT, "This week: minutes practised each day",
                description(week, today));
        svg.element("line", "class", "baseline", "x1", 4, "x2", WIDTH - 4, "y1", BASE + 0.5, "y2", BASE + 0.5,
                "stroke", "var(--muted)", "stroke-width", 1);
        for (int i = 0; i < 7; i++) {
            Heatmap.Day day = week.days().get(i);
            boolean isToday = day.date().equals(today);
            boolean future = day.date().isAfter(today) && !day.practised();
            double centre = SLOT * i + SLOT / 2;
            double height = day.practised() ? Math.max(3, (BASE - TOP) * day.minutes() / max) : 2;
            String cssClass = "day" + (isToday ? " today" : "") + (future ? " future" : "")
                    + (day.practised() ? " practised" : "");
            svg.withTooltip("rect", tooltip(day, isToday, future), "class", cssClass,
                    "x", centre - BAR / 2, "y", BASE - height, "width", BAR, "height", height, "rx", 2,
                    "fill", day.practised() ? "var(--accent)" : future ? "var(--heat-0)" : "var(--line)",
                    "data-date", day.date(), "data-minutes", day.minutes());
            if (day.practised()) {
                svg.text(Integer.toString(day.minutes()), "x", centre, "y", BASE - height - 4, "class", "value",
                        "text-anchor", "middle");
            }
            svg.text(Words.weekday(day.date()), "x", centre, "y", BASE + 17,
                    "class", isToday ? "label today" : "label", "text-anchor", "middle",
                    "font-weight", isToday ? "bold" : null);
            if (isToday) {
                svg.element("line", "class", "today-mark", "x1", centre - 13, "x2", centre + 13,
                        "y1", BASE + 23, "y2", BASE + 23, "stroke", "var(--text)", "stroke-width", 2);
            }
        }
        return svg.close();
    }

    private static String tooltip(Heatmap.Day day, boolean today, boolean future) {
        String when = Words.day(day.date()) + (today ? " (today)" : "");
        if (future) {
            return when + ": still to come";
        }
        return when + ": " + (day.practised() ? Words.minutes(day.minutes()) : "no practice");
    }

    /** "Mon 9 Mar to Sun 15 Mar 2026: 6 minutes on 2 days. Monday none, Tuesday 3 minutes, …". */
    static String description(Heatmap.Week week, LocalDate today) {
        int days = 0;
        int seconds = 0;
        List<String> each = new ArrayList<>(7);
        for (Heatmap.Day day : week.days()) {
            String name = Words.weekday(day.date()) + (day.date().equals(today) ? " (today)" : "");
            if (day.practised()) {
                days++;
                seconds += day.activeSeconds();
                each.add(name + " " + Words.minutes(day.minutes()));
            } else if (day.date().isAfter(today)) {
                each.add(name + " still to come");
            } else {
                each.add(name + " none");
            }
        }
        String span = "This week, " + Words.shortDay(week.monday()) + " to " + Words.day(week.monday().plusDays(6))
                + ": ";
        String total = days == 0 ? "no practice yet" : Words.minutes((seconds + 30) / 60) + " on " + Words.days(days);
        return span + total + ". " + String.join(", ", each) + ".";
    }
}
