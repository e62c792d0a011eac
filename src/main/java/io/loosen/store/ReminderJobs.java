package io.loosen.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.loosen.remind.Due;
import io.loosen.remind.Practice;
import io.loosen.remind.Reminder;
import io.loosen.remind.Reminders;
import io.loosen.remind.Upcoming;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders as db-scheduler jobs in the database: one job per reminder, due at its next moment. Any
 * process can plan jobs (the API does after every change); the servers that {@link #start} a scheduler
 * claim them, and db-scheduler gives each due job to exactly one of them, however many share the database.
 * The job decides afresh with {@link Upcoming} whether its moment still stands (the reminder may have
 * changed, been skipped, or been satisfied by a session), records it as sent, then plans the next moment.
 */
public final class ReminderJobs {
    static final String TASK = "reminder";
    /** A reminder more than this late (every server was down) is not sent at all: it would only confuse. */
    static final Duration STALE = Duration.ofMinutes(30);
    /** How far back sessions can satisfy a reminder: a desk break's interval, a daily routine's day. */
    private static final Duration PRACTICE_WINDOW = Duration.ofDays(2);
    /**
     * How long the running jobs share one reading of the pause and the recent sessions. Thousands of
     * reminders can fall due in the same second; reading both once per second instead of once per
     * reminder is what keeps 100,000 reminders a minute on time (BENCHMARKS.md). A session finished within
     * the last second may thus not yet keep one reminder quiet.
     */
    private static final Duration SHARED_READING = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobs.class);

    private final Database db;
    private final DataSource pool;
    private final Dialect dialect;
    private SchedulerClient client;
    private volatile Reading reading;

    /** The pause and the sessions since {@code since}, as read at {@code at}. */
    private record Reading(Instant at, LocalDate pausedUntil, Instant since, Practice practice) {
    }

    ReminderJobs(Database db, DataSource pool, Dialect dialect) {
        this.db = db;
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Made on first use: most commands never plan a job, and db-scheduler looks at the database to start. */
    private synchronized SchedulerClient client() {
        if (client == null) {
            client = SchedulerClient.Builder.create(pool, task(() -> ZoneId.of("UTC"), Clock.systemUTC(), due -> {
            })).build();
        }
        return client;
    }

    /** Plans {@code reminder}'s job for its next moment after {@code now}, or removes it when there is none. */
    public void plan(String reminderId, ZoneId zone, Instant now) {
        Optional<Instant> next = db.reminders().find(reminderId).flatMap(r -> next(only(r), zone, now));
        var instance = new TaskInstance<Void>(TASK, reminderId);
        try {
            if (next.isPresent()) {
                client().schedule(instance, next.get(), SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
            } else if (client().getScheduledExecution(instance).isPresent()) {
                client().cancel(instance);
            }
        } catch (RuntimeException e) {
            // The job is running on some server right now (db-scheduler will not move a picked job); when it
            // ends it plans its next moment itself, from the reminder as it now is.
            LOG.info("Reminder {}'s job is running; it will plan itself: {}", reminderId, e.getMessage());
        }
    }

    /** Gives every reminder without a job one (a server starting on a database it has not run on). */
    public void ensureAll(ZoneId zone, Instant now) {
        for (Reminder reminder : db.reminders().all()) {
            next(only(reminder), zone, now).ifPresent(at ->
                    client().scheduleIfNotExists(new TaskInstance<Void>(TASK, reminder.id()), at));
        }
    }

    /** Plans every reminder's job afresh: after a pause or a change of time zone. */
    public void planAll(ZoneId zone, Instant now) {
        for (Reminder reminder : db.reminders().all()) {
            plan(reminder.id(), zone, now);
        }
    }

    /**
     * Starts claiming and running due jobs in this process until the scheduler is stopped. {@code sent} hears
     * of each reminder this process sent; {@code name} tells the servers apart in db-scheduler's table.
     */
    public Scheduler start(String name, Supplier<ZoneId> zone, Duration polling, int threads, Consumer<Due> sent) {
        var builder = Scheduler.create(pool, task(zone, Clock.systemUTC(), sent))
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(polling)
                .threads(threads)
                // A reminder job takes milliseconds; a stopping server need not wait long for one.
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (dialect == Dialect.POSTGRESQL) {
            // Lock-and-fetch (select … for update skip locked) claims a batch per round trip: several
            // servers share the due jobs without ever picking the same one. SQLite has no such select,
            // and needs none: one file is one machine, and its default polling claims job by job.
            builder.pollUsingLockAndFetch(0.5, 4.0);
        }
        Scheduler scheduler = builder.build();
        scheduler.start();
        return scheduler;
    }

    private CustomTask<Void> task(Supplier<ZoneId> zone, Clock clock, Consumer<Due> sent) {
        return Tasks.custom(TASK, Void.class).execute((instance, context) -> run(instance, context, zone.get(),
                clock.instant(), sent));
    }

    private CompletionHandler<Void> run(TaskInstance<Void> instance, ExecutionContext context, ZoneId zone,
                                        Instant now, Consumer<Due> sent) {
        Instant due = context.getExecution().executionTime;
        Optional<Reminder> reminder = db.reminders().find(instance.getId());
        if (reminder.isEmpty()) {
            return (complete, operations) -> operations.remove();
        }
        Reminders just = new Reminders(List.of(reminder.get()), reading(now, due).pausedUntil());
        if (!due.isBefore(now.minus(STALE))) {
            Practice done = reading(now, due).practice();
            for (Due moment : Upcoming.between(just, done, zone, due.minusMillis(1), due)) {
                if (db.reminders().recordSent(moment)) {
                    sent.accept(moment);
                } else {
                    LOG.info("Reminder {} at {} was already sent", moment.reminderId(), moment.at());
                }
            }
        }
        Instant after = due.isBefore(now.minus(STALE)) ? now.minus(STALE) : due;
        Optional<Instant> next = next(just, zone, after);
        return next.<CompletionHandler<Void>>map(at -> (complete, operations) -> operations.reschedule(complete, at))
                .orElse((complete, operations) -> operations.remove());
    }

    /** A reading at most {@link #SHARED_READING} old that covers the sessions that can satisfy {@code due}. */
    private Reading reading(Instant now, Instant due) {
        Reading last = reading;
        Instant since = due.minus(PRACTICE_WINDOW);
        if (last == null || last.at().isBefore(now.minus(SHARED_READING)) || last.since().isAfter(since)) {
            Instant from = since.minus(Duration.ofHours(1)); // a little earlier, so the next dues reuse it
            last = new Reading(now, db.reminders().pausedUntil(), from, new Practice(db.sessions().list(from)));
            reading = last;
        }
        return last;
    }

    /** The one reminder, under the pause over them all. */
    private Reminders only(Reminder reminder) {
        return new Reminders(List.of(reminder), db.reminders().pausedUntil());
    }

    private static Optional<Instant> next(Reminders just, ZoneId zone, Instant after) {
        return Upcoming.next(just, Practice.NONE, zone, after, 1).stream().map(Due::at).findFirst();
    }
}
