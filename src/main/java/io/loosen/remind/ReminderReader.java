package io.loosen.remind;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.Fields;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Reads a reminder's routine and schedule from a JSON object (an API body, a stored row), field by field,
 * with a one-sentence error naming the bad field:
 * <pre>{"routine": "daily", "kind": "daily", "at": "07:30", "days": ["monday", "friday"]}
 * {"routine": "desk-break", "kind": "desk-breaks", "every": 50, "from": "09:00", "until": "17:30", "days": [...]}</pre>
 */
public final class ReminderReader {
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ReminderReader() {
    }

    /** A reminder with no id, neither skipped nor snoozed. */
    public static Reminder read(String source, JsonNode tree) {
        Fields f = Fields.root(source, tree);
        ScheduleKind kind = f.word("kind", ScheduleKind.class);
        String routine = f.text("routine", 1, Reminder.MAX_ID_LENGTH);
        Schedule schedule = switch (kind) {
            case DAILY -> {
                f.allowOnly("routine", "kind", "at", "days");
                yield new DailyRoutine(time(f, "at"), Weekday.days(f.words("days", Weekday.class)));
            }
            case DESK_BREAKS -> {
                f.allowOnly("routine", "kind", "every", "from", "until", "days");
                int every = f.integer("every", DeskBreaks.MIN_MINUTES, DeskBreaks.MAX_MINUTES, "minutes");
                LocalTime from = time(f, "from");
                LocalTime until = time(f, "until");
                if (!from.isBefore(until)) {
                    throw f.fail("until", "field '" + f.path("until") + "' is " + until + ", which is not after 'from' ("
                            + from + "); working hours start and end on the same day.");
                }
                yield new DeskBreaks(every, from, until, Weekday.days(f.words("days", Weekday.class)));
            }
        };
        return Reminder.of(routine, schedule);
    }

    private static LocalTime time(Fields f, String name) {
        String text = f.text(name, 1, 10);
        if (!TIME.matcher(text).matches()) {
            throw f.fail(name, "field '" + f.path(name) + "' is '" + Fields.show(text)
                    + "', which is not a time of day; write it as HH:MM, like 07:30.");
        }
        return LocalTime.parse(text);
    }
}
