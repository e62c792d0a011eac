package io.loosen.cli;

import io.loosen.remind.Due;
import io.loosen.remind.Practice;
import io.loosen.remind.Reminders;
import io.loosen.remind.Upcoming;
import io.loosen.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The heart of {@code loosen remind}: waits for the next reminder's moment on the clock (a deadline, never
 * a sum of sleeps, so a suspended laptop or a slow machine cannot make it drift), then sends every reminder
 * due since the last look that is not already satisfied. Reminders are read again at least every minute,
 * so a change made in the web app meanwhile is heard.
 */
final class ReminderLoop {
    /** How often the reminders are read again while waiting. */
    static final Duration RECHECK = Duration.ofMinutes(1);
    /** A reminder missed by more than this (the computer slept) is dropped rather than sent late. */
    static final Duration STALE = Duration.ofMinutes(30);
    private static final Duration PRACTICE_WINDOW = Duration.ofDays(2);

    /** Waits until the clock reaches a deadline (or is interrupted). */
    interface Waiter {
        void until(Instant deadline) throws InterruptedException;
    }

    private final Database db;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final Waiter waiter;
    private final Consumer<Due> send;

    ReminderLoop(Database db, Supplier<ZoneId> zone, Clock clock, Waiter waiter, Consumer<Due> send) {
        this.db = db;
        this.zone = zone;
        this.clock = clock;
        this.waiter = waiter;
        this.send = send;
    }

    /** Runs until {@code limit} reminders were sent, or until interrupted. */
    void run(long limit) throws InterruptedException {
        Instant last = clock.instant();
        long sent = 0;
        while (sent < limit) {
            Reminders reminders = db.reminders().load();
            Instant now = clock.instant();
            Instant deadline = now.plus(RECHECK);
            List<Due> next = Upcoming.next(reminders, Practice.NONE, zone.get(), last, 1);
            if (!next.isEmpty() && next.get(0).at().isBefore(deadline)) {
                deadline = next.get(0).at();
            }
            waiter.until(deadline);
            now = clock.instant();
            if (!next.isEmpty() && !now.isBefore(next.get(0).at())) {
                Practice done = new Practice(db.sessions().list(now.minus(PRACTICE_WINDOW)));
                for (Due due : Upcoming.between(db.reminders().load(), done, zone.get(), last, now)) {
                    if (sent < limit && !due.at().isBefore(now.minus(STALE))) {
                        send.accept(due);
                        sent++;
                    }
                }
                last = now;
            }
        }
    }

    /** The real waiter: sleeps toward the deadline, looking at the clock again at least every minute. */
    static Waiter sleeping(Clock clock) {
        return deadline -> {
            for (Duration left = Duration.between(clock.instant(), deadline); !left.isNegative() && !left.isZero();
                 left = Duration.between(clock.instant(), deadline)) {
                Thread.sleep(Math.min(left.toMillis() + 1, RECHECK.toMillis()));
            }
        };
    }
}
