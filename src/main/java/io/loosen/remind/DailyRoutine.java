package io.loosen.remind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The daily routine at {@code at} (to the minute) on the chosen weekdays. */
public record DailyRoutine(LocalTime at, Set<DayOfWeek> days) implements Schedule {
    public DailyRoutine {
        at = Objects.requireNonNull(at, "a daily reminder needs a time").withSecond(0).withNano(0);
        days = Schedule.checkedDays(days);
    }

    @Override
    public List<LocalTime> times() {
        return List.of(at);
    }
}
