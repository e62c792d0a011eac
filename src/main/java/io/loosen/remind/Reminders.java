package io.loosen.remind;

import java.time.LocalDate;
import java.util.List;

/**
 * All of the user's reminders and the one switch over them all: {@code pausedUntil}, the local date on which
 * reminders start again (none fire on any earlier day); null when not paused.
 */
public record Reminders(List<Reminder> all, LocalDate pausedUntil) {
    public Reminders {
        all = List.copyOf(all);
    }

    /** Whether nothing fires on {@code day} because of the pause. */
    public boolean pausedOn(LocalDate day) {
        return pausedUntil != null && day.isBefore(pausedUntil);
    }
}
