package io.loosen.web;

import io.javalin.config.RoutesConfig;

/** The library at /library and one exercise at /exercises/{id}. */
final class LibraryPages {
    private final WebContext web;

    LibraryPages(WebContext web) {
        this.web = web;
    }

    void register(RoutesConfig routes) {
        // not yet served
    }
}
