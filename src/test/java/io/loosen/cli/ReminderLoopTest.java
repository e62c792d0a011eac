package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.remind.DailyRoutine;
import io.loosen.remind.DeskBreaks;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loosen remind}'s loop on a clock the test moves: it waits by deadlines, sends each due reminder
 * once, leaves out satisfied ones, hears changes made while it waits, and drops what a long sleep missed.
 */
class ReminderLoopTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant THURSDAY_SIX = Instant.parse("2026-03-12T05:00:00Z"); // 06:00 in Berlin

    @TempDir
    Path home;
    Database db;
    final MovableClock clock = new MovableClock(THURSDAY_SIX);
    final List<Instant> deadlines = new ArrayList<>();
    final List<Due> sent = new ArrayList<>();

    /** A clock that only moves when the waiter moves it. */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(home.resolve("loosen.db").toString(), Environment.of(home, Map.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    ReminderLoop loop(ReminderLoop.Waiter waiter) {
        return new ReminderLoop(db, () -> BERLIN, clock, waiter, sent::add);
    }

    /** Reaches each deadline exactly, and notes it. */
    void onTime(Instant deadline) {
        deadlines.add(deadline);
        clock.now = deadline;
    }

    static Reminder daily(String time) {
        return Reminder.of("daily", new DailyRoutine(LocalTime.parse(time), EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void waitsForEachMomentByItsDeadlineAndSendsItOnce() throws Exception {
        Reminder morning = db.reminders().create(daily("07:30"));
        Reminder evening = db.reminders().create(daily("19:00"));
        loop(this::onTime).run(3);
        assertThat(sent).extracting(Due::reminderId).containsExactly(morning.id(), evening.id(), morning.id());
        assertThat(sent).extracting(Due::at).containsExactly(Instant.parse("2026-03-12T06:30:00Z"),
                Instant.parse("2026-03-12T18:00:00Z"), Instant.parse("2026-03-13T06:30:00Z"));
        // Between reminders it looks again every minute, never sleeping past the next one.
        assertThat(deadlines).contains(Instant.parse("2026-03-12T06:30:00Z"), Instant.parse("2026-03-12T18:00:00Z"));
        assertThat(deadlines).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(Instant.parse("2026-03-13T06:30:00Z")));
        for (int i = 1; i < deadlines.size(); i++) {
            assertThat(Duration.between(deadlines.get(i - 1), deadlines.get(i))).isLessThanOrEqualTo(ReminderLoop.RECHECK);
        }
    }

    @Test
    void aLateWakeUpStillSendsTheReminderOnceNotOncePerMissedLook() throws Exception {
        db.reminders().create(daily("07:30"));
        // The machine was busy: every wait ends 7 minutes after its deadline.
        loop(deadline -> clock.now = deadline.plus(Duration.ofMinutes(7))).run(1);
        assertThat(sent).extracting(Due::at).containsExactly(Instant.parse("2026-03-12T06:30:00Z"));
    }

    @Test
    void aReminderMissedByALongSleepIsDroppedNotSentHoursLate() throws Exception {
        db.reminders().create(daily("07:30"));
        db.reminders().create(daily("12:00"));
        List<Instant> wakes = new ArrayList<>(List.of(Instant.parse("2026-03-12T10:45:00Z")));
        loop(deadline -> clock.now = wakes.isEmpty() ? deadline : wakes.remove(0)).run(1);
        assertThat(sent).extracting(Due::at).containsExactly(Instant.parse("2026-03-12T11:00:00Z"));
    }

    @Test
    void aRoutineAlreadyDoneTodayIsNotRemindedButADeskBreakStillIs() throws Exception {
        db.reminders().create(daily("07:30"));
        db.reminders().create(Reminder.of("desk-break", new DeskBreaks(60, LocalTime.of(9, 0), LocalTime.of(10, 0),
                EnumSet.allOf(DayOfWeek.class))));
        Instant started = Instant.parse("2026-03-12T05:10:00Z");
        db.sessions().save(new PracticeSession(UUID.randomUUID(), "daily", "Daily loosen-up", started,
                started.plus(Duration.ofMinutes(5)), BERLIN, SessionStatus.COMPLETED, 300, null, null, null, List.of()));
        loop(this::onTime).run(1);
        assertThat(sent).extracting(Due::routineId, Due::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("desk-break", Instant.parse("2026-03-12T09:00:00Z")));
    }

    @Test
    void aReminderAddedWhileWaitingIsHeardWithinAMinute() throws Exception {
        db.reminders().create(daily("20:00"));
        loop(deadline -> {
            if (clock.now.equals(THURSDAY_SIX)) {
                db.reminders().create(daily("06:10")); // added in the web app while remind waits
            }
            onTime(deadline);
        }).run(1);
        assertThat(sent).extracting(Due::at).containsExactly(Instant.parse("2026-03-12T05:10:00Z"));
    }

    @Test
    void withoutADesktopNotifierTheTerminalRingsAndSaysHowToStart() {
        StringWriter out = new StringWriter();
        Notifier notifier = Notifier.find(Environment.of(home, Map.of("PATH", home.toString())), new PrintWriter(out),
                "http://127.0.0.1:7070");
        assertThat(notifier.desktop()).isFalse();
        notifier.show("desk-break", "Desk break", () -> { });
        assertThat(out.toString()).isEqualTo("\u0007Time to stretch: Desk break. Start it with: loosen session desk-break"
                + " (or open http://127.0.0.1:7070/play/desk-break)" + System.lineSeparator());
    }

    @Test
    void remindNextListsTheRemindersAndTheirNextMoments() {
        CliRun cli = CliRun.in(home).with("TZ", "Europe/Berlin");
        assertThat(cli.run("remind", "--next").out()).isEqualTo(
                "No reminders yet; add them in the web app, Settings › Reminders." + System.lineSeparator());
        try (Database other = Database.open(null, cli.environment())) {
            other.reminders().create(Reminder.of("desk-break", new DeskBreaks(50, LocalTime.of(9, 0),
                    LocalTime.of(17, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))));
        }
        var result = cli.run("remind", "--next");
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).startsWith("Desk break · every 50 min 09:00–17:30, Monday to Friday", "",
                "Next (Europe/Berlin):");
        assertThat(result.outLines()).hasSize(8);
    }
}
