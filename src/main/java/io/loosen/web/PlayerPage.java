package io.loosen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.catalog.Dose;
import io.loosen.routine.Routine;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.settings.Settings;
import io.loosen.system.Fields;
import io.loosen.system.Json;
import io.loosen.system.UserError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guided player at /play/{id}: a routine by id, or one exercise on its own, with the default hold
 * from Settings. The page itself only names what will play and carries the user's voice and sound
 * settings; the browser fetches the same timeline from the API (so the service worker can keep it for
 * offline use) and plays it.
 */
final class PlayerPage {
    private final WebContext web;

    PlayerPage(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        // <id> rather than {id}: an id with a slash in it still gets the page's own "not found".
        routes.get("/play/<id>", this::show);
    }

    private void show(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        Routine routine;
        try {
            routine = web.playable(id);
        } catch (UserError e) {
            Pages.notFound(ctx, "There is no routine or exercise called '" + Fields.show(id) + "' to play.");
            return;
        }
        Timeline timeline = TimelineBuilder.build(routine, web.catalog());
        Settings settings = web.settings();
        Map<String, Object> params = new HashMap<>();
        params.put("id", routine.id());
        params.put("name", routine.name());
        params.put("exercises", timeline.exercises());
        params.put("totalSeconds", (int) Math.round(timeline.totalMs() / 1000.0));
        params.put("voice", settings.voice());
        params.put("voiceName", settings.voiceName() == null ? "" : settings.voiceName());
        params.put("sounds", settings.sounds());
        params.put("freeHolds", Json.mapper().writeValueAsString(freeHolds(routine)));
        Pages.render(ctx, "player.jte", params);
    }

    /**
     * The exercises held "as long as you like", with their minimum hold in seconds: reaching it counts the
     * stretch as done, as the terminal's ledger counts it.
     */
    private Map<String, Integer> freeHolds(Routine routine) {
        Map<String, Integer> free = new LinkedHashMap<>();
        for (var item : routine.items()) {
            web.catalog().find(item.exercise()).ifPresent(e -> {
                if (e.dose() instanceof Dose.Hold hold && hold.free()) {
                    free.put(e.id(), hold.min());
                }
            });
        }
        return free;
    }
}
