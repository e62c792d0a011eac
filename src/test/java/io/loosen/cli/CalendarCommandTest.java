package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.remind.DailyRoutine;
import io.loosen.remind.DeskBreaks;
import io.loosen.remind.Reminder;
import io.loosen.store.Database;
import io.loosen.system.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loosen calendar} writes a feed that an independent parser (Debian's python3-icalendar, installed by
 * .ci/run) reads back with the same events, recurrence rules and alarms.
 */
@Timeout(60)
class CalendarCommandTest {
    @TempDir
    Path home;

    List<Reminder> store(CliRun cli, Reminder... reminders) {
        List<Reminder> stored = new ArrayList<>();
        try (Database db = Database.open(null, cli.environment())) {
            for (Reminder r : reminders) {
                stored.add(db.reminders().create(r));
            }
        }
        return stored;
    }

    static JsonNode readBack(Path ics) throws IOException, InterruptedException {
        Path script = Path.of("src/test/resources/io/loosen/remind/read_ics.py");
        Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), ics.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as("python3-icalendar read the file").isZero();
        return Json.mapper().readTree(out);
    }

    @Test
    void everyScheduleBecomesRecurringEventsWithAlarmsThatAnotherParserReadsBack() throws Exception {
        CliRun cli = CliRun.in(home).with("TZ", "Europe/Berlin");
        List<Reminder> stored = store(cli,
                Reminder.of("daily", new DailyRoutine(LocalTime.of(7, 30), EnumSet.of(DayOfWeek.MONDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))),
                Reminder.of("desk-break", new DeskBreaks(120, LocalTime.of(9, 0), LocalTime.of(13, 0),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))));
        Path file = home.resolve("loosen.ics");

        var result = cli.run("calendar", "--output", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("wrote 2 reminders to " + file);
        assertThat(Files.readString(file)).contains("\r\n").startsWith("BEGIN:VCALENDAR");
        JsonNode cal = readBack(file);
        assertThat(cal.path("version").asText()).isEqualTo("2.0");
        JsonNode events = cal.path("events");
        assertThat(events).hasSize(3); // 07:30, and desk breaks at 11:00 and 13:00

        JsonNode daily = events.get(0);
        assertThat(daily.path("uid").asText()).isEqualTo(stored.get(0).id() + "-0730@loosen");
        assertThat(daily.path("summary").asText()).isEqualTo("Stretch: Daily loosen-up");
        assertThat(daily.path("rrule").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assertThat(daily.path("floating").asBoolean()).isTrue();
        assertThat(daily.path("start").asText()).endsWith("T07:30:00");
        LocalDate start = LocalDate.parse(daily.path("start").asText().substring(0, 10));
        assertThat(start.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(daily.path("next")).hasSize(3);
        assertThat(daily.path("duration").asInt()).isPositive();
        assertThat(daily.path("description").asText()).contains("\n1. ").contains("\n2. ");
        assertThat(daily.path("alarms")).hasSize(1);
        assertThat(daily.path("alarms").get(0).path("action").asText()).isEqualTo("DISPLAY");
        assertThat(daily.path("alarms").get(0).path("trigger").asInt()).isZero();

        assertThat(events.get(1).path("summary").asText()).startsWith("Desk break: ");
        assertThat(events.get(1).path("start").asText()).endsWith("T11:00:00");
        assertThat(events.get(2).path("start").asText()).endsWith("T13:00:00");
        assertThat(events.get(2).path("rrule").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
        assertThat(events.get(2).path("alarms").get(0).path("description").asText()).startsWith("Desk break: ");
    }

    @Test
    void aPauseStartsTheEventsOnTheDayRemindersComeBack() throws Exception {
        CliRun cli = CliRun.in(home);
        store(cli, Reminder.of("daily", new DailyRoutine(LocalTime.of(18, 0), EnumSet.allOf(DayOfWeek.class))));
        try (Database db = Database.open(null, cli.environment())) {
            db.reminders().pauseUntil(LocalDate.of(2099, 3, 4));
        }
        var result = cli.run("calendar");
        assertThat(result.exitCode()).isZero();
        Path file = home.resolve("out.ics");
        Files.writeString(file, result.out());
        assertThat(readBack(file).path("events").get(0).path("start").asText()).isEqualTo("2099-03-04T18:00:00");
    }

    @Test
    void noRemindersIsAnEmptyCalendarNotAnError() throws Exception {
        var result = CliRun.in(home).run("calendar");
        assertThat(result.exitCode()).isZero();
        Path file = home.resolve("out.ics");
        Files.writeString(file, result.out());
        assertThat(readBack(file).path("events")).isEmpty();
    }

    @Test
    void aFolderIsNoOutputFile() {
        var result = CliRun.in(home).run("calendar", "--output", home.toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("is a folder");
    }
}
