package io.loosen.cli;

import io.loosen.remind.ReminderCalendar;
import io.loosen.remind.Reminders;
import io.loosen.store.Database;
import io.loosen.system.TimeZones;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen calendar}: the reminders as an iCalendar file, for a calendar program to import. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write your reminders as an iCalendar (.ics) file: recurring events with alarms.")
final class CalendarCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path output;

    @Override
    public Integer call() {
        Library library = root.library();
        String text;
        int count;
        try (Database db = root.openDatabase()) {
            Reminders reminders = db.reminders().load();
            Library all = library.withUserRoutines(db.routines().all(library.catalog()));
            LocalDate today = LocalDate.now(db.settings().load().zoneOr(TimeZones.current(root.env())));
            text = ReminderCalendar.write(reminders, all.routines()::find, library.catalog(), today);
            count = reminders.all().size();
        }
        return FileOutput.deliver(spec, output, text, "wrote " + count + (count == 1 ? " reminder" : " reminders"));
    }
}
