package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;

/**
 * The web app manifest, the service worker and the PNG icons, served from the root so the worker's scope
 * is the whole app; and the scripts, styles and pictures under {@code /static/}. Each is revalidated on
 * every use, so a new service worker is picked up at the next page load.
 */
final class StaticFiles {
    private static final List<String> AT_THE_ROOT =
            List.of("sw.js", "manifest.webmanifest", "icon-192.png", "icon-512.png", "icon-maskable-512.png");

    private final Assets root = new Assets("/web/pwa/");
    private final Assets statics = new Assets("/web/static/");

    void register(JavalinDefaultRoutingApi routes) {
        for (String name : AT_THE_ROOT) {
            Assets.Asset file = root.require(name); // read now: a build without them must not start
            routes.get("/" + name, ctx -> Assets.serve(ctx, file));
        }
        routes.get("/static/<name>", ctx -> statics.serve(ctx, ctx.pathParam("name")));
    }
}
