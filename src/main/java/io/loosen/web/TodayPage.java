package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The Today page at /. */
final class TodayPage {
    private final WebContext web;

    TodayPage(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
