package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The web app manifest and the service worker, served from the root so the worker's scope is the whole app. */
final class PwaFiles {
    private final WebContext web;

    PwaFiles(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
