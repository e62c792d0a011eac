package io.loosen.progress.stats;

import static io.loosen.progress.stats.Sessions.on;
import static io.loosen.progress.stats.Sessions.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Practice per ISO week, Monday to Sunday. */
class WeeksTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-15");

    private static PracticeSession lasting(String day, int seconds) {
        return Sessions.session(LocalDate.parse(day).atTime(7, 30).atZone(Sessions.BERLIN),
                SessionStatus.COMPLETED, seconds);
    }

    @Nested
    class WhichWeek {
        @ParameterizedTest
        @CsvSource({
                "2026-06-15, 2026-06-15", // a Monday is its own week
                "2026-06-21, 2026-06-15", // Sunday ends the week
                "2026-06-22, 2026-06-22",
                "2026-12-31, 2026-12-28",
                "2027-01-01, 2026-12-28", // New Year's Day, in the week that began in December
                "2027-01-03, 2026-12-28",
                "2027-01-04, 2027-01-04",
                "2028-02-29, 2028-02-28"})
        void startsOnTheMondayOnOrBefore(LocalDate day, LocalDate monday) {
            assertThat(Weeks.mondayOf(day)).isEqualTo(monday);
        }

        @Test
        void keepsTheLastDaysOfDecemberAndTheFirstOfJanuaryInOneWeek() {
            List<PracticeSession> sessions = List.of(on("2026-12-28"), on("2026-12-31"), on("2027-01-01"),
                    on("2027-01-03"), on("2027-01-04"));

            WeekSummary week = Weeks.of(sessions, LocalDate.parse("2027-01-01"));

            assertThat(week.monday()).isEqualTo("2026-12-28");
            assertThat(week.sunday()).isEqualTo("2027-01-03");
            assertThat(week.isoWeek()).isEqualTo("2026-W53");
            assertThat(week.daysPractised()).isEqualTo(4);
            assertThat(week.sessions()).isEqualTo(4);
            assertThat(Weeks.of(sessions, LocalDate.parse("2027-01-04")).isoWeek()).isEqualTo("2027-W01");
        }

        @Test
        void placesASessionByItsLocalDayNotByUtc() {
            // Sunday evening in Los Angeles is already Monday in UTC; late Sunday in Berlin is Sunday in UTC.
            PracticeSession losAngeles = Sessions.at(
                    ZonedDateTime.of(2026, 6, 21, 20, 0, 0, 0, ZoneId.of("America/Los_Angeles")));
            PracticeSession berlin = Sessions.at("2026-06-22T00:30", "Europe/Berlin");

            assertThat(Weeks.of(List.of(losAngeles, berlin), MONDAY).sessions()).isEqualTo(1);
            assertThat(Weeks.of(List.of(losAngeles, berlin), MONDAY.plusWeeks(1)).sessions()).isEqualTo(1);
        }

        @Test
        void refusesASummaryThatDoesNotStartOnMonday() {
            assertThatIllegalArgumentException().isThrownBy(() -> WeekSummary.empty(LocalDate.parse("2026-06-16")));
        }
    }

    @Nested
    class Counts {
        @Test
        void countsDaysOnceAndEverySession() {
            List<PracticeSession> sessions = List.of(on("2026-06-15"), on("2026-06-15"), on("2026-06-17"),
                    on("2026-06-14"), on("2026-06-22"));

            WeekSummary week = Weeks.of(sessions, MONDAY);

            assertThat(week.daysPractised()).isEqualTo(2);
            assertThat(week.sessions()).isEqualTo(3);
            assertThat(week.activeSeconds()).isEqualTo(3 * Sessions.TEN_MINUTES);
            assertThat(week.minutes()).isEqualTo(30);
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "29, 0", "30, 1", "89, 1", "90, 2", "600, 10", "3629, 60"})
        void roundsMinutesToTheNearest(int seconds, int minutes) {
            assertThat(new WeekSummary(MONDAY, 1, 1, seconds, null, null).minutes()).isEqualTo(minutes);
        }

        @Test
        void roundsTheWeeksTotalRatherThanEachSession() {
            List<PracticeSession> sessions = List.of(lasting("2026-06-15", 50), lasting("2026-06-16", 50),
                    lasting("2026-06-17", 50), lasting("2026-06-18", 50), lasting("2026-06-19", 50));

            assertThat(Weeks.of(sessions, MONDAY).minutes()).isEqualTo(4);
        }

        @Test
        void leavesOutFalseStarts() {
            PracticeSession falseStart = Sessions.session(MONDAY.atTime(8, 0).atZone(Sessions.BERLIN),
                    SessionStatus.STOPPED, 12);

            WeekSummary week = Weeks.of(List.of(falseStart, on("2026-06-16")), MONDAY);

            assertThat(week.daysPractised()).isEqualTo(1);
            assertThat(week.sessions()).isEqualTo(1);
            assertThat(week.activeSeconds()).isEqualTo(Sessions.TEN_MINUTES);
        }

        @Test
        void isEmptyRatherThanNullWithoutPractice() {
            assertThat(Weeks.of(List.of(on("2026-01-05")), MONDAY)).isEqualTo(WeekSummary.empty(MONDAY));
            assertThat(Weeks.of(List.of(), MONDAY.plusDays(3))).isEqualTo(WeekSummary.empty(MONDAY));
        }

        @Test
        void listsOnlyWeeksWithPracticeOldestFirst() {
            List<PracticeSession> sessions = List.of(on("2026-06-24"), on("2026-06-01"), on("2026-06-02"),
                    on("2026-06-28"));

            assertThat(Weeks.all(sessions)).extracting(WeekSummary::monday, WeekSummary::sessions).containsExactly(
                    tuple(LocalDate.parse("2026-06-01"), 2),
                    tuple(LocalDate.parse("2026-06-22"), 2));
            assertThat(Weeks.all(List.of())).isEmpty();
        }
    }

    @Nested
    class Tension {
        @Test
        void averagesEachRatingOverTheSessionsThatGaveIt() {
            List<PracticeSession> sessions = List.of(rated(MONDAY, 6, 3), rated(MONDAY.plusDays(1), 4, null),
                    rated(MONDAY.plusDays(2), null, null), rated(MONDAY.plusDays(3), 5, 2));

            WeekSummary week = Weeks.of(sessions, MONDAY);

            assertThat(week.averageTensionBefore()).isEqualTo(5.0);
            assertThat(week.averageTensionAfter()).isEqualTo(2.5);
        }

        @Test
        void hasNoAveragesWithoutRatings() {
            WeekSummary week = Weeks.of(List.of(on(MONDAY)), MONDAY);

            assertThat(week.averageTensionBefore()).isNull();
            assertThat(week.averageTensionAfter()).isNull();
        }
    }
}
