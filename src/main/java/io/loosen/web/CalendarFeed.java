package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.remind.ReminderCalendar;

/**
 * {@code GET /calendar.ics?token=…}: the reminders as an iCalendar feed, for a calendar program to subscribe
 * to. Calendar programs cannot log in, so the address itself is the secret: a random token kept in the
 * database. A wrong or missing token gets the same 404 page as any unknown address, saying nothing more.
 */
final class CalendarFeed {
    static final String PATH = "/calendar.ics";

    private final WebContext web;

    CalendarFeed(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::feed);
    }

    /** The feed's private address, made on first use. */
    static String address(WebContext web) {
        return PATH + "?token=" + web.db().reminders().calendarToken();
    }

    private void feed(Context ctx) {
        String token = ctx.queryParamMap().size() == 1 ? ctx.queryParam("token") : null;
        if (!web.db().reminders().isCalendarToken(token)) {
            Pages.notFound(ctx, "There is no page at " + PATH + ".");
            return;
        }
        String ics = ReminderCalendar.write(web.db().reminders().load(), web.routines()::find, web.catalog(),
                web.today());
        // Private to whoever holds the address: no shared cache may keep it.
        ctx.header("Cache-Control", "private, no-cache").contentType("text/calendar; charset=utf-8").result(ics);
    }
}
