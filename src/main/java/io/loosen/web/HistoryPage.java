package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The history page at /history: heat map, streaks, minutes per week, tension trend, sessions. */
final class HistoryPage {
    private final WebContext web;

    HistoryPage(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
