package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.progress.stats.ProgressReport;
import java.time.ZoneId;

/** {@code /api/v1/stats}: the report {@code loosen stats --json} prints, for today where the user is. */
final class StatsApi {
    private final WebContext web;

    StatsApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(WebApp.API + "/stats", this::report);
    }

    private void report(Context ctx) {
        ZoneId where = Query.of(ctx, "zone").zone("zone", web.zone());
        ctx.json(ProgressReport.of(web.db().sessions().list(null), web.clock().instant(), where));
    }
}
