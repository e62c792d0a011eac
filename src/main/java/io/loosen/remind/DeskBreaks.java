package io.loosen.remind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A short break every {@code everyMinutes} within working hours {@code from}–{@code until} on the chosen
 * weekdays. The first break comes {@code everyMinutes} after {@code from}, not at it: nobody needs a break
 * the moment they sit down. The last is the latest that is not after {@code until}.
 */
public record DeskBreaks(int everyMinutes, LocalTime from, LocalTime until, Set<DayOfWeek> days)
        implements Schedule {
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    public DeskBreaks {
        if (everyMinutes < MIN_MINUTES || everyMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("desk breaks come every " + MIN_MINUTES + "–" + MAX_MINUTES + " minutes");
        }
        from = Objects.requireNonNull(from, "desk breaks need a start of working hours").withSecond(0).withNano(0);
        until = Objects.requireNonNull(until, "desk breaks need an end of working hours").withSecond(0).withNano(0);
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("working hours must end after they start, on the same day");
        }
        days = Schedule.checkedDays(days);
    }

    @Override
    public List<LocalTime> times() {
        List<LocalTime> times = new ArrayList<>();
        // Counted in minutes of the day, so the loop cannot wrap past midnight the way LocalTime.plus does.
        int start = from.toSecondOfDay() / 60;
        int end = until.toSecondOfDay() / 60;
        for (int minute = start + everyMinutes; minute <= end; minute += everyMinutes) {
            times.add(LocalTime.ofSecondOfDay(minute * 60L));
        }
        return times;
    }
}
