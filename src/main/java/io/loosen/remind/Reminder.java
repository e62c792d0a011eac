package io.loosen.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One reminder: which routine to play and when. {@code skippedDay} is a local date on which it stays quiet
 * (the user chose "skip today"); {@code snoozedUntil} is an extra, one-off reminder the user asked for
 * ("snooze 10 minutes"). Both are null when unused; old values are harmless, since they only ever refer to
 * one day or one instant.
 */
public record Reminder(String id, String routineId, Schedule schedule, LocalDate skippedDay, Instant snoozedUntil) {
    public static final int MAX_ID_LENGTH = 100;

    public Reminder {
        Objects.requireNonNull(schedule, "a reminder needs a schedule");
        // Milliseconds, as stored and as job times are kept: a reminder reads back equal to itself.
        snoozedUntil = snoozedUntil == null ? null : snoozedUntil.truncatedTo(ChronoUnit.MILLIS);
        if (routineId == null || routineId.isBlank() || routineId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a reminder needs the id of the routine to play");
        }
    }

    /** A new reminder, not yet stored (no id), neither skipped nor snoozed. */
    public static Reminder of(String routineId, Schedule schedule) {
        return new Reminder(null, routineId, schedule, null, null);
    }

    public Reminder withId(String newId) {
        return new Reminder(newId, routineId, schedule, skippedDay, snoozedUntil);
    }

    /** Reminds again {@code snooze} after {@code now}, whatever the schedule says. */
    public Reminder snoozed(Instant now, Snooze snooze) {
        return new Reminder(id, routineId, schedule, skippedDay, now.plus(snooze.length()));
    }

    /** Stays quiet for the rest of {@code today} (a local date in the user's zone), snooze included. */
    public Reminder skipping(LocalDate today) {
        return new Reminder(id, routineId, schedule, today, snoozedUntil);
    }

    /** The same reminder on a new schedule or routine, keeping its id, skip and snooze. */
    public Reminder changed(String newRoutineId, Schedule newSchedule) {
        return new Reminder(id, newRoutineId, newSchedule, skippedDay, snoozedUntil);
    }
}
