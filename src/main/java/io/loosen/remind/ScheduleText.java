package io.loosen.remind;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A schedule in a few words, for lists: "07:30, Monday to Friday", "every 50 min 09:00–17:30, weekends". */
public final class ScheduleText {
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private ScheduleText() {
    }

    public static String of(Schedule schedule) {
        String when = schedule instanceof DeskBreaks b
                ? "every " + b.everyMinutes() + " min " + b.from() + "–" + b.until()
                : ((DailyRoutine) schedule).at().toString();
        return when + ", " + days(schedule.days());
    }

    static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.equals(WORKDAYS)) {
            return "Monday to Friday";
        }
        if (days.equals(WEEKEND)) {
            return "weekends";
        }
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                names.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
        }
        return String.join(", ", names);
    }
}
