package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.remind.DailyRoutine;
import io.loosen.remind.DeskBreaks;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.remind.Snooze;
import io.loosen.store.SessionStoreTest.Backend;
import io.loosen.system.Environment;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What one reminder job does when it runs, on both databases, at chosen moments rather than the wall clock:
 * it sends the reminders of its tenth of a second once, moves each on to its next moment, and respects
 * whatever happened to a reminder between planning and sending (changed, deleted, snoozed, skipped,
 * paused, satisfied, unreadable), across DST changes, and with two servers at once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class ReminderSendingTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Wednesday in June, far from any DST change. */
    static final LocalDate DAY = LocalDate.parse("2027-06-09");

    @Parameter
    Backend backend;
    @TempDir
    Path folder;
    String location;
    final List<Database> open = new ArrayList<>();
    Database db;
    final List<Due> sent = new ArrayList<>();

    @BeforeEach
    void open(TestPostgres postgres) {
        location = backend.freshLocation(folder, postgres);
        db = open();
    }

    Database open() {
        Database opened = Database.open(location, Environment.of(folder, Map.of()));
        open.add(opened);
        return opened;
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    Reminder daily(String time) {
        return db.reminders().create(Reminder.of("daily", new DailyRoutine(LocalTime.parse(time),
                EnumSet.allOf(DayOfWeek.class))));
    }

    void plan(Reminder reminder, Instant now) {
        db.reminderJobs().plan(reminder.id(), BERLIN, now);
    }

    /** Runs the job of {@code moment}'s tenth of a second as if the clock read {@code now}. */
    void sendAt(Instant moment, Instant now) {
        db.reminderJobs().send(ReminderJobs.bucket(moment), BERLIN, now, sent::add);
    }

    Instant next(Reminder reminder) {
        Long millis = db.jdbi().withHandle(h -> h.createQuery("select next_at from reminder where id = :id")
                .bind("id", reminder.id()).mapTo(Long.class).one());
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    int deliveries() {
        return db.jdbi().withHandle(h -> h.createQuery("select count(*) from reminder_delivery")
                .mapTo(Integer.class).one());
    }

    @Test
    void theJobOfItsTenthSendsAReminderOnceAndMovesItOnToItsNextMoment() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        Instant eight = at(DAY, "08:00");
        assertThat(next(r)).isEqualTo(eight);
        assertThat(ReminderJobsTest.jobs(db)).containsExactly(ReminderJobs.bucket(eight).toString());

        sendAt(eight, eight.plusMillis(30));

        assertThat(sent).containsExactly(new Due(r.id(), "daily", eight, false));
        Instant tomorrow = at(DAY.plusDays(1), "08:00");
        assertThat(next(r)).isEqualTo(tomorrow);
        assertThat(ReminderJobsTest.jobs(db)).contains(ReminderJobs.bucket(tomorrow).toString());
        // The same job again (a server died after sending and db-scheduler revived the job): nothing more.
        sendAt(eight, eight.plusSeconds(5));
        assertThat(sent).hasSize(1);
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void aJobSendsOnlyTheRemindersOfItsOwnTenthOfASecond() {
        Instant now = at(DAY, "07:00");
        Reminder inside = daily("12:00");
        Reminder later = daily("12:00");
        db.reminders().replace(inside.snoozed(now, Snooze.FIVE));
        db.reminders().replace(later.snoozed(now.plusMillis(100), Snooze.FIVE));
        db.reminderJobs().planAll(BERLIN, now.plusMillis(100));
        Instant moment = now.plus(Snooze.FIVE.length());
        assertThat(next(inside)).isEqualTo(moment);
        assertThat(next(later)).isEqualTo(moment.plusMillis(100));

        // Even running late, past the other's moment, it leaves that one to the job of its own tenth.
        sendAt(moment, moment.plusMillis(500));

        assertThat(sent).extracting(Due::reminderId).containsExactly(inside.id());
        assertThat(next(later)).isEqualTo(moment.plusMillis(100));
        sendAt(moment.plusMillis(100), moment.plusMillis(520));
        assertThat(sent).extracting(Due::reminderId).containsExactly(inside.id(), later.id());
    }

    @Test
    void aReminderChangedAfterPlanningIsSentAtItsNewTimeOnly() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        db.reminders().replace(r.changed("daily", new DailyRoutine(LocalTime.parse("09:00"),
                EnumSet.allOf(DayOfWeek.class))));
        plan(r, at(DAY, "07:30"));

        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));
        assertThat(sent).isEmpty();
        sendAt(at(DAY, "09:00"), at(DAY, "09:00").plusMillis(20));

        assertThat(sent).containsExactly(new Due(r.id(), "daily", at(DAY, "09:00"), false));
        assertThat(next(r)).isEqualTo(at(DAY.plusDays(1), "09:00"));
    }

    @Test
    void aReminderDeletedAfterPlanningIsNotSent() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        db.reminders().delete(r.id());
        plan(r, at(DAY, "07:30"));

        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));

        assertThat(sent).isEmpty();
        assertThat(deliveries()).isZero();
    }

    @Test
    void aSnoozedReminderComesBackWhenItsSnoozeIsOver() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));
        Instant snoozedAt = at(DAY, "08:00:20");
        Reminder snoozed = r.snoozed(snoozedAt, Snooze.FIVE);
        db.reminders().replace(snoozed);
        plan(r, snoozedAt);
        assertThat(next(r)).isEqualTo(snoozed.snoozedUntil());

        sendAt(snoozed.snoozedUntil(), snoozed.snoozedUntil().plusMillis(60));

        assertThat(sent).containsExactly(new Due(r.id(), "daily", at(DAY, "08:00"), false),
                new Due(r.id(), "daily", at(DAY, "08:05:20"), true));
        assertThat(next(r)).isEqualTo(at(DAY.plusDays(1), "08:00"));
    }

    @Test
    void aReminderSkippedTodayWaitsForTomorrow() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        db.reminders().replace(r.skipping(DAY));
        plan(r, at(DAY, "07:10"));
        assertThat(next(r)).isEqualTo(at(DAY.plusDays(1), "08:00"));

        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));
        assertThat(sent).isEmpty();
    }

    @Test
    void aPauseKeepsRemindersQuietUntilItsDayEvenIfItCameAfterPlanning() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        LocalDate until = DAY.plusDays(3);
        db.reminders().pauseUntil(until);

        // The job reads the pause itself: nothing today, and the next moment is on the day it ends.
        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));

        assertThat(sent).isEmpty();
        assertThat(next(r)).isEqualTo(at(until, "08:00"));
        db.reminders().pauseUntil(null);
        db.reminderJobs().planAll(BERLIN, at(DAY, "09:00"));
        assertThat(next(r)).isEqualTo(at(DAY.plusDays(1), "08:00"));
    }

    @Test
    void aReminderAlreadySatisfiedTodayIsNotSentButMovesOn() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        Instant started = at(DAY, "07:10");
        db.sessions().save(new PracticeSession(UUID.randomUUID(), "daily", "Daily", started,
                started.plus(Duration.ofMinutes(9)), BERLIN, SessionStatus.COMPLETED, 540, null, null, null,
                List.of()));

        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));

        assertThat(sent).isEmpty();
        assertThat(next(r)).isEqualTo(at(DAY.plusDays(1), "08:00"));
    }

    @Test
    void aLateJobSendsWhatIsLessThanHalfAnHourLateAndDropsTheRest() {
        Reminder stale = daily("08:00");
        plan(stale, at(DAY, "07:00"));

        sendAt(at(DAY, "08:00"), at(DAY, "08:31"));
        assertThat(sent).isEmpty();

        Reminder breaks = db.reminders().create(Reminder.of("desk", new DeskBreaks(5, LocalTime.parse("09:00"),
                LocalTime.parse("17:00"), EnumSet.allOf(DayOfWeek.class))));
        plan(breaks, at(DAY, "09:00"));
        // Every server was down from 09:05 to 09:17: the breaks of 09:05, 09:10 and 09:15 go out now.
        sendAt(at(DAY, "09:05"), at(DAY, "09:17"));

        assertThat(sent).extracting(Due::at).containsExactly(at(DAY, "09:05"), at(DAY, "09:10"), at(DAY, "09:15"));
        assertThat(next(breaks)).isEqualTo(at(DAY, "09:20"));
        assertThat(next(stale)).isEqualTo(at(DAY.plusDays(1), "08:00"));
    }

    @Test
    void aJobDoesNotUndoAPlanMadeWhileItRan() {
        Reminder r = daily("08:00");
        plan(r, at(DAY, "07:00"));
        // The job read the reminder at 08:00; then the user snoozed it; then the job moves it on.
        Reminder snoozed = r.snoozed(at(DAY, "08:00:01"), Snooze.TEN);
        db.reminders().replace(snoozed);
        plan(r, at(DAY, "08:00:01"));
        db.reminders().settle(List.of(), List.of(new ReminderStore.Next(r.id(), at(DAY, "08:00"),
                at(DAY.plusDays(1), "08:00"))));

        assertThat(next(r)).isEqualTo(snoozed.snoozedUntil());
    }

    @Test
    void twoServersRunningTheSameTenthAtOnceSendEachReminderOnce() throws Exception {
        Instant now = at(DAY, "07:00");
        Set<Due> expected = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Reminder r = db.reminders().create(Reminder.of("daily", new DailyRoutine(LocalTime.parse("12:00"),
                    EnumSet.allOf(DayOfWeek.class))).snoozed(now.plusMillis(1 + i % 90), Snooze.FIVE));
            expected.add(new Due(r.id(), "daily", r.snoozedUntil(), true));
        }
        db.reminderJobs().planAll(BERLIN, now);
        Instant moment = now.plus(Snooze.FIVE.length());
        assertThat(ReminderJobsTest.jobs(db)).containsExactly(ReminderJobs.bucket(moment.plusMillis(1)).toString());
        List<Database> servers = List.of(db, open());
        var all = new ConcurrentLinkedQueue<Due>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Database server : servers) {
                done.add(threads.submit(() -> {
                    go.await();
                    server.reminderJobs().send(ReminderJobs.bucket(moment.plusMillis(89)), BERLIN,
                            moment.plusMillis(150), all::add);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(all).hasSize(expected.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(expected);
        assertThat(deliveries()).isEqualTo(expected.size());
    }

    @Test
    void moreRemindersInOneTenthThanOneChunkAreAllSentOnce() {
        Instant now = at(DAY, "07:00");
        int count = ReminderJobs.CHUNK * 2 + 10;
        for (int i = 0; i < count; i++) {
            db.reminders().create(Reminder.of("daily", new DailyRoutine(LocalTime.parse("12:00"),
                    EnumSet.allOf(DayOfWeek.class))).snoozed(now.plusMillis(i % 100), Snooze.FIVE));
        }
        db.reminderJobs().planAll(BERLIN, now);
        Instant moment = now.plus(Snooze.FIVE.length()).plusMillis(99);

        sendAt(moment, moment.plusMillis(10));

        assertThat(sent).hasSize(count - count / 100 - 1).doesNotHaveDuplicates(); // i % 100 == 0: the tenth before
        assertThat(sent).extracting(Due::at).isSorted();
        assertThat(deliveries()).isEqualTo(sent.size());
    }

    @Test
    void aDailyTimeInTheSpringForwardGapFiresAtTheJumpAndThenAtItsUsualTime() {
        LocalDate spring = LocalDate.parse("2027-03-28"); // Berlin: 02:00 CET becomes 03:00 CEST
        Reminder r = daily("02:30");
        plan(r, Instant.parse("2027-03-27T12:00:00Z"));
        Instant jump = Instant.parse("2027-03-28T01:00:00Z");
        assertThat(next(r)).isEqualTo(jump);

        sendAt(jump, jump.plusMillis(40));

        assertThat(sent).containsExactly(new Due(r.id(), "daily", jump, false));
        assertThat(next(r)).isEqualTo(at(spring.plusDays(1), "02:30")).isEqualTo(Instant.parse("2027-03-29T00:30:00Z"));
    }

    @Test
    void aDailyTimeThatHappensTwiceOnTheFallBackDayFiresOnce() {
        LocalDate autumn = LocalDate.parse("2027-10-31"); // Berlin: 03:00 CEST becomes 02:00 CET
        Reminder r = daily("02:30");
        plan(r, Instant.parse("2027-10-30T12:00:00Z"));
        Instant first = Instant.parse("2027-10-31T00:30:00Z"); // 02:30 CEST
        assertThat(next(r)).isEqualTo(first);

        sendAt(first, first.plusMillis(40));
        sendAt(first.plus(Duration.ofHours(1)), first.plus(Duration.ofHours(1)).plusMillis(40)); // 02:30 CET

        assertThat(sent).containsExactly(new Due(r.id(), "daily", first, false));
        assertThat(next(r)).isEqualTo(at(autumn.plusDays(1), "02:30")).isEqualTo(Instant.parse("2027-11-01T01:30:00Z"));
    }

    @Test
    void aStoredReminderThatNoLongerReadsIsLeftOutAndTheOthersAreSent() {
        Reminder broken = daily("08:00");
        Reminder fine = daily("08:00");
        db.reminderJobs().planAll(BERLIN, at(DAY, "07:00"));
        db.jdbi().useHandle(h -> h.createUpdate("update reminder set document = '{\"routine\": 5' where id = :id")
                .bind("id", broken.id()).execute());

        sendAt(at(DAY, "08:00"), at(DAY, "08:00").plusMillis(20));

        assertThat(sent).extracting(Due::reminderId).containsExactly(fine.id());
        assertThat(next(broken)).isNull();
        int stored = db.jdbi().withHandle(h -> h.createQuery("select count(*) from reminder")
                .mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void aStartingServerPlansTheUnplannedAndRemakesMissingJobsButKeepsPlannedMoments() {
        Reminder planned = daily("08:00");
        Reminder unplanned = daily("09:00");
        plan(planned, at(DAY, "07:00"));
        db.jdbi().useHandle(h -> h.execute("delete from scheduled_tasks"));

        db.reminderJobs().ensureAll(BERLIN, at(DAY, "08:10"));

        // 08:00 was missed while no server ran; it stays planned, so its job sends it now (10 minutes late).
        assertThat(next(planned)).isEqualTo(at(DAY, "08:00"));
        assertThat(next(unplanned)).isEqualTo(at(DAY, "09:00"));
        assertThat(ReminderJobsTest.jobs(db)).containsExactlyInAnyOrder(
                ReminderJobs.bucket(at(DAY, "08:00")).toString(), ReminderJobs.bucket(at(DAY, "09:00")).toString());
    }
}
