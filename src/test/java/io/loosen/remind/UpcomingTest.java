package io.loosen.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpcomingTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static Reminder daily(String id, String time, Set<DayOfWeek> days) {
        return new Reminder(id, "daily", new DailyRoutine(LocalTime.parse(time), days), null, null);
    }

    static Reminders book(Reminder... reminders) {
        return new Reminders(List.of(reminders), null);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static List<Instant> times(List<Due> dues) {
        return dues.stream().map(Due::at).toList();
    }

    static PracticeSession completed(String routine, Instant start, Duration length, ZoneId zone) {
        return new PracticeSession(UUID.randomUUID(), routine, routine, start, start.plus(length), zone,
                SessionStatus.COMPLETED, (int) length.toSeconds(), null, null, null, List.of());
    }

    @Nested
    class DaylightSaving {
        @Test
        void aReminderInTheSpringForwardGapFiresOnceWhenTheClocksJump() {
            // 2026-03-08 in New York: 02:00 EST becomes 03:00 EDT; 02:30 never happens.
            var dues = Upcoming.between(book(daily("r", "02:30", EVERY_DAY)), Practice.NONE, NEW_YORK,
                    at("2026-03-07T12:00", NEW_YORK), at("2026-03-09T12:00", NEW_YORK));
            assertThat(times(dues)).containsExactly(
                    Instant.parse("2026-03-08T07:00:00Z"),   // the 8th, at the jump: 03:00 EDT
                    Instant.parse("2026-03-09T06:30:00Z"));  // the 9th, 02:30 EDT
            assertThat(dues.get(0).at().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        }

        @Test
        void theGapInEuropeFiresAtThreeToo() {
            var dues = Upcoming.next(book(daily("r", "02:30", EVERY_DAY)), Practice.NONE, BERLIN,
                    at("2026-03-29T00:00", BERLIN), 1);
            assertThat(times(dues)).containsExactly(Instant.parse("2026-03-29T01:00:00Z"));
            assertThat(dues.get(0).at().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        }

        @Test
        void aReminderInTheRepeatedFallBackHourFiresOnceAtItsFirstOccurrence() {
            // 2026-11-01 in New York: 01:00–02:00 happens twice (EDT, then EST).
            var dues = Upcoming.between(book(daily("r", "01:30", EVERY_DAY)), Practice.NONE, NEW_YORK,
                    at("2026-11-01T00:00", NEW_YORK), at("2026-11-01T23:00", NEW_YORK));
            assertThat(times(dues)).containsExactly(Instant.parse("2026-11-01T05:30:00Z"));
        }

        @Test
        void deskBreaksThroughTheGapFireOnceAtTheJumpAndKeepTheirWallClockTimes() {
            var breaks = new Reminder("b", "desk-break", new DeskBreaks(20, LocalTime.of(1, 30), LocalTime.of(3, 30),
                    EVERY_DAY), null, null);
            var dues = Upcoming.between(book(breaks), Practice.NONE, NEW_YORK, at("2026-03-08T00:00", NEW_YORK),
                    at("2026-03-08T12:00", NEW_YORK));
            // 01:50, then 02:10 and 02:30 and 02:50 all fall in the gap: one reminder at the jump (03:00).
            assertThat(dues).extracting(d -> d.at().atZone(NEW_YORK).toLocalTime().toString())
                    .containsExactly("01:50", "03:00", "03:10", "03:30");
        }

        @Test
        void desksBreaksInTheRepeatedHourFireOnceEach() {
            var breaks = new Reminder("b", "desk-break", new DeskBreaks(15, LocalTime.of(0, 45), LocalTime.of(2, 15),
                    EVERY_DAY), null, null);
            var dues = Upcoming.between(book(breaks), Practice.NONE, NEW_YORK, at("2026-11-01T00:00", NEW_YORK),
                    at("2026-11-01T12:00", NEW_YORK));
            assertThat(dues).extracting(d -> d.at().atZone(NEW_YORK).toLocalTime().toString())
                    .containsExactly("01:00", "01:15", "01:30", "01:45", "02:00", "02:15");
            assertThat(times(dues)).isSorted().doesNotHaveDuplicates();
        }
    }

    @Nested
    class ZoneChange {
        @Test
        void theSameScheduleFollowsTheUserIntoTheirNewZone() {
            var reminders = book(daily("r", "07:00", EVERY_DAY));
            Instant now = Instant.parse("2026-06-10T12:00:00Z");
            assertThat(times(Upcoming.next(reminders, Practice.NONE, BERLIN, now, 1)))
                    .containsExactly(Instant.parse("2026-06-11T05:00:00Z"));
            assertThat(times(Upcoming.next(reminders, Practice.NONE, NEW_YORK, now, 1)))
                    .containsExactly(Instant.parse("2026-06-11T11:00:00Z"));
        }

        @Test
        void flyingWestTheSameMorningCanMeanASecondSevenOClock() {
            // 07:00 in Berlin fired at 05:00Z; the user lands in New York, where 07:00 is still to come today.
            var reminders = book(daily("r", "07:00", EVERY_DAY));
            Instant landed = Instant.parse("2026-06-10T09:00:00Z");
            assertThat(times(Upcoming.next(reminders, Practice.NONE, NEW_YORK, landed, 1)))
                    .containsExactly(Instant.parse("2026-06-10T11:00:00Z"));
        }

        @Test
        void aRoutineDoneBeforeTheFlightStillCountsForTheDayInTheNewZone() {
            var reminders = book(daily("r", "07:00", EVERY_DAY));
            var done = new Practice(List.of(completed("daily", Instant.parse("2026-06-10T06:00:00Z"),
                    Duration.ofMinutes(10), BERLIN)));
            assertThat(times(Upcoming.next(reminders, done, NEW_YORK, Instant.parse("2026-06-10T09:00:00Z"), 1)))
                    .containsExactly(Instant.parse("2026-06-11T11:00:00Z"));
        }

        @Test
        void skippingTodayMeansTheLocalDayInTheZoneOfTheMoment() {
            var skipped = daily("r", "23:30", EVERY_DAY).skipping(LocalDate.parse("2026-06-10"));
            Instant now = Instant.parse("2026-06-10T12:00:00Z");
            // In Berlin the 10th's 23:30 is skipped; in Tokyo 23:30 on the 10th was already past, the 11th fires.
            assertThat(times(Upcoming.next(book(skipped), Practice.NONE, BERLIN, now, 1)))
                    .containsExactly(at("2026-06-11T23:30", BERLIN));
            assertThat(times(Upcoming.next(book(skipped), Practice.NONE, ZoneId.of("Asia/Tokyo"), now, 1)))
                    .containsExactly(at("2026-06-11T23:30", ZoneId.of("Asia/Tokyo")));
        }
    }

    @Nested
    class Choices {
        final Instant wednesdayNoon = at("2026-06-10T12:00", BERLIN);

        @Test
        void firesOnlyOnTheChosenWeekdays() {
            var dues = Upcoming.next(book(daily("r", "08:00", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))),
                    Practice.NONE, BERLIN, wednesdayNoon, 3);
            assertThat(times(dues)).containsExactly(at("2026-06-11T08:00", BERLIN), at("2026-06-15T08:00", BERLIN),
                    at("2026-06-18T08:00", BERLIN));
        }

        @Test
        void desksBreaksComeEveryNMinutesInsideWorkingHoursOnWorkdays() {
            var breaks = new Reminder("b", "desk-break", new DeskBreaks(50, LocalTime.of(9, 0), LocalTime.of(17, 30),
                    WORKDAYS), null, null);
            var dues = Upcoming.between(book(breaks), Practice.NONE, BERLIN, at("2026-06-12T00:00", BERLIN),
                    at("2026-06-15T10:00", BERLIN));
            assertThat(dues).extracting(d -> d.at().atZone(BERLIN).toLocalDateTime().toString()).containsExactly(
                    "2026-06-12T09:50", "2026-06-12T10:40", "2026-06-12T11:30", "2026-06-12T12:20",
                    "2026-06-12T13:10", "2026-06-12T14:00", "2026-06-12T14:50", "2026-06-12T15:40",
                    "2026-06-12T16:30", "2026-06-12T17:20", "2026-06-15T09:50");
            assertThat(dues).allSatisfy(d -> assertThat(d.routineId()).isEqualTo("desk-break"));
        }

        @Test
        void aSnoozeAddsOneReminderAfterTheChosenMinutes() {
            for (Snooze snooze : Snooze.values()) {
                var snoozed = daily("r", "12:00", EVERY_DAY).snoozed(wednesdayNoon, snooze);
                var dues = Upcoming.next(book(snoozed), Practice.NONE, BERLIN, wednesdayNoon, 2);
                assertThat(dues).containsExactly(
                        new Due("r", "daily", wednesdayNoon.plus(Duration.ofMinutes(snooze.minutes())), true),
                        new Due("r", "daily", at("2026-06-11T12:00", BERLIN), false));
            }
        }

        @Test
        void aSnoozeLandingOnAScheduledTimeRemindsOnce() {
            var snoozed = daily("r", "12:10", EVERY_DAY).snoozed(wednesdayNoon, Snooze.TEN);
            assertThat(Upcoming.between(book(snoozed), Practice.NONE, BERLIN, wednesdayNoon,
                    at("2026-06-10T13:00", BERLIN))).containsExactly(
                    new Due("r", "daily", at("2026-06-10T12:10", BERLIN), false));
        }

        @Test
        void skippingTodayQuietsTheRestOfTodayAndItsSnoozeButNotTomorrow() {
            var skipped = daily("r", "18:00", EVERY_DAY).snoozed(wednesdayNoon, Snooze.THIRTY)
                    .skipping(LocalDate.parse("2026-06-10"));
            assertThat(times(Upcoming.next(book(skipped), Practice.NONE, BERLIN, wednesdayNoon, 1)))
                    .containsExactly(at("2026-06-11T18:00", BERLIN));
        }

        @Test
        void aPauseQuietsEveryReminderUntilItsDateAndOnlyThen() {
            var paused = new Reminders(List.of(daily("a", "08:00", EVERY_DAY), daily("b", "20:00", EVERY_DAY)
                    .snoozed(wednesdayNoon, Snooze.FIVE)), LocalDate.parse("2026-06-13"));
            var dues = Upcoming.next(paused, Practice.NONE, BERLIN, wednesdayNoon, 2);
            assertThat(dues).containsExactly(new Due("a", "daily", at("2026-06-13T08:00", BERLIN), false),
                    new Due("b", "daily", at("2026-06-13T20:00", BERLIN), false));
        }

        @Test
        void aPauseFarInTheFutureFindsNothingRatherThanSearchingForever() {
            var paused = new Reminders(List.of(daily("a", "08:00", EVERY_DAY)), LocalDate.parse("9999-01-01"));
            assertThat(Upcoming.next(paused, Practice.NONE, BERLIN, wednesdayNoon, 5)).isEmpty();
        }

        @Test
        void noRemindersMeansNothingDue() {
            assertThat(Upcoming.next(book(), Practice.NONE, BERLIN, wednesdayNoon, 5)).isEmpty();
        }
    }

    @Nested
    class AlreadySatisfied {
        final Instant morning = at("2026-06-10T06:00", BERLIN);

        @Test
        void theDailyRoutineDoneTodayIsNotRemindedAgainToday() {
            var done = new Practice(List.of(completed("daily", at("2026-06-10T07:00", BERLIN), Duration.ofMinutes(9),
                    BERLIN)));
            assertThat(times(Upcoming.next(book(daily("r", "19:00", EVERY_DAY)), done, BERLIN, morning, 1)))
                    .containsExactly(at("2026-06-11T19:00", BERLIN));
        }

        @Test
        void anotherRoutineOrAStoppedSessionDoesNotSatisfyIt() {
            var other = completed("desk-break", at("2026-06-10T07:00", BERLIN), Duration.ofMinutes(3), BERLIN);
            var stopped = completed("daily", at("2026-06-10T07:00", BERLIN), Duration.ofMinutes(3), BERLIN);
            stopped = stopped.withProgress(stopped.endedAt(), SessionStatus.STOPPED, 60, List.of());
            assertThat(times(Upcoming.next(book(daily("r", "19:00", EVERY_DAY)), new Practice(List.of(other, stopped)),
                    BERLIN, morning, 1))).containsExactly(at("2026-06-10T19:00", BERLIN));
        }

        @Test
        void aDeskBreakIsSatisfiedByAnyStretchSinceThePreviousBreak() {
            var breaks = new Reminder("b", "desk-break", new DeskBreaks(60, LocalTime.of(9, 0), LocalTime.of(13, 0),
                    EVERY_DAY), null, null);
            var done = new Practice(List.of(completed("daily", at("2026-06-10T10:20", BERLIN), Duration.ofMinutes(5),
                    BERLIN)));
            assertThat(Upcoming.between(book(breaks), done, BERLIN, morning, at("2026-06-10T14:00", BERLIN)))
                    .extracting(d -> d.at().atZone(BERLIN).toLocalTime().toString())
                    .containsExactly("10:00", "12:00", "13:00");
        }
    }

    @Nested
    class Rules {
        @Test
        void aScheduleNeedsWeekdaysAndSensibleHours() {
            assertThatThrownBy(() -> new DailyRoutine(LocalTime.NOON, Set.of())).hasMessageContaining("weekday");
            assertThatThrownBy(() -> new DeskBreaks(4, LocalTime.of(9, 0), LocalTime.of(17, 0), WORKDAYS))
                    .hasMessageContaining("5–480");
            assertThatThrownBy(() -> new DeskBreaks(481, LocalTime.of(9, 0), LocalTime.of(17, 0), WORKDAYS))
                    .hasMessageContaining("5–480");
            assertThatThrownBy(() -> new DeskBreaks(30, LocalTime.of(17, 0), LocalTime.of(9, 0), WORKDAYS))
                    .hasMessageContaining("end after");
            assertThatThrownBy(() -> Reminder.of(" ", new DailyRoutine(LocalTime.NOON, WORKDAYS)))
                    .hasMessageContaining("routine");
        }

        @Test
        void timesAreKeptToTheMinute() {
            assertThat(new DailyRoutine(LocalTime.of(7, 15, 42, 9), WORKDAYS).at()).isEqualTo(LocalTime.of(7, 15));
        }

        @Test
        void breaksNearMidnightDoNotWrapIntoTheNextDay() {
            assertThat(new DeskBreaks(480, LocalTime.of(0, 0), LocalTime.of(23, 59), WORKDAYS).times())
                    .containsExactly(LocalTime.of(8, 0), LocalTime.of(16, 0));
            assertThat(new DeskBreaks(5, LocalTime.of(23, 50), LocalTime.of(23, 59), WORKDAYS).times())
                    .containsExactly(LocalTime.of(23, 55));
        }

        @Test
        void snoozeChoicesAreFiveTenAndThirtyMinutes() {
            assertThat(Snooze.ofMinutes(10)).contains(Snooze.TEN);
            assertThat(Snooze.ofMinutes(15)).isEmpty();
        }
    }

    @Test
    void aRemindersLocalTimeIsKeptOnOrdinaryDays() {
        ZonedDateTime when = Upcoming.next(book(daily("r", "07:45", EVERY_DAY)), Practice.NONE, BERLIN,
                Instant.parse("2026-01-01T00:00:00Z"), 1).get(0).at().atZone(BERLIN);
        assertThat(when.toLocalDateTime().toString()).isEqualTo("2026-01-01T07:45");
    }
}
