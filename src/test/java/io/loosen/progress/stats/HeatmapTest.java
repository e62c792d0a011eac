package io.loosen.progress.stats;

import static io.loosen.progress.stats.Sessions.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data behind the twelve-week grid. */
class HeatmapTest {
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-06-17");

    private static List<Heatmap.Day> cells(Heatmap heatmap) {
        return heatmap.weeks().stream().flatMap(w -> w.days().stream()).toList();
    }

    @Test
    void showsTwelveWeeksOfSevenDaysEndingWithTodaysWeek() {
        Heatmap heatmap = Heatmap.of(List.of(), WEDNESDAY);

        assertThat(heatmap.weeks()).hasSize(12);
        assertThat(heatmap.weeks()).allSatisfy(week -> {
            assertThat(week.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.days()).extracting(Heatmap.Day::date)
                    .containsExactlyElementsOf(week.monday().datesUntil(week.monday().plusDays(7)).toList());
        });
        assertThat(heatmap.firstDay()).isEqualTo("2026-03-30");
        assertThat(heatmap.weeks().get(11).monday()).isEqualTo("2026-06-15");
        assertThat(cells(heatmap)).extracting(Heatmap.Day::date)
                .containsExactlyElementsOf(LocalDate.parse("2026-03-30").datesUntil(LocalDate.parse("2026-06-22")).toList());
    }

    @ParameterizedTest
    @CsvSource({"2026-06-15, 6", "2026-06-17, 4", "2026-06-21, 0"})
    void flagsOnlyTheDaysAfterToday(LocalDate today, int futureDays) {
        List<Heatmap.Day> cells = cells(Heatmap.of(List.of(), today));

        assertThat(cells).filteredOn(Heatmap.Day::future).hasSize(futureDays)
                .allSatisfy(day -> assertThat(day.date()).isAfter(today));
        assertThat(cells).filteredOn(day -> !day.future()).allSatisfy(day -> assertThat(day.date()).isBeforeOrEqualTo(today));
    }

    @Test
    void holdsEachDaysSessionsAndMinutes() {
        PracticeSession short1 = Sessions.session(WEDNESDAY.atTime(7, 0).atZone(Sessions.BERLIN), SessionStatus.COMPLETED, 100);
        PracticeSession short2 = Sessions.session(WEDNESDAY.atTime(19, 0).atZone(Sessions.BERLIN), SessionStatus.STOPPED, 80);

        Heatmap.Day today = Heatmap.of(List.of(short1, short2), WEDNESDAY).weeks().get(11).days().get(2);

        assertThat(today).isEqualTo(new Heatmap.Day(WEDNESDAY, 2, 180, false));
        assertThat(today.minutes()).isEqualTo(3);
        assertThat(today.practised()).isTrue();
    }

    @Test
    void sumsToTheSessionsInsideTheTwelveWeeksAndIgnoresTheRest() {
        List<PracticeSession> history = Sessions.daily(LocalDate.parse("2025-01-01"), WEDNESDAY);

        Heatmap heatmap = Heatmap.of(history, WEDNESDAY);

        int shownDays = (int) (WEDNESDAY.toEpochDay() - LocalDate.parse("2026-03-30").toEpochDay() + 1);
        assertThat(cells(heatmap).stream().mapToInt(Heatmap.Day::sessions).sum()).isEqualTo(shownDays);
        assertThat(cells(heatmap).stream().mapToInt(Heatmap.Day::activeSeconds).sum())
                .isEqualTo(shownDays * Sessions.TEN_MINUTES);
        assertThat(heatmap.weeks()).allSatisfy(week -> assertThat(week.activeSeconds())
                .isEqualTo(Weeks.of(history, week.monday()).activeSeconds()));
        assertThat(heatmap.maxMinutes()).isEqualTo(10);
    }

    @Test
    void isAllEmptyWithoutHistory() {
        Heatmap heatmap = Heatmap.of(List.of(), WEDNESDAY);

        assertThat(cells(heatmap)).hasSize(84).noneMatch(Heatmap.Day::practised);
        assertThat(heatmap.maxMinutes()).isZero();
    }

    @Test
    void showsPracticeDatedAfterTodayInAZoneAhead() {
        PracticeSession auckland = Sessions.at("2026-06-18T07:00", "Pacific/Auckland");

        Heatmap.Day thursday = Heatmap.of(List.of(auckland), WEDNESDAY).weeks().get(11).days().get(3);

        assertThat(thursday.future()).isTrue();
        assertThat(thursday.practised()).isTrue();
    }
}
