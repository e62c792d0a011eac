package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The guided player at /play/{id}. */
final class PlayerPage {
    private final WebContext web;

    PlayerPage(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
