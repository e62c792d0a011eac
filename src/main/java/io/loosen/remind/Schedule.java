package io.loosen.remind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** When a reminder fires, in the user's local wall-clock time: a daily routine or desk breaks. */
public sealed interface Schedule permits DailyRoutine, DeskBreaks {
    /** The weekdays it fires on; never empty. */
    Set<DayOfWeek> days();

    /** The local times it fires at on each of its days, in order. */
    List<LocalTime> times();

    static Set<DayOfWeek> checkedDays(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one weekday");
        }
        return Set.copyOf(days);
    }
}
