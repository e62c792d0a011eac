package io.loosen.cli;

import io.loosen.remind.Due;
import io.loosen.remind.Practice;
import io.loosen.remind.Reminders;
import io.loosen.remind.ScheduleText;
import io.loosen.remind.Snooze;
import io.loosen.remind.Upcoming;
import io.loosen.routine.Routine;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.TimeZones;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loosen remind}: stays in the foreground and reminds you at the times set in Settings › Reminders,
 * through the desktop's notifications (or the terminal). A reminder already satisfied is not sent.
 */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Stay running and remind you to stretch at the times set in the web app's Settings,",
            "as desktop notifications (notify-send) or, without them, in this terminal. Ctrl-C stops."})
final class RemindCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--next", description = "List your reminders and the next five moments, then stop.")
    boolean next;

    @Option(names = "--url", paramLabel = "URL", description = "Where the web app runs, for the Start button "
            + "(default http://127.0.0.1:7070/, or LOOSEN_URL).")
    String url;

    @Option(names = "--count", paramLabel = "N", hidden = true, description = "Stop after N reminders (tests).")
    long count = Long.MAX_VALUE;

    /** The clock and the waiting, replaced by tests. */
    Clock clock = Clock.systemUTC();
    ReminderLoop.Waiter waiter;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Library library = root.library();
        try (Database db = root.openDatabase()) {
            Supplier<ZoneId> zone = () -> db.settings().load().zoneOr(TimeZones.current(root.env()));
            Library all = library.withUserRoutines(db.routines().all(library.catalog()));
            if (next) {
                list(out, db, all, zone.get());
                return ExitCode.OK;
            }
            String base = url != null ? url : root.env().getOrDefault("LOOSEN_URL", "http://127.0.0.1:7070/");
            Notifier notifier = Notifier.find(root.env(), out, base);
            out.println("Loosen will remind you" + (notifier.desktop() ? " on the desktop" : " here")
                    + " (reminders are set in the web app, Settings › Reminders). Ctrl-C stops.");
            out.flush();
            ReminderLoop loop = new ReminderLoop(db, zone, clock, waiter != null ? waiter : ReminderLoop.sleeping(clock),
                    due -> notifier.show(due.routineId(), name(all, due), () -> snooze(db, due.reminderId())));
            loop.run(count);
        }
        return ExitCode.OK;
    }

    private void list(PrintWriter out, Database db, Library all, ZoneId zone) {
        Reminders reminders = db.reminders().load();
        if (reminders.all().isEmpty()) {
            out.println("No reminders yet; add them in the web app, Settings › Reminders.");
            out.flush();
            return;
        }
        reminders.all().forEach(r -> out.println(all.routines().find(r.routineId()).map(Routine::name)
                .orElse(r.routineId()) + " · " + ScheduleText.of(r.schedule())));
        if (reminders.pausedUntil() != null) {
            out.println("Paused until " + reminders.pausedUntil() + ".");
        }
        var now = clock.instant();
        Practice done = new Practice(db.sessions().list(now.minus(Duration.ofDays(2))));
        out.println();
        out.println("Next (" + zone.getId() + "):");
        for (Due due : Upcoming.next(reminders, done, zone, now, 5)) {
            out.println("  " + WHEN.format(due.at().atZone(zone)) + "  " + name(all, due));
        }
        out.flush();
    }

    /** Snoozed in the database, so the loop (which reads it every minute) and the web app both see it. */
    private void snooze(Database db, String reminderId) {
        db.reminders().find(reminderId).ifPresent(r -> db.reminders().replace(r.snoozed(clock.instant(), Snooze.TEN)));
    }

    private static String name(Library all, Due due) {
        return all.routines().find(due.routineId()).map(Routine::name).orElse(due.routineId());
    }
}
