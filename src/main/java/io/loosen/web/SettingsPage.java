package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.system.TimeZones;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The settings page at /settings; its form saves through {@code PUT /api/v1/settings}. */
final class SettingsPage {
    /** Region zones only (Europe/Berlin): the ones a person recognises, and the ones that know DST. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final WebContext web;

    SettingsPage(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/settings", this::page);
    }

    private void page(Context ctx) {
        Pages.render(ctx, "settings.jte", Map.of("settings", web.settings(),
                "computerZone", TimeZones.current(web.env()).getId(), "zones", ZONES,
                "reminders", ReminderSection.of(web)));
    }
}
