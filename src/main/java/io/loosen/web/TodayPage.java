package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.progress.charts.WeekGlance;
import io.loosen.progress.stats.ProgressReport;
import io.loosen.routine.Routines;
import io.loosen.session.RoutineSummary;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The Today page at /: today's routine with a start button, the streak, and this week at a glance. */
final class TodayPage {
    static final String DAILY = "daily";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final WebContext web;

    TodayPage(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::today);
    }

    private void today(Context ctx) {
        LocalDate today = web.today();
        ProgressReport report = ProgressReport.of(web.db().sessions().list(null), today);
        Routines routines = web.routines();
        var all = routines.all().stream().map(web::summary).toList();
        RoutineSummary daily = all.stream().filter(r -> r.id().equals(DAILY)).findFirst().orElse(all.get(0));
        Pages.render(ctx, "today.jte", Map.of(
                "dateLine", DATE.format(today),
                "daily", daily,
                "others", all.stream().filter(r -> r != daily).toList(),
                "report", report,
                "weekGlance", WeekGlance.svg(report)));
    }
}
