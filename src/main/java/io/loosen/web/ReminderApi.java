package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.loosen.remind.Due;
import io.loosen.remind.Practice;
import io.loosen.remind.Reminder;
import io.loosen.remind.ReminderReader;
import io.loosen.remind.ReminderWriter;
import io.loosen.remind.Reminders;
import io.loosen.remind.Snooze;
import io.loosen.remind.Upcoming;
import io.loosen.routine.Routine;
import io.loosen.store.ReminderStore;
import io.loosen.system.Fields;
import io.loosen.system.Json;
import io.loosen.system.Suggest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/v1/reminders}: the user's reminders (create, read, replace, delete), snooze, skip today, the
 * pause over them all, and what was sent lately, which the open app turns into notifications. Every change
 * plans the reminder's job, so whichever server runs the scheduler sends it on time.
 */
final class ReminderApi {
    static final String REMINDERS = WebApp.API + "/reminders";
    static final int MAX_REMINDERS = 50;
    /** How far back the due list reaches: a tab opened a little late still shows the reminder. */
    static final Duration RECENT = Duration.ofMinutes(15);
    private static final String SOURCE = "the request body";

    private final WebContext web;

    ReminderApi(WebContext web) {
        this.web = web;
    }

    /** Asked for on each use: the database may still be opening while the server starts. */
    private ReminderStore store() {
        return web.db().reminders();
    }

    void register(JavalinDefaultRoutingApi routes) {
        // Before "/{id}": these addresses are not reminder ids.
        routes.get(REMINDERS + "/due", this::due);
        routes.put(REMINDERS + "/pause", this::pause);
        routes.delete(REMINDERS + "/pause", this::resume);
        routes.get(REMINDERS, this::list);
        routes.post(REMINDERS, this::create);
        routes.get(REMINDERS + "/{id}", this::one);
        routes.put(REMINDERS + "/{id}", this::replace);
        routes.delete(REMINDERS + "/{id}", this::delete);
        routes.post(REMINDERS + "/{id}/snooze", this::snooze);
        routes.post(REMINDERS + "/{id}/skip-today", this::skipToday);
    }

    /** Every reminder, the pause, and the next few moments they fire at. */
    private void list(Context ctx) {
        Query.of(ctx);
        Reminders reminders = store().load();
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("pausedUntil", reminders.pausedUntil() == null ? null : reminders.pausedUntil().toString());
        body.put("zone", web.zone().getId());
        var list = body.putArray("reminders");
        reminders.all().forEach(r -> list.add(ReminderWriter.full(r)));
        Instant now = web.clock().instant();
        Practice done = new Practice(web.db().sessions().list(now.minus(Duration.ofDays(2))));
        var next = body.putArray("next");
        Upcoming.next(reminders, done, web.zone(), now, 5).forEach(d -> next.add(due(d)));
        ctx.json(body);
    }

    private void one(Context ctx) {
        Query.of(ctx);
        ctx.json(ReminderWriter.full(existing(ctx)));
    }

