package io.loosen.progress.charts;

import static io.loosen.progress.charts.ChartSessions.at;
import static io.loosen.progress.charts.ChartSessions.on;
import static io.loosen.progress.charts.ChartXml.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.stats.WeekSummary;
import io.loosen.progress.stats.Weeks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minutes per week, the last twelve weeks. */
class WeeklyMinutesChartTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2026-03-12");

    private static List<WeekSummary> lastTwelve(List<PracticeSession> sessions, LocalDate today) {
        return WeeklyMinutesChart.lastWeeks(Weeks.all(sessions), today, 12);
    }

    private static ChartXml chart(List<PracticeSession> sessions, LocalDate today) {
        return ChartXml.parse(WeeklyMinutesChart.svg(lastTwelve(sessions, today), today));
    }

    private static String bar(String monday) {
        return "//rect[@data-week='" + monday + "']";
    }

    @Test
    void lastWeeksAreTwelveConsecutiveMondaysEndingWithThisWeek() {
        List<WeekSummary> weeks = lastTwelve(List.of(on("2026-03-10", 600), on("2025-01-07", 600)), THURSDAY);

        assertThat(weeks).hasSize(12).allSatisfy(w -> assertThat(w.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.get(0).monday()).isEqualTo("2025-12-22");
        assertThat(weeks.get(11).monday()).isEqualTo("2026-03-09");
        assertThat(weeks.get(11).minutes()).isEqualTo(10);
        assertThat(weeks.stream().mapToInt(WeekSummary::sessions).sum()).as("2025 is out of range").isEqualTo(1);
    }

    @Test
    void anEmptyHistoryDrawsTwelveEmptyBars() {
        ChartXml xml = chart(List.of(), THURSDAY);

        assertThat(xml.count(withClass("rect", "bar"))).isEqualTo(12);
        assertThat(xml.count(withClass("rect", "bar") + "[@data-minutes!='0']")).isZero();
        assertThat(xml.count(withClass("rect", "bar") + "[@height!='0']")).isZero();
        assertThat(xml.count(withClass("text", "value"))).isZero();
        assertThat(xml.title()).isEqualTo("Minutes per week, last 12 weeks");
        assertThat(xml.description()).isEqualTo("This week (from Mon 9 Mar 2026): 0 minutes. No practice in these 12 weeks.");
    }

    @Test
    void aSingleSessionIsOneFullBarInThisWeeksColour() {
        ChartXml xml = chart(List.of(on("2026-03-10", 170)), THURSDAY);

        assertThat(xml.count(withClass("rect", "current"))).isEqualTo(1);
        assertThat(xml.text(withClass("rect", "current") + "/@data-week")).isEqualTo("2026-03-09");
        assertThat(xml.text(bar("2026-03-09") + "/@fill")).isEqualTo("var(--accent)");
        assertThat(xml.text(bar("2026-03-02") + "/@fill")).isEqualTo("var(--heat-3)");
        assertThat(xml.text(bar("2026-03-09") + "/title")).isEqualTo("Week of Mon 9 Mar 2026: 3 minutes, 1 session on 1 day");
        assertThat(xml.text(withClass("text", "value"))).isEqualTo("3");
        assertThat(xml.description()).isEqualTo("This week (from Mon 9 Mar 2026): 3 minutes. In all 12 weeks: 3 minutes, "
                + "with practice in 1 of them; the most in one week was 3 minutes, the week of Mon 9 Mar 2026.");
    }

    @Test
    void barsGrowWithMinutesOnOneScale() {
        ChartXml xml = chart(List.of(on("2026-03-10", 1200), on("2026-03-03", 600)), THURSDAY);

        double full = Double.parseDouble(xml.text(bar("2026-03-09") + "/@height"));
        double half = Double.parseDouble(xml.text(bar("2026-03-02") + "/@height"));
        assertThat(half).isCloseTo(full / 2, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void namesEveryOtherWeekEndingWithThisOne() {
        ChartXml xml = chart(List.of(), THURSDAY);

        assertThat(xml.count("//text[@class='label' or @class='label current'][contains(., ' ')]")).isEqualTo(6);
        assertThat(xml.text(withClass("text", "current"))).isEqualTo("9 Mar");
    }

    @Test
    void weeksAcrossBothDaylightSavingChangesInBerlin() {
        // Late on the Sunday the clocks change is still that week; so is 02:30 on the short and the long night.
        List<PracticeSession> sessions = List.of(at("2026-03-29T02:30", "Europe/Berlin", 600),
                at("2026-03-29T23:30", "Europe/Berlin", 600), at("2026-10-25T02:30", "Europe/Berlin", 300),
                at("2026-10-25T23:30", "Europe/Berlin", 300));

        ChartXml spring = chart(sessions, LocalDate.parse("2026-04-02"));
        ChartXml autumn = chart(sessions, LocalDate.parse("2026-10-29"));

        assertThat(spring.text(bar("2026-03-23") + "/@data-minutes")).isEqualTo("20");
        assertThat(spring.text(bar("2026-03-30") + "/@data-minutes")).isEqualTo("0");
        assertThat(autumn.text(bar("2026-10-19") + "/@data-minutes")).isEqualTo("10");
        assertThat(autumn.text(bar("2026-10-26") + "/@data-minutes")).isEqualTo("0");
        assertThat(autumn.count(withClass("rect", "bar"))).isEqualTo(12);
    }

    @Test
    void aSessionCountsForTheWeekOfItsOwnDay() {
        // Sunday 23:30 in New York is Monday morning in Berlin: it stays in the week that Sunday ends.
        ChartXml xml = chart(List.of(at("2026-03-08T23:30", "America/New_York", 600)), THURSDAY);

        assertThat(xml.text(bar("2026-03-02") + "/@data-minutes")).isEqualTo("10");
        assertThat(xml.text(bar("2026-03-09") + "/@data-minutes")).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "4, 1", "5, 2", "20, 5", "21, 10", "40, 10", "41, 15", "100, 30", "2400, 600", "2401, 1200"})
    void picksARoundStepForTheAxis(int max, int step) {
        assertThat(WeeklyMinutesChart.tickStep(max)).isEqualTo(step);
    }
}
