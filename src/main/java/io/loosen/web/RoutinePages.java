package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The routines list and editor at /routines. */
final class RoutinePages {
    private final WebContext web;

    RoutinePages(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
