package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The settings page at /settings. */
final class SettingsPage {
    private final WebContext web;

    SettingsPage(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
