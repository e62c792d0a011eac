package io.loosen.progress.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Current and longest streak: calendar days where each session happened. */
class StreaksTest {

    private static List<LocalDate> days(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static Streak streak(List<PracticeSession> sessions, String today) {
        return Streaks.of(PractisedDays.of(sessions), PractisedDays.lostToTravel(sessions), LocalDate.parse(today));
    }

    @Nested
    class WithoutHistory {
        @Test
        void isZeroWithNoDates() {
            Streak streak = Streaks.of(List.of(), LocalDate.parse("2026-06-15"));

            assertThat(streak).isEqualTo(Streak.NONE);
            assertThat(streak.current()).isZero();
            assertThat(streak.longest()).isZero();
            assertThat(streak.longestEnd()).isNull();
            assertThat(streak.longestStart()).isNull();
            assertThat(streak.lastDay()).isNull();
            assertThat(streak.practisedOn(LocalDate.parse("2026-06-15"))).isFalse();
        }

        @Test
        void isZeroWhenEverySessionWasAFalseStart() {
            PracticeSession falseStart = Sessions.session(
                    ZonedDateTime.of(2026, 6, 15, 7, 0, 0, 0, Sessions.BERLIN), SessionStatus.STOPPED, 10);

            assertThat(streak(List.of(falseStart), "2026-06-15")).isEqualTo(Streak.NONE);
        }
    }

    @Nested
    class Current {
        @Test
        void countsTheRunEndingToday() {
            Streak streak = Streaks.of(days("2026-06-13", "2026-06-14", "2026-06-15"), LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isEqualTo(3);
            assertThat(streak.practisedOn(LocalDate.parse("2026-06-15"))).isTrue();
        }

        @Test
        void staysAliveThroughTodayWhenTheRunEndedYesterday() {
            Streak streak = Streaks.of(days("2026-06-13", "2026-06-14"), LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isEqualTo(2);
            assertThat(streak.practisedOn(LocalDate.parse("2026-06-15"))).isFalse();
        }

        @Test
        void isBrokenOnceAWholeDayPassedWithoutPractice() {
            Streak streak = Streaks.of(days("2026-06-12", "2026-06-13"), LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isZero();
            assertThat(streak.longest()).isEqualTo(2);
            assertThat(streak.lastDay()).isEqualTo("2026-06-13");
        }

        @Test
        void countsOnlyTheRunAfterTheLastGap() {
            Streak streak = Streaks.of(days("2026-06-10", "2026-06-11", "2026-06-12", "2026-06-14", "2026-06-15"),
                    LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isEqualTo(2);
            assertThat(streak.longest()).isEqualTo(3);
        }

        @Test
        void countsSeveralSessionsOnADayAsOneDay() {
            List<PracticeSession> sessions = List.of(Sessions.on("2026-06-14"), Sessions.on("2026-06-15"),
                    Sessions.on("2026-06-15"), Sessions.on("2026-06-15"));

            assertThat(streak(sessions, "2026-06-15").current()).isEqualTo(2);
            assertThat(Streaks.of(days("2026-06-15", "2026-06-15"), LocalDate.parse("2026-06-15")).current())
                    .isEqualTo(1);
        }

        @Test
        void doesNotCareInWhichOrderTheDaysCome() {
            Streak streak = Streaks.of(days("2026-06-15", "2026-06-13", "2026-06-14"), LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isEqualTo(3);
        }

        @Test
        void includesADayAheadOfTodayFromAZoneAheadOfTheUsersOwn() {
            // Practised on the 16th in Auckland; the user is now in Los Angeles, where it is still the 15th.
            Streak streak = Streaks.of(days("2026-06-14", "2026-06-15", "2026-06-16"), LocalDate.parse("2026-06-15"));

            assertThat(streak.current()).isEqualTo(3);
            assertThat(streak.practisedOn(LocalDate.parse("2026-06-15"))).isTrue();
        }
    }

    @Nested
    class Longest {
        @Test
        void findsTheLongestRunAndWhereItStartsAndEnds() {
            Streak streak = Streaks.of(days("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04",
                    "2026-02-01", "2026-02-02", "2026-06-15"), LocalDate.parse("2026-06-15"));

            assertThat(streak.longest()).isEqualTo(4);
            assertThat(streak.longestStart()).isEqualTo("2026-01-01");
            assertThat(streak.longestEnd()).isEqualTo("2026-01-04");
            assertThat(streak.current()).isEqualTo(1);
        }

        @Test
        void namesTheLatestRunWhenTwoAreEquallyLong() {
            Streak streak = Streaks.of(days("2026-01-01", "2026-01-02", "2026-03-01", "2026-03-02"),
                    LocalDate.parse("2026-06-15"));

            assertThat(streak.longest()).isEqualTo(2);
            assertThat(streak.longestEnd()).isEqualTo("2026-03-02");
        }

        @Test
        void neverFallsBelowTheCurrentRun() {
            Streak streak = Streaks.of(days("2026-06-14", "2026-06-15"), LocalDate.parse("2026-06-15"));

            assertThat(streak.longest()).isEqualTo(streak.current()).isEqualTo(2);
            assertThat(streak.longestEnd()).isEqualTo("2026-06-15");
        }
    }

    /**
     * Days of 23 and 25 hours. Sessions are placed at wall-clock times around the change, including a time
     * that does not exist (skipped forward: Java moves it on by the gap) and one that happens twice
     * (both of its instants are used). Each date counts once and the run stays unbroken.
     */
    @Nested
    class DaylightSavingTime {
        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({
                "Europe/Berlin, 2026-03-29", // spring forward: 02:00 -> 03:00, a 23-hour day
                "Europe/Berlin, 2026-10-25", // fall back: 03:00 -> 02:00, a 25-hour day
                "America/New_York, 2026-03-08", // spring forward: 02:00 -> 03:00
                "America/New_York, 2026-11-01" // fall back: 02:00 -> 01:00
        })
        void neitherBreaksNorDoublesTheStreak(String zoneName, LocalDate change) {
            ZoneId zone = ZoneId.of(zoneName);
            assertThat(zone.getRules().isDaylightSavings(change.atStartOfDay(zone).toInstant()))
                    .as("the clocks change during " + change)
                    .isNotEqualTo(zone.getRules().isDaylightSavings(change.plusDays(1).atStartOfDay(zone).toInstant()));
            List<PracticeSession> sessions = new ArrayList<>();
            sessions.add(Sessions.at(change.minusDays(1).atTime(23, 30).atZone(zone)));
            for (String time : List.of("00:30", "01:30", "02:30", "03:30", "23:30")) {
                ZonedDateTime start = LocalDateTime.of(change, LocalTime.parse(time)).atZone(zone);
                sessions.add(Sessions.at(start.withEarlierOffsetAtOverlap()));
                sessions.add(Sessions.at(start.withLaterOffsetAtOverlap()));
            }
            sessions.add(Sessions.at(change.plusDays(1).atTime(0, 30).atZone(zone)));

            assertThat(PractisedDays.of(sessions)).containsExactly(change.minusDays(1), change, change.plusDays(1));
            Streak streak = Streaks.of(PractisedDays.of(sessions), change.plusDays(1));
            assertThat(streak.current()).isEqualTo(3);
            assertThat(streak.longest()).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({
                "Europe/Berlin, 2026-03-29", "Europe/Berlin, 2026-10-25",
                "America/New_York, 2026-03-08", "America/New_York, 2026-11-01"})
        void keepsADailyMorningRoutineGoingAcrossTheChange(String zoneName, LocalDate change) {
            ZoneId zone = ZoneId.of(zoneName);
            List<PracticeSession> sessions = new ArrayList<>();
            for (LocalDate day = change.minusDays(3); !day.isAfter(change.plusDays(3)); day = day.plusDays(1)) {
                sessions.add(Sessions.at(day.atTime(7, 0).atZone(zone)));
            }

            assertThat(streak(sessions, change.plusDays(3).toString()).current()).isEqualTo(7);
        }
    }

    /**
     * Each session counts for the date on the wall clock where it happened, whatever the hours between.
     * Flying east over the date line lives a date twice: practising on both counts one day. Flying west
     * skips a date: nobody could practise on it where they were, and the streak breaks as for any missed
     * date (chosen so that a streak can always be checked against the calendar, never by elapsed hours).
     */
    @Nested
    class AcrossTheDateLine {
        private static final String AUCKLAND = "Pacific/Auckland";
        private static final String LOS_ANGELES = "America/Los_Angeles";
        private static final String HONOLULU = "Pacific/Honolulu";

        @Test
        void countsTheSameDateOnBothSidesOfAnEastboundFlightOnce() {
            PracticeSession auckland = Sessions.at("2026-06-10T08:00", AUCKLAND);
            PracticeSession losAngeles = Sessions.at("2026-06-10T09:00", LOS_ANGELES);
            assertThat(Duration.between(auckland.startedAt(), losAngeles.startedAt())).isEqualTo(Duration.ofHours(20));

            List<PracticeSession> sessions = List.of(Sessions.at("2026-06-09T08:00", AUCKLAND), auckland, losAngeles,
                    Sessions.at("2026-06-11T08:00", LOS_ANGELES));

            assertThat(PractisedDays.of(sessions)).hasSize(3);
            assertThat(streak(sessions, "2026-06-11").current()).isEqualTo(3);
        }

        @Test
        void linksConsecutiveDatesLessThanADayApartAfterAnEastboundFlight() {
            PracticeSession auckland = Sessions.at("2026-06-10T23:00", AUCKLAND);
            PracticeSession losAngeles = Sessions.at("2026-06-11T03:00", LOS_ANGELES);
            assertThat(Duration.between(auckland.startedAt(), losAngeles.startedAt())).isEqualTo(Duration.ofHours(23));

            assertThat(streak(List.of(auckland, losAngeles), "2026-06-11").current()).isEqualTo(2);
        }

        @Test
        void keepsGoingWhenAWestboundFlightSkipsTheDateInBetweenWithoutCountingThatDate() {
            // Left Honolulu on the evening of the 10th, landed in Auckland on the morning of the 12th.
            PracticeSession honolulu = Sessions.at("2026-06-10T20:00", HONOLULU);
            PracticeSession auckland = Sessions.at("2026-06-12T07:00", AUCKLAND);
            assertThat(Duration.between(honolulu.startedAt(), auckland.startedAt())).isEqualTo(Duration.ofHours(13));

            Streak streak = streak(List.of(Sessions.at("2026-06-09T20:00", HONOLULU), honolulu, auckland), "2026-06-12");

            assertThat(PractisedDays.lostToTravel(List.of(honolulu, auckland))).containsExactly(LocalDate.parse("2026-06-11"));
            assertThat(streak.current()).isEqualTo(3);
            assertThat(streak.longest()).isEqualTo(3);
        }

        @Test
        void aTwoDayGapAtHomeIsStillABreak() {
            List<PracticeSession> sessions = List.of(Sessions.at("2026-06-10T20:00", HONOLULU),
                    Sessions.at("2026-06-12T07:00", HONOLULU));
            assertThat(PractisedDays.lostToTravel(sessions)).isEmpty();
            assertThat(streak(sessions, "2026-06-12").current()).isEqualTo(1);
        }

        @Test
        void aStreakStaysAliveTodayWhenYesterdayWasLostToTheFlight() {
            List<PracticeSession> sessions = List.of(Sessions.at("2026-06-09T20:00", HONOLULU),
                    Sessions.at("2026-06-10T20:00", HONOLULU));
            Streak streak = Streaks.of(PractisedDays.of(sessions), java.util.Set.of(LocalDate.parse("2026-06-11")),
                    LocalDate.parse("2026-06-12"));
            assertThat(streak.current()).isEqualTo(2);
        }

        @Test
        void keepsAStreakAliveWhenTheLastSessionIsDatedTomorrowWhereTheUserIsNow() {
            // Practised in Auckland on the 11th; the user is now in Honolulu, where today is still the 10th.
            List<PracticeSession> sessions = List.of(Sessions.at("2026-06-10T08:00", AUCKLAND),
                    Sessions.at("2026-06-11T08:00", AUCKLAND));

            assertThat(streak(sessions, "2026-06-10").current()).isEqualTo(2);
        }
    }

    @Nested
    class AcrossMidnight {
        @Test
        void countsASessionFrom2350To0020ForTheDayItStarted() {
            PracticeSession lateNight = Sessions.session(
                    ZonedDateTime.of(2026, 6, 14, 23, 50, 0, 0, Sessions.BERLIN), SessionStatus.COMPLETED, 30 * 60);
            List<PracticeSession> sessions = List.of(Sessions.on("2026-06-13"), lateNight);

            Streak streak = streak(sessions, "2026-06-15");

            assertThat(streak.current()).isEqualTo(2);
            assertThat(streak.lastDay()).isEqualTo("2026-06-14");
            assertThat(streak.practisedOn(LocalDate.parse("2026-06-15"))).isFalse();
        }
    }

    @Nested
    class LeapDays {
        @ParameterizedTest
        @CsvSource({
                "2028-02-28, 2028-03-01, 3", // leap year: the 29th lies between
                "2027-02-28, 2027-03-01, 2", // common year: the 1st follows the 28th
                "2024-02-29, 2024-03-01, 2",
                "2100-02-28, 2100-03-01, 2" // not a leap year, though divisible by four
        })
        void countsEveryCalendarDayBetweenOnce(LocalDate first, LocalDate last, int days) {
            Streak streak = streak(Sessions.daily(first, last), last.toString());

            assertThat(streak.current()).isEqualTo(days);
            assertThat(streak.longest()).isEqualTo(days);
        }

        @Test
        void breaksWhenTheLeapDayIsMissed() {
            Streak streak = streak(List.of(Sessions.on("2028-02-28"), Sessions.on("2028-03-01")), "2028-03-01");

            assertThat(streak.current()).isEqualTo(1);
        }
    }

    @Nested
    class TenYearsOfDailyPractice {
        private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
        private static final LocalDate FIRST = TODAY.minusYears(10);
        private final List<PracticeSession> history = Sessions.daily(FIRST, TODAY);

        @Test
        void countsAllThreeThousandSixHundredAndFiftyThreeDays() {
            assertThat(history).hasSize(3653);

            Streak streak = streak(history, TODAY.toString());

            assertThat(streak).isEqualTo(new Streak(3653, 3653, TODAY, TODAY));
            assertThat(streak.longestStart()).isEqualTo(FIRST);
        }

        @Test
        void isStillAliveBeforeTodaysSession() {
            Streak streak = streak(history, TODAY.plusDays(1).toString());

            assertThat(streak.current()).isEqualTo(3653);
        }

        @Test
        void restartsAfterOneMissedDayInTheMiddle() {
            LocalDate missed = FIRST.plusDays(1826);
            List<PracticeSession> withGap = history.stream().filter(s -> !s.day().equals(missed)).toList();

            Streak streak = streak(withGap, TODAY.toString());

            assertThat(streak.current()).isEqualTo(1826);
            assertThat(streak.longest()).isEqualTo(1826);
            assertThat(streak.longestEnd()).isEqualTo(TODAY);
        }

        @Test
        void remembersTheLongestRunAfterItBreaks() {
            LocalDate missed = TODAY.minusDays(10);
            List<PracticeSession> withGap = history.stream().filter(s -> !s.day().equals(missed)).toList();

            Streak streak = streak(withGap, TODAY.toString());

            assertThat(streak.current()).isEqualTo(10);
            assertThat(streak.longest()).isEqualTo(3642);
            assertThat(streak.longestEnd()).isEqualTo(missed.minusDays(1));
        }
    }
}
