package io.loosen.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.loosen.remind.Due;
import io.loosen.remind.Practice;
import io.loosen.remind.Reminder;
import io.loosen.remind.Reminders;
import io.loosen.remind.Upcoming;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders sent by db-scheduler jobs in the database. Each reminder keeps its next moment in its row
 * ({@code reminder.next_at}); each tenth of a second that holds a next moment has one job, due at the
 * end of that tenth ({@link #BUCKET}), whose id is that end. Any process can plan (the API does after every
 * change); the servers that {@link #start} a scheduler claim the jobs, db-scheduler gives each job to exactly
 * one of them, and the job sends every reminder of its tenth with a constant number of statements: one
 * select, one batch of delivery rows, one batch of next moments. The delivery row's primary key is the
 * last word on exactly once, should two servers ever look at the same reminder.
 *
 * <p>The job decides afresh with {@link Upcoming} whether each moment still stands (the reminder may have
 * changed, been skipped, or been satisfied by a session), records it as sent, then moves the reminder on to
 * its next moment unless the reminder was planned afresh meanwhile.
 */
public final class ReminderJobs {
    static final String TASK = "reminders-due";
    /**
     * How much time one job covers. It is due at the end of its tenth, so no reminder is sent before its
     * moment and none waits more than this for its job to fall due (a whole second would make every
     * reminder but the whole-second ones up to a second late); 100,000 reminders spread over a minute make
     * ten jobs a second of about 170 reminders each (BENCHMARKS.md).
     */
    static final Duration BUCKET = Duration.ofMillis(100);
    /** How many reminders a job reads, sends and moves on at once: one transaction, three statements. */
    static final int CHUNK = 1000;
    /** More chunks than one tenth of a second can hold, unless something keeps putting reminders back. */
    private static final int MAX_ROUNDS = 10_000;
    /** A reminder more than this late (every server was down) is not sent at all: it would only confuse. */
    static final Duration STALE = Duration.ofMinutes(30);
    /** How far back sessions can satisfy a reminder: a desk break's interval, a daily routine's day. */
    private static final Duration PRACTICE_WINDOW = Duration.ofDays(2);
    /** Above this many jobs to make, the jobs already there are read first and the rest made in one batch. */
    private static final int MANY = 16;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobs.class);

    private final Database db;
    private final DataSource pool;
    private final Dialect dialect;
    private SchedulerClient client;

    ReminderJobs(Database db, DataSource pool, Dialect dialect) {
        this.db = db;
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Made on first use: most commands never plan a job, and db-scheduler looks at the database to start. */
    private synchronized SchedulerClient client() {
        if (client == null) {
            client = SchedulerClient.Builder.create(pool, task(() -> ZoneId.of("UTC"), due -> {
            })).build();
        }
        return client;
    }

    /** The end of the tenth of a second {@code moment} falls in: when the job that sends it is due. */
    static Instant bucket(Instant moment) {
        long width = BUCKET.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(moment.toEpochMilli() + width - 1, width) * width);
    }

    /**
     * Plans {@code reminder}'s next moment after {@code now} and makes sure a job will send it. A deleted
     * reminder needs nothing: its row, and so its next moment, went with it.
     */
    public void plan(String reminderId, ZoneId zone, Instant now) {
        Optional<Reminder> reminder = db.reminders().find(reminderId);
        if (reminder.isPresent()) {
            plan(List.of(reminder.get()), db.reminders().pausedUntil(), zone, now, db.reminders()::plan);
        }
    }

    /** Plans every reminder afresh: after a pause or a change of time zone. */
    public void planAll(ZoneId zone, Instant now) {
        Reminders all = db.reminders().load();
        plan(all.all(), all.pausedUntil(), zone, now, db.reminders()::plan);
    }

    /**
     * Plans the reminders that have no next moment, and makes the jobs that are missing for those that
     * have one: for a server starting on a database it has not run on, or after a crash between planning a
     * moment and making its job. Moments already planned stay, so what fell due while no server ran is
     * still sent (unless {@link #STALE}).
     */
    public void ensureAll(ZoneId zone, Instant now) {
        plan(db.reminders().unplanned(), db.reminders().pausedUntil(), zone, now, db.reminders()::plan);
        ensureJobs(db.reminders().nextMoments());
    }

    private void plan(List<Reminder> reminders, LocalDate pausedUntil, ZoneId zone, Instant now,
                      Consumer<List<ReminderStore.Next>> store) {
        if (reminders.isEmpty()) {
            return;
        }
        List<ReminderStore.Next> next = new ArrayList<>(reminders.size());
        for (Reminder reminder : reminders) {
            next.add(new ReminderStore.Next(reminder.id(), null,
                    next(new Reminders(List.of(reminder), pausedUntil), zone, now).orElse(null)));
        }
        store.accept(next);
        ensureJobs(next.stream().map(ReminderStore.Next::next).filter(at -> at != null).toList());
    }

    /** Makes the job for each of these moments' tenths that has none yet. */
    private void ensureJobs(Collection<Instant> moments) {
        Set<Instant> buckets = moments.stream().map(ReminderJobs::bucket)
                .collect(Collectors.toCollection(TreeSet::new));
        if (buckets.size() > MANY) {
            Set<String> existing = client().getScheduledExecutionsForTask(TASK).stream()
                    .map(e -> e.getTaskInstance().getId()).collect(Collectors.toSet());
            List<SchedulableInstance<?>> missing = buckets.stream().filter(b -> !existing.contains(b.toString()))
                    .<SchedulableInstance<?>>map(b -> SchedulableInstance.of(job(b), b)).toList();
            try {
                client().scheduleBatch(missing);
                return;
            } catch (RuntimeException e) {
                // Another process made one of them meanwhile: make the rest one by one below.
                LOG.info("Making reminder jobs one by one: {}", e.getMessage());
            }
        }
        for (Instant bucket : buckets) {
            client().scheduleIfNotExists(job(bucket), bucket);
        }
    }

    private static TaskInstance<Void> job(Instant bucket) {
        return new TaskInstance<>(TASK, bucket.toString());
    }

    /**
     * Starts claiming and running due jobs in this process until the scheduler is stopped. {@code sent} hears
     * of each reminder this process sent; {@code name} tells the servers apart in db-scheduler's table.
     */
    public Scheduler start(String name, Supplier<ZoneId> zone, Duration polling, int threads, Consumer<Due> sent) {
        var builder = Scheduler.create(pool, task(zone, sent))
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(polling)
                .threads(threads)
                // A job takes milliseconds; a stopping server need not wait long for one.
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

    private CustomTask<Void> task(Supplier<ZoneId> zone, Consumer<Due> sent) {
        return Tasks.custom(TASK, Void.class)
                // A database that failed for a moment: try again soon, since reminders are waiting.
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(1)))
                .execute((instance, context) -> {
                    send(Instant.parse(instance.getId()), zone.get(), Instant.now(), sent);
                    return (complete, operations) -> operations.remove();
                });
    }

    /**
     * Sends the reminders whose next moment is in the tenth ending at {@code bucket}, as of {@code now}: each
     * moment of theirs from the planned one up to now that still stands and is not {@link #STALE}. Then
     * plans each reminder's next moment after now and makes its job. Works through them {@link #CHUNK} at
     * a time, earliest first, so the first are sent while the rest are still being read.
     */
    void send(Instant bucket, ZoneId zone, Instant now, Consumer<Due> sent) {
        Instant after = bucket.minus(BUCKET);
        List<ReminderStore.Planned> planned = db.reminders().plannedBetween(after, bucket, CHUNK);
        if (planned.isEmpty()) {
            return;
        }
        // Never before the moments, even if this server's clock is a little behind the one that claimed it.
        Instant upTo = now.isAfter(bucket) ? now : bucket;
        Instant fresh = now.minus(STALE);
        LocalDate pausedUntil = db.reminders().pausedUntil();
        Practice done = new Practice(db.sessions().list(fresh.minus(PRACTICE_WINDOW)));
        // Each chunk moves its reminders out of the tenth, so the next select finds the following ones.
        for (int round = 0; !planned.isEmpty() && round < MAX_ROUNDS; round++) {
            send(planned, zone, upTo, fresh, pausedUntil, done, sent);
            planned = planned.size() < CHUNK ? List.of() : db.reminders().plannedBetween(after, bucket, CHUNK);
        }
    }

    private void send(List<ReminderStore.Planned> planned, ZoneId zone, Instant upTo, Instant fresh,
                      LocalDate pausedUntil, Practice done, Consumer<Due> sent) {
        List<Due> dues = new ArrayList<>();
        List<ReminderStore.Next> next = new ArrayList<>(planned.size());
        for (ReminderStore.Planned p : planned) {
            Reminders just = new Reminders(List.of(p.reminder()), pausedUntil);
            Instant from = p.next().minusMillis(1);
            dues.addAll(Upcoming.between(just, done, zone, from.isAfter(fresh) ? from : fresh, upTo));
            next.add(new ReminderStore.Next(p.reminder().id(), p.next(), next(just, zone, upTo).orElse(null)));
        }
        List<Due> recorded = db.reminders().settle(dues, next);
        if (recorded.size() < dues.size()) {
            LOG.info("{} of {} reminders due by {} were already sent", dues.size() - recorded.size(), dues.size(),
                    upTo);
        }
        ensureJobs(next.stream().map(ReminderStore.Next::next).filter(at -> at != null).toList());
        recorded.forEach(sent);
    }

    private static Optional<Instant> next(Reminders just, ZoneId zone, Instant after) {
        return Upcoming.next(just, Practice.NONE, zone, after, 1).stream().map(Due::at).findFirst();
    }
}
