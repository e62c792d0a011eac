package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.loosen.progress.stats.ProgressReport;
import io.loosen.store.SessionStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/** {@code /api/v1/stats}: the report {@code loosen stats --json} prints, for today where the user is. */
final class StatsApi {
    private final SessionStore sessions;
    private final Clock clock;
    private final Supplier<ZoneId> zone;

    StatsApi(SessionStore sessions, Clock clock, Supplier<ZoneId> zone) {
        this.sessions = sessions;
        this.clock = clock;
        this.zone = zone;
    }

    void register(RoutesConfig routes) {
        routes.get(WebApp.API + "/stats", this::report);
    }

    private void report(Context ctx) {
        ZoneId where = Query.of(ctx, "zone").zone("zone", zone.get());
        ctx.json(ProgressReport.of(sessions.list(null), clock.instant(), where));
    }
}
