package io.loosen.progress.stats;

import static io.loosen.progress.stats.Sessions.on;
import static io.loosen.progress.stats.Sessions.rated;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one call behind {@code loosen stats} and the web app's progress page. */
class ProgressReportTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2026-06-18");
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-15");

    @Test
    void reportsNothingWithoutHistory() {
        ProgressReport report = ProgressReport.of(List.of(), THURSDAY);

        assertThat(report.streak()).isEqualTo(Streak.NONE);
        assertThat(report.thisWeek()).isEqualTo(WeekSummary.empty(MONDAY));
        assertThat(report.lastWeek()).isEqualTo(WeekSummary.empty(MONDAY.minusWeeks(1)));
        assertThat(report.tension()).isEqualTo(TensionTrend.NONE);
        assertThat(report.recent().weeks()).hasSize(12);
        assertThat(report.recent().maxMinutes()).isZero();
    }

    @Test
    void setsThisWeekAgainstLastWeek() {
        List<PracticeSession> history = List.of(
                rated(LocalDate.parse("2026-06-08"), 7, 5), rated(LocalDate.parse("2026-06-10"), 6, 4),
                on("2026-06-12"), on("2026-06-14"),
                rated(MONDAY, 5, 2), on("2026-06-16"), on("2026-06-16"));

        ProgressReport report = ProgressReport.of(history, THURSDAY);

        assertThat(report.lastWeek()).isEqualTo(new WeekSummary(LocalDate.parse("2026-06-08"), 4, 4, 2400, 6.5, 4.5));
        assertThat(report.thisWeek()).isEqualTo(new WeekSummary(MONDAY, 2, 3, 1800, 5.0, 2.0));
        assertThat(report.streak().current()).isZero();
        assertThat(report.streak().lastDay()).isEqualTo("2026-06-16");
    }

    @Test
    void judgesTensionOverTheTwelveWeeksShown() {
        List<PracticeSession> history = new ArrayList<>();
        history.add(rated(LocalDate.parse("2025-01-08"), 10, 10)); // long ago: outside the window
        history.add(rated(MONDAY.minusWeeks(2), 6, 5));
        history.add(rated(MONDAY.minusWeeks(1), 6, 4));
        history.add(rated(MONDAY, 6, 3));

        TensionTrend tension = ProgressReport.of(history, THURSDAY).tension();

        assertThat(tension.ratedSessions()).isEqualTo(3);
        assertThat(tension.averageBefore()).isEqualTo(6.0);
        assertThat(tension.direction()).isEqualTo(TensionTrend.Direction.IMPROVING);
    }

    @Test
    void ignoresAFalseStartToday() {
        List<PracticeSession> history = List.of(on("2026-06-17"),
                Sessions.session(THURSDAY.atTime(8, 0).atZone(Sessions.BERLIN), SessionStatus.STOPPED, 15));

        ProgressReport report = ProgressReport.of(history, THURSDAY);

        assertThat(report.streak().current()).isEqualTo(1);
        assertThat(report.streak().practisedOn(THURSDAY)).isFalse();
        assertThat(report.thisWeek().sessions()).isEqualTo(1);
        assertThat(report.recent().weeks().get(11).days().get(3).practised()).isFalse();
    }

    @Test
    void takesTodayFromTheZoneTheUserIsInNow() {
        Instant now = Instant.parse("2026-06-17T23:30:00Z");

        assertThat(ProgressReport.of(List.of(), now, ZoneId.of("Pacific/Auckland")).today()).isEqualTo(THURSDAY);
        assertThat(ProgressReport.of(List.of(), now, ZoneId.of("America/Los_Angeles")).today()).isEqualTo("2026-06-17");
    }

    @Test
    void summarisesTenYearsOfDailyPractice() {
        List<PracticeSession> history = new ArrayList<>();
        for (LocalDate day = THURSDAY.minusYears(10); !day.isAfter(THURSDAY); day = day.plusDays(1)) {
            history.add(rated(day, 6, 3));
        }

        ProgressReport report = ProgressReport.of(history, THURSDAY);

        assertThat(history).hasSize(3653);
        assertThat(report.streak()).isEqualTo(new Streak(3653, 3653, THURSDAY, THURSDAY));
        assertThat(report.thisWeek().daysPractised()).isEqualTo(4);
        assertThat(report.lastWeek().daysPractised()).isEqualTo(7);
        assertThat(report.lastWeek().minutes()).isEqualTo(70);
        assertThat(report.tension().ratedSessions()).isEqualTo(11 * 7 + 4);
        assertThat(report.tension().direction()).isEqualTo(TensionTrend.Direction.STEADY);
        assertThat(report.recent().weeks()).flatExtracting(Heatmap.Week::days)
                .filteredOn(Heatmap.Day::practised).hasSize(11 * 7 + 4);
    }
}
