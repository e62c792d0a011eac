package io.loosen.remind;

import io.loosen.system.Vocabulary;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The days of the week as reminders write them: {@code monday} … {@code sunday}. */
public enum Weekday implements Vocabulary {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public DayOfWeek day() {
        return DayOfWeek.valueOf(name());
    }

    public static Weekday of(DayOfWeek day) {
        return valueOf(day.name());
    }

    static Set<DayOfWeek> days(List<Weekday> weekdays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach(w -> days.add(w.day()));
        return days;
    }
}
