package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.charts.HeatmapChart;
import io.loosen.progress.charts.TensionChart;
import io.loosen.progress.charts.WeeklyMinutesChart;
import io.loosen.progress.stats.Heatmap;
import io.loosen.progress.stats.PractisedDays;
import io.loosen.progress.stats.ProgressReport;
import io.loosen.progress.stats.WeekSummary;
import io.loosen.progress.stats.Weeks;
import io.loosen.system.Fields;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The history page at /history: heat map, streaks, minutes per week, tension trend, sessions. The numbers
 * are {@link ProgressReport}'s, the same {@code loosen stats} prints; the charts are drawn on the server.
 */
final class HistoryPage {
    /** Weeks in the heat map: about half a year. */
    static final int HEATMAP_WEEKS = 26;
    /** Weeks in the bar chart of minutes. */
    static final int BAR_WEEKS = 12;
    /** Sessions listed unless all are asked for ({@code ?sessions=all}). */
    static final int LISTED_SESSIONS = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final WebContext web;

    HistoryPage(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/history", this::page);
    }

    private void page(Context ctx) {
        Query query = Query.of(ctx, "sessions");
        String shown = query.get("sessions");
        if (shown != null && !shown.equals("all")) {
            throw ProblemException.badRequest("sessions '" + Fields.show(shown)
                    + "' can only be 'all'.", "sessions");
        }
        ZoneId zone = web.zone();
        LocalDate today = web.clock().instant().atZone(zone).toLocalDate();
        HistoryView view = view(web.db().sessions().list(null), today, zone, shown == null ? LISTED_SESSIONS : -1);
        Pages.render(ctx, "history.jte", Map.of("view", view));
    }

    /**
     * The page's content for this history (oldest first, as the store lists it).
     *
     * @param limit how many sessions to list, newest first; negative for all
     */
    static HistoryView view(List<PracticeSession> history, LocalDate today, ZoneId userZone, int limit) {
        ProgressReport report = ProgressReport.of(history, today);
        Heatmap heatmap = Heatmap.of(history, today, HEATMAP_WEEKS);
        List<Heatmap.Day> practised = new ArrayList<>();
        for (Heatmap.Week week : heatmap.weeks()) {
            for (Heatmap.Day day : week.days()) {
                if (day.practised()) {
                    practised.add(day);
                }
            }
        }
        List<WeekSummary> weeks = WeeklyMinutesChart.lastWeeks(Weeks.all(history), today, BAR_WEEKS);
        // The same window as the report's tension trend, so the dots and the averages agree.
        List<TensionChart.Point> rated = TensionChart.points(history, report.recent().firstDay());
        List<HistoryView.SessionRow> rows = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && (limit < 0 || rows.size() < limit); i--) {
            rows.add(row(history.get(i), userZone));
        }
        return new HistoryView(report.streak(), report.streak().practisedOn(today), report.thisWeek(),
                HEATMAP_WEEKS, HeatmapChart.svg(heatmap), practised,
                WeeklyMinutesChart.svg(weeks, today), weeks,
                TensionChart.svg(rated, report.tension()), report.tension(), rated,
                rows, history.size());
    }

    private static HistoryView.SessionRow row(PracticeSession s, ZoneId userZone) {
        ZonedDateTime start = s.startedAt().atZone(s.zone());
        String status = switch (s.status()) {
            case COMPLETED -> "Completed";
            case STOPPED -> "Stopped";
            case IN_PROGRESS -> "In progress";
        };
        String tension = s.tensionBefore() == null && s.tensionAfter() == null ? ""
                : rating(s.tensionBefore()) + " → " + rating(s.tensionAfter());
        boolean sameZone = s.zone().equals(userZone);
        return new HistoryView.SessionRow(start.toOffsetDateTime().toString(), WHEN.format(start),
                sameZone ? null : s.zone().getId(), s.routineName(), (s.activeSeconds() + 30) / 60, status,
                s.status().slug(), tension, s.note() == null || s.note().isBlank() ? null : s.note(),
                PractisedDays.counts(s));
    }

    private static String rating(Integer rating) {
        return rating == null ? "–" : rating.toString();
    }
}
