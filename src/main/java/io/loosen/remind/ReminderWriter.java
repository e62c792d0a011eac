package io.loosen.remind;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.Arrays;

/** A reminder as {@link ReminderReader} reads it back, plus its id and state when {@code withState}. */
public final class ReminderWriter {
    private ReminderWriter() {
    }

    /** The routine and schedule only: what is stored and what the API accepts. */
    public static ObjectNode schedule(Reminder reminder) {
        ObjectNode root = JsonNodeFactory.instance.objectNode()
                .put("routine", reminder.routineId())
                .put("kind", ScheduleKind.of(reminder.schedule()).slug());
        if (reminder.schedule() instanceof DeskBreaks breaks) {
            root.put("every", breaks.everyMinutes()).put("from", breaks.from().toString())
                    .put("until", breaks.until().toString());
        } else if (reminder.schedule() instanceof DailyRoutine daily) {
            root.put("at", daily.at().toString());
        }
        var days = root.putArray("days");
        Arrays.stream(DayOfWeek.values()).filter(reminder.schedule().days()::contains)
                .forEach(d -> days.add(Weekday.of(d).slug()));
        return root;
    }

    /** Everything: id first, then the schedule, then the skip and snooze (explicit nulls when unused). */
    public static ObjectNode full(Reminder reminder) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("id", reminder.id());
        root.setAll(schedule(reminder));
        root.put("skippedDay", reminder.skippedDay() == null ? null : reminder.skippedDay().toString());
        root.put("snoozedUntil", reminder.snoozedUntil() == null ? null : reminder.snoozedUntil().toString());
        return root;
    }
}
