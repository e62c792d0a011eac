package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.remind.DailyRoutine;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.system.Environment;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminder jobs run by db-scheduler, end to end with real schedulers: two Loosen servers (two pools, two
 * schedulers) on one real PostgreSQL
 * send each reminder exactly once between them; a reminder already satisfied is not sent at all.
 */
@ExtendWith(TestPostgres.Extension.class)
@Timeout(90)
class ReminderJobsTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    Database open(String location) {
        Database db = Database.open(location, Environment.of(folder, Map.of()));
        open.add(db);
        return db;
    }

    Scheduler start(Database db, String name, ConcurrentLinkedQueue<Due> sent) {
        Scheduler scheduler = db.reminderJobs().start(name, () -> ZONE, Duration.ofMillis(100), 4, sent::add);
        open.add(scheduler::stop);
        return scheduler;
    }

    /** A daily reminder whose own time is twelve hours away, snoozed to fire {@code in} from now. */
    static Reminder snoozedFor(Instant now, Duration in) {
        LocalTime farAway = now.atZone(ZONE).toLocalTime().plusHours(12).withSecond(0).withNano(0);
        return new Reminder(null, "daily", new DailyRoutine(farAway, EnumSet.allOf(DayOfWeek.class)), null,
                now.plus(in));
    }

    /** Waits (by deadline, not a fixed sleep) until {@code count} reminders were sent, then a moment more. */
    static void awaitSent(int count, ConcurrentLinkedQueue<?>... queues) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (total(queues) < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(1500); // time for a wrongly repeated send to show up
    }

    static int total(ConcurrentLinkedQueue<?>... queues) {
        int n = 0;
        for (var q : queues) {
            n += q.size();
        }
        return n;
    }

    @Test
    void aJobIsDueAtTheEndOfTheTenthOfASecondItsMomentsFallIn() {
        Instant whole = Instant.parse("2027-06-09T06:00:00Z");
        assertThat(ReminderJobs.bucket(whole)).isEqualTo(whole);
        assertThat(ReminderJobs.bucket(whole.plusMillis(1))).isEqualTo(whole.plusMillis(100));
        assertThat(ReminderJobs.bucket(whole.plusMillis(100))).isEqualTo(whole.plusMillis(100));
        assertThat(ReminderJobs.bucket(whole.plusMillis(101))).isEqualTo(whole.plusMillis(200));
        assertThat(ReminderJobs.bucket(whole.minusMillis(1))).isEqualTo(whole);
        // The job's id is the end of its tenth, which it reads back to know which reminders are its own.
        assertThat(Instant.parse(ReminderJobs.bucket(whole.plusMillis(1)).toString())).isEqualTo(whole.plusMillis(100));
    }

    @Test
    void twoServersOnOnePostgresSendEachReminderExactlyOnce(TestPostgres postgres) throws Exception {
        String url = postgres.freshDatabase();
        Database first = open(url);
        Database second = open(url);
        Instant now = Instant.now();
        Set<Due> expected = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            Reminder r = first.reminders().create(snoozedFor(now, Duration.ofMillis(1500 + 40L * i)));
            expected.add(new Due(r.id(), r.routineId(), r.snoozedUntil(), true));
        }
        first.reminderJobs().planAll(ZONE, now);
        var sentByFirst = new ConcurrentLinkedQueue<Due>();
        var sentBySecond = new ConcurrentLinkedQueue<Due>();
        start(first, "loosen-a", sentByFirst);
        start(second, "loosen-b", sentBySecond);

        awaitSent(expected.size(), sentByFirst, sentBySecond);

        List<Due> all = new ArrayList<>(sentByFirst);
        all.addAll(sentBySecond);
        assertThat(all).hasSize(expected.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(expected);
        assertThat(first.reminders().sentSince(now.minusSeconds(1))).hasSize(expected.size());
        // Each reminder now waits for its next own time, tomorrow or later today, not again now, and the
        // one job of that tenth of a second is what is left: the snoozes' jobs are done and gone.
        List<Instant> next = nextMoments(first);
        assertThat(next).hasSize(expected.size()).allSatisfy(at -> assertThat(at).isAfter(now.plus(Duration.ofHours(11))));
        assertThat(jobs(first)).containsExactlyElementsOf(next.stream().map(ReminderJobs::bucket).distinct()
                .map(Instant::toString).toList());
    }

    @Test
    void aReminderAlreadySatisfiedIsNotSentAndADeletedOnesJobGoes() throws Exception {
        Database db = open(folder.resolve("loosen.db").toString());
        Instant now = Instant.now();
        Reminder satisfied = db.reminders().create(snoozedFor(now, Duration.ofSeconds(1)));
        Reminder deleted = db.reminders().create(snoozedFor(now, Duration.ofSeconds(1)));
        Reminder sent = db.reminders().create(snoozedFor(now, Duration.ofMillis(1200)));
        Instant started = now.minus(Duration.ofMinutes(20));
        db.sessions().save(new PracticeSession(UUID.randomUUID(), "daily", "Daily", started,
                started.plus(Duration.ofMinutes(9)), ZONE, SessionStatus.COMPLETED, 540, null, null, null, List.of()));
        db.reminderJobs().planAll(ZONE, now);
        db.reminders().delete(deleted.id());
        var queue = new ConcurrentLinkedQueue<Due>();
        // The session was today in Berlin only if it is not just past midnight there; the daily rule is by day.
        boolean sameDay = started.atZone(ZONE).toLocalDate().equals(satisfied.snoozedUntil().atZone(ZONE).toLocalDate());
        start(db, "loosen-only", queue);

        awaitSent(sameDay ? 0 : 2, queue);

        if (sameDay) {
            assertThat(queue).isEmpty();
        } else {
            assertThat(queue).extracting(Due::reminderId).containsExactlyInAnyOrder(satisfied.id(), sent.id());
        }
        // Both kept reminders wait for their own time; the deleted one left nothing behind.
        List<Instant> next = nextMoments(db);
        assertThat(next).hasSize(2).allSatisfy(at -> assertThat(at).isAfter(now.plus(Duration.ofHours(11))));
        assertThat(jobs(db)).containsExactly(ReminderJobs.bucket(next.get(0)).toString());
    }

    static List<Instant> nextMoments(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select next_at from reminder order by next_at")
                .mapTo(Long.class).map(Instant::ofEpochMilli).list());
    }

    /** The reminder jobs waiting in db-scheduler's table, by id (the end of their tenth of a second). */
    static List<String> jobs(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select task_instance from scheduled_tasks "
                + "where task_name = '" + ReminderJobs.TASK + "' order by task_instance").mapTo(String.class).list());
    }
}
