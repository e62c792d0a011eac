package io.loosen.remind;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.Describe;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.session.RoutineSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reminders as an iCalendar feed: one weekly recurring event (RRULE) per reminder and time of day, with a
 * display alarm (VALARM) at its start and the routine's steps in its description. Times are floating (local
 * wall-clock, no TZID): a calendar shows 07:30 as 07:30 wherever the person is, across DST changes, just as
 * Loosen's own reminders do. A pause moves every first occurrence to the day reminders start again; a skip
 * or snooze is for one day only and stays out of the feed.
 */
public final class ReminderCalendar {
    static final String PRODUCT = "-//Loosen//Reminders//EN";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private ReminderCalendar() {
    }

    /** The feed as iCalendar text, its events starting on or after {@code today}. */
    public static String write(Reminders reminders, Function<String, Optional<Routine>> routines, Catalog catalog,
                               LocalDate today) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT);
        ical.setName("Loosen reminders");
        LocalDate first = reminders.pausedUntil() != null && reminders.pausedUntil().isAfter(today)
                ? reminders.pausedUntil() : today;
        for (Reminder reminder : reminders.all()) {
            Optional<Routine> routine = routines.apply(reminder.routineId());
            for (LocalTime time : reminder.schedule().times()) {
                ical.addEvent(event(ical, reminder, routine, catalog, time, first));
            }
        }
        return Biweekly.write(ical).go();
    }

    private static VEvent event(ICalendar ical, Reminder reminder, Optional<Routine> routine, Catalog catalog,
                                LocalTime time, LocalDate first) {
        String name = routine.map(Routine::name).orElse(reminder.routineId());
        String title = (reminder.schedule() instanceof DeskBreaks ? "Desk break: " : "Stretch: ") + name;
        VEvent event = new VEvent();
        event.setUid(reminder.id() + "-" + time.format(HHMM) + "@loosen");
        event.setSummary(title);
        event.setDescription(description(routine, catalog));
        event.setDateStart(date(firstDay(reminder.schedule(), time, first).atTime(time)), true);
        ical.getTimezoneInfo().setFloating(event.getDateStart(), true);
        long minutes = routine.map(r -> (RoutineSummary.of(r, catalog, false).totalSeconds() + 59) / 60).orElse(5L);
        event.setDuration(biweekly.util.Duration.builder().minutes((int) Math.max(1, minutes)).build());
        event.setRecurrenceRule(new Recurrence.Builder(Frequency.WEEKLY).byDay(byDay(reminder.schedule())).build());
        event.addAlarm(VAlarm.display(new Trigger(biweekly.util.Duration.builder().build(), Related.START), title));
        return event;
    }

    /** "Daily loosen-up: ten minutes…" then one numbered line per exercise with its dose. */
    static String description(Optional<Routine> routine, Catalog catalog) {
        if (routine.isEmpty()) {
            return "This reminder's routine no longer exists; choose another in Loosen's settings.";
        }
        List<String> lines = new ArrayList<>();
        lines.add(routine.get().summary().isBlank() ? routine.get().name() : routine.get().summary());
        int n = 1;
        for (RoutineItem item : routine.get().items()) {
            Optional<Exercise> exercise = catalog.find(item.exercise());
            lines.add(n++ + ". " + exercise.map(e -> e.name() + " — " + Describe.dose(e, item.doseFor(e)))
                    .orElse(item.exercise()));
        }
        return String.join("\n", lines);
    }

    /** The first day on or after {@code from} the schedule fires on, so DTSTART is an occurrence itself. */
    private static LocalDate firstDay(Schedule schedule, LocalTime time, LocalDate from) {
        LocalDate day = from;
        while (!schedule.days().contains(day.getDayOfWeek()) || !existsHere(day.atTime(time))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * biweekly formats a floating time through the JVM's default zone, so a start that zone skips (a DST
     * gap) would come out an hour off; the next occurrence is as good a start and is written exactly.
     */
    private static boolean existsHere(LocalDateTime local) {
        return !ZoneId.systemDefault().getRules().getValidOffsets(local).isEmpty();
    }

    private static Date date(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static List<DayOfWeek> byDay(Schedule schedule) {
        return Arrays.stream(java.time.DayOfWeek.values()).filter(schedule.days()::contains)
                .map(d -> DayOfWeek.valueOfAbbr(d.name().substring(0, 2))).toList();
    }
}