    private void create(Context ctx) {
        Query.of(ctx);
        Reminder draft = draft(ctx);
        if (store().all().size() >= MAX_REMINDERS) {
            throw new ProblemException(HttpStatus.CONFLICT, "There are already " + MAX_REMINDERS
                    + " reminders, the most Loosen keeps; delete one first.", null);
        }
        Reminder reminder = store().create(draft);
        planned(reminder);
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, REMINDERS + "/" + reminder.id())
                .json(ReminderWriter.full(reminder));
    }

    /** A new routine and schedule; today's skip and a snooze stay as they were. */
    private void replace(Context ctx) {
        Query.of(ctx);
        Reminder old = existing(ctx);
        Reminder draft = draft(ctx);
        saved(ctx, old.changed(draft.routineId(), draft.schedule()));
    }

    private void delete(Context ctx) {
        Query.of(ctx);
        Reminder old = existing(ctx);
        store().delete(old.id());
        planned(old);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** {@code {"minutes": 5|10|30}}: reminds again that long from now. */
    private void snooze(Context ctx) {
        Query.of(ctx);
        Reminder old = existing(ctx);
        Fields f = Fields.root(SOURCE, JsonBody.object(ctx, "the snooze"));
        f.allowOnly("minutes");
        int minutes = f.integer("minutes", 1, 60, "minutes");
        Snooze snooze = Snooze.ofMinutes(minutes).orElseThrow(() -> ProblemException.badRequest(
                "A snooze is 5, 10 or 30 minutes, not " + minutes + ".", "minutes"));
        saved(ctx, old.snoozed(web.clock().instant(), snooze));
    }

    private void skipToday(Context ctx) {
        Query.of(ctx);
        Reminder old = existing(ctx);
        JsonBody.none(ctx);
        saved(ctx, old.skipping(web.today()));
    }

    /** {@code {"until": "2026-07-01"}}: no reminder fires before that day; it must be after today. */
    private void pause(Context ctx) {
        Query.of(ctx);
        Fields f = Fields.root(SOURCE, JsonBody.object(ctx, "the pause"));
        f.allowOnly("until");
        String text = f.text("until", 1, 20);
        LocalDate until;
        try {
            until = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'until' is '" + Fields.show(text) + "', which is not a date like "
                    + web.today().plusDays(7) + ".", "until");
        }
        if (!until.isAfter(web.today()) || until.isAfter(web.today().plusYears(1))) {
            throw ProblemException.badRequest("'until' is " + until + "; pause until a day after today and at most a"
                    + " year ahead.", "until");
        }
        store().pauseUntil(until);
        web.db().reminderJobs().planAll(web.zone(), web.clock().instant());
        ctx.json(Json.mapper().createObjectNode().put("pausedUntil", until.toString()));
    }

    private void resume(Context ctx) {
        Query.of(ctx);
        store().pauseUntil(null);
        web.db().reminderJobs().planAll(web.zone(), web.clock().instant());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The reminders sent after {@code since} (at most {@link #RECENT} ago), for the app to show. */
    private void due(Context ctx) {
        Query query = Query.of(ctx, "since");
        Instant now = web.clock().instant();
        Instant since = now.minus(RECENT);
        String asked = query.get("since");
        if (asked != null) {
            try {
                Instant given = Instant.parse(asked.strip());
                since = given.isAfter(since) ? given : since;
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("since '" + Fields.show(asked)
                        + "' is not an instant like 2026-06-10T07:30:00Z.", "since");
            }
        }
        var list = Json.mapper().createArrayNode();
        store().sentSince(since).stream().filter(d -> !d.at().isAfter(now)).forEach(d -> list.add(due(d)));
        ctx.json(list);
    }

    private ObjectNode due(Due d) {
        String name = web.routines().find(d.routineId()).map(Routine::name).orElse(d.routineId());
        return Json.mapper().createObjectNode().put("reminder", d.reminderId()).put("routine", d.routineId())
                .put("routineName", name).put("at", d.at().toString()).put("player", "/play/" + d.routineId());
    }

    private void saved(Context ctx, Reminder reminder) {
        store().replace(reminder);
        planned(reminder);
        ctx.json(ReminderWriter.full(reminder));
    }

    private void planned(Reminder reminder) {
        web.db().reminderJobs().plan(reminder.id(), web.zone(), web.clock().instant());
    }

    private Reminder existing(Context ctx) {
        String id = ctx.pathParam("id");
        return store().find(id).orElseThrow(() -> ProblemException.notFound("There is no reminder '" + Fields.show(id)
                + "'; GET " + REMINDERS + " lists them.", "id"));
    }

    /** The routine and schedule in the body; the routine must be one the player can play. */
    private Reminder draft(Context ctx) {
        JsonNode body = JsonBody.object(ctx, "the reminder");
        Reminder draft = ReminderReader.read(SOURCE, body);
        if (web.routines().find(draft.routineId()).isEmpty()) {
            throw ProblemException.badRequest(Suggest.unknown("routine", draft.routineId(),
                    web.routines().all().stream().map(Routine::id).toList(), "GET " + WebApp.API + "/routines"),
                    "routine");
        }
        return draft;
    }
}
