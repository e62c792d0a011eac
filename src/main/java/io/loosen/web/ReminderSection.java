package io.loosen.web;

import io.loosen.remind.Reminder;
import io.loosen.remind.Reminders;
import io.loosen.remind.ScheduleText;
import io.loosen.routine.Routine;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Reminders part of the settings page shows: each reminder in words, the routines to choose from,
 * the pause, and the private calendar address.
 */
public record ReminderSection(List<Row> reminders, List<Routine> routines, LocalDate pausedUntil, LocalDate today,
                       String calendarPath) {

    /** One reminder as a line of the list. */
    public record Row(String id, String routineName, String when, boolean skippedToday) {
    }

    static ReminderSection of(WebContext web) {
        Reminders reminders = web.db().reminders().load();
        LocalDate today = web.today();
        List<Row> rows = reminders.all().stream().map(r -> row(web, r, today)).toList();
        return new ReminderSection(rows, web.routines().all(), reminders.pausedUntil(), today,
                CalendarFeed.address(web));
    }

    private static Row row(WebContext web, Reminder r, LocalDate today) {
        String name = web.routines().find(r.routineId()).map(Routine::name).orElse(r.routineId() + " (deleted)");
        return new Row(r.id(), name, ScheduleText.of(r.schedule()), today.equals(r.skippedDay()));
    }
}
