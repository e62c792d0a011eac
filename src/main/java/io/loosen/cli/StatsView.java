package io.loosen.cli;

import io.loosen.progress.stats.Heatmap;
import io.loosen.progress.stats.ProgressReport;
import io.loosen.progress.stats.Streak;
import io.loosen.progress.stats.TensionTrend;
import io.loosen.progress.stats.WeekSummary;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code loosen stats} as text: the streak, this week against last, a contribution-style grid of the last
 * twelve weeks (one column a week, one row a weekday, darker for more minutes) and the tension trend.
 */
final class StatsView {
    private static final String[] SHADES = {"·", "░", "▒", "▓", "█"};

    private StatsView() {
    }

    static List<String> render(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        Streak streak = report.streak();
        lines.add("Streak:     " + days(streak.current()) + (streak.practisedOn(report.today()) ? " (today done)"
                : streak.current() > 0 ? " (stretch today to keep it)" : "") + "   longest " + days(streak.longest()));
        lines.add("This week:  " + week(report.thisWeek()));
        lines.add("Last week:  " + week(report.lastWeek()));
        lines.add("Tension:    " + tension(report.tension()));
        lines.add("");
        lines.add("Last 12 weeks (minutes a day: · none ░ a little ▒ ▓ █ most)");
        lines.addAll(grid(report.recent()));
        return lines;
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String week(WeekSummary w) {
        return w.daysPractised() + " of 7 days, " + w.sessions() + (w.sessions() == 1 ? " session, " : " sessions, ")
                + w.minutes() + " min";
    }

    private static String tension(TensionTrend t) {
        if (t.ratedSessions() == 0) {
            return "no ratings yet (answer the before/after questions to see if stretching helps)";
        }
        String trend = switch (t.direction()) {
            case IMPROVING -> "falling week by week";
            case WORSENING -> "rising week by week";
            case STEADY -> "steady";
            case UNKNOWN -> "too early to tell a trend";
        };
        return String.format(Locale.ROOT, "%.1f before → %.1f after on average (%d rated), %s", t.averageBefore(),
                t.averageAfter(), t.ratedSessions(), trend);
    }

    private static List<String> grid(Heatmap map) {
        List<String> rows = new ArrayList<>();
        int max = Math.max(1, map.maxMinutes());
        for (int weekday = 0; weekday < 7; weekday++) {
            StringBuilder row = new StringBuilder(DayOfWeek.of(weekday + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append(' ');
            for (Heatmap.Week week : map.weeks()) {
                Heatmap.Day day = week.days().get(weekday);
                row.append(' ').append(day.future() ? " " : shade(day, max));
            }
            rows.add(row.toString().stripTrailing());
        }
        return rows;
    }

    private static String shade(Heatmap.Day day, int maxMinutes) {
        if (!day.practised()) {
            return SHADES[0];
        }
        int level = (int) Math.ceil(4.0 * day.minutes() / maxMinutes);
        return SHADES[Math.max(1, Math.min(4, level))];
    }
}
