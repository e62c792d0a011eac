package io.loosen.web;

import io.loosen.progress.stats.Heatmap;
import io.loosen.progress.stats.Streak;
import io.loosen.progress.stats.TensionTrend;
import io.loosen.progress.stats.WeekSummary;
import io.loosen.progress.charts.TensionChart;
import java.util.List;

/**
 * What history.jte shows, worked out by {@link HistoryPage}. Public only because the compiled templates
 * live in another package. The SVG strings come from {@code io.loosen.progress.charts}, which escapes
 * every text in them; everything else is printed through jte's HTML escaping.
 *
 * @param sessions the sessions shown, newest first; {@code totalSessions} counts them all
 */
public record HistoryView(
        Streak streak,
        boolean practisedToday,
        WeekSummary thisWeek,
        int heatmapWeeks,
        String heatmapSvg,
        List<Heatmap.Day> practisedDays,
        String weeklySvg,
        List<WeekSummary> weeks,
        String tensionSvg,
        TensionTrend tension,
        List<TensionChart.Point> rated,
        List<SessionRow> sessions,
        int totalSessions) {

    public HistoryView {
        practisedDays = List.copyOf(practisedDays);
        weeks = List.copyOf(weeks);
        rated = List.copyOf(rated);
        sessions = List.copyOf(sessions);
    }

    /** No session at all: the page shows the way to the first one instead of empty charts. */
    public boolean empty() {
        return totalSessions == 0;
    }

    /** How many older sessions are left out of the list. */
    public int hiddenSessions() {
        return totalSessions - sessions.size();
    }

    /**
     * One line of the session list, in the zone the session happened in.
     *
     * @param start     the start as an ISO date-time with offset, for {@code <time datetime>}
     * @param when      "Wed 11 Mar 2026, 08:30"
     * @param zone      the session's zone when it differs from the user's, else null
     * @param status    "Completed", "Stopped" or "In progress"
     * @param tension   "6 → 3", "6 → –", or "" without ratings
     * @param counted   false for a false start (under a minute, not finished), which no statistic counts
     */
    public record SessionRow(
            String start,
            String when,
            String zone,
            String routine,
            int minutes,
            String status,
            String statusSlug,
            String tension,
            String note,
            boolean counted) {
    }
}
