package io.loosen.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When reminders fire, in the user's IANA zone: a pure function of the reminders, what was already done, the
 * zone and a moment. Days are walked in local dates, so a schedule keeps its wall-clock times across DST
 * changes and moves with the user when their zone changes.
 */
public final class Upcoming {
    /** Far enough to reach a pause's end and still find a weekday that fires; a pause beyond is "off". */
    static final int HORIZON_DAYS = 2 * 366;

    private static final Comparator<Due> ORDER = Comparator.comparing(Due::at).thenComparing(Due::reminderId,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Due::snoozed);

    private Upcoming() {
    }

    /** The first {@code limit} moments strictly after {@code after} at which a reminder is to be sent. */
    public static List<Due> next(Reminders reminders, Practice done, ZoneId zone, Instant after, int limit) {
        List<Due> found = new ArrayList<>();
        LocalDate first = after.atZone(zone).toLocalDate();
        for (LocalDate day = first; found.size() < limit && day.isBefore(first.plusDays(HORIZON_DAYS));
             day = day.plusDays(1)) {
            for (Due due : on(day, reminders, done, zone)) {
                if (due.at().isAfter(after) && found.size() < limit) {
                    found.add(due);
                }
            }
        }
        return found;
    }

    /** Every moment in {@code (from, to]} at which a reminder is to be sent, in order. */
    public static List<Due> between(Reminders reminders, Practice done, ZoneId zone, Instant from, Instant to) {
        List<Due> found = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Due due : on(day, reminders, done, zone)) {
                if (due.at().isAfter(from) && !due.at().isAfter(to)) {
                    found.add(due);
                }
            }
        }
        return found;
    }

    /** Every moment on local {@code day} at which a reminder is to be sent, in order, each once. */
    static List<Due> on(LocalDate day, Reminders reminders, Practice done, ZoneId zone) {
        if (reminders.pausedOn(day)) {
            return List.of();
        }
        List<Due> found = new ArrayList<>();
        for (Reminder reminder : reminders.all()) {
            if (!day.equals(reminder.skippedDay())) {
                for (Due due : of(reminder, day, zone)) {
                    if (!done.satisfies(reminder, due, zone)) {
                        found.add(due);
                    }
                }
            }
        }
        found.sort(ORDER);
        return distinct(found);
    }

    private static List<Due> of(Reminder reminder, LocalDate day, ZoneId zone) {
        List<Due> dues = new ArrayList<>();
        if (reminder.schedule().days().contains(day.getDayOfWeek())) {
            for (LocalTime time : reminder.schedule().times()) {
                dues.add(new Due(reminder.id(), reminder.routineId(), WallClock.instant(day, time, zone), false));
            }
        }
        Instant snooze = reminder.snoozedUntil();
        if (snooze != null && snooze.atZone(zone).toLocalDate().equals(day)) {
            dues.add(new Due(reminder.id(), reminder.routineId(), snooze, true));
        }
        return dues;
    }

    /**
     * One reminder per reminder and instant: two local times inside one spring-forward gap both fire at the
     * jump, and a snooze can land on a scheduled time; the person hears it once.
     */
    private static List<Due> distinct(List<Due> sorted) {
        List<Due> once = new ArrayList<>();
        for (Due due : sorted) {
            Due previous = once.isEmpty() ? null : once.get(once.size() - 1);
            if (previous == null || !previous.at().equals(due.at())
                    || !Objects.equals(previous.reminderId(), due.reminderId())) {
                once.add(due);
            }
        }
        return once;
    }
}
