package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.settings.Settings;
import io.loosen.settings.SettingsReader;
import io.loosen.system.Json;
import io.loosen.system.TimeZones;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/v1/settings}: read and replace the user's settings. */
final class SettingsApi {
    private final WebContext web;

    SettingsApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(WebApp.API + "/settings", this::read);
        routes.put(WebApp.API + "/settings", this::replace);
    }

    private void read(Context ctx) {
        Query.of(ctx);
        ctx.json(shown(web.settings()));
    }

    /** Replaces them all: a field left out goes back to its default. */
    private void replace(Context ctx) {
        Query.of(ctx);
        Settings settings = SettingsReader.read("the request body", JsonBody.object(ctx, "the settings"));
        web.db().settings().save(settings);
        // A new zone moves every reminder's wall-clock time to another instant.
        web.db().reminderJobs().planAll(web.zone(), web.clock().instant());
        ctx.json(shown(settings));
    }

    /** The settings, and the zone days are counted in when none is chosen. */
    private ObjectNode shown(Settings s) {
        // Built by hand: a default is written as an explicit null, where the app's mapper leaves nulls out.
        return Json.mapper().createObjectNode()
                .put("zone", s.zone() == null ? null : s.zone().getId())
                .put("defaultHold", s.defaultHold())
                .put("voice", s.voice())
                .put("voiceName", s.voiceName())
                .put("sounds", s.sounds())
                .put("computerZone", TimeZones.current(web.env()).getId());
    }
}
