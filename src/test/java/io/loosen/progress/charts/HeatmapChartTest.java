package io.loosen.progress.charts;

import static io.loosen.progress.charts.ChartSessions.at;
import static io.loosen.progress.charts.ChartSessions.on;
import static io.loosen.progress.charts.ChartXml.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.progress.stats.Heatmap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar heat map of the History page. */
class HeatmapChartTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2026-03-12");

    private static ChartXml chart(List<PracticeSession> sessions, LocalDate today, int weeks) {
        return ChartXml.parse(HeatmapChart.svg(Heatmap.of(sessions, today, weeks)));
    }

    private static String cell(String date) {
        return "//rect[@data-date='" + date + "']";
    }

    @Test
    void anEmptyHistoryDrawsEveryDayUpToTodayUnshaded() {
        ChartXml xml = chart(List.of(), THURSDAY, 26);

        assertThat(xml.count(withClass("rect", "cell"))).isEqualTo(25 * 7 + 4);
        assertThat(xml.count(withClass("rect", "cell") + "[@fill='var(--heat-0)']")).isEqualTo(25 * 7 + 4);
        assertThat(xml.count(cell("2026-03-13"))).as("tomorrow is blank").isZero();
        assertThat(xml.title()).isEqualTo("Minutes practised each day, last 26 weeks");
        assertThat(xml.description())
                .isEqualTo("From Mon 15 Sep 2025 to today, Thu 12 Mar 2026: no practice yet.");
    }

    @Test
    void outlinesTodayAndOnlyToday() {
        ChartXml xml = chart(List.of(), THURSDAY, 26);

        assertThat(xml.count(withClass("rect", "cell") + "[contains(@class, 'today')]")).isEqualTo(1);
        assertThat(xml.text(withClass("rect", "today") + "[contains(@class, 'cell')]/@data-date"))
                .isEqualTo("2026-03-12");
        assertThat(xml.text(cell("2026-03-12") + "/@stroke")).isEqualTo("var(--text)");
    }

    @Test
    void aSingleSessionIsTheBusiestDayAndDarkest() {
        ChartXml xml = chart(List.of(on("2026-03-10", 170)), THURSDAY, 26);

        assertThat(xml.count(withClass("rect", "cell") + "[@fill!='var(--heat-0)']")).isEqualTo(1);
        assertThat(xml.text(cell("2026-03-10") + "/@class")).isEqualTo("cell level-4");
        assertThat(xml.text(cell("2026-03-10") + "/@data-minutes")).isEqualTo("3");
        assertThat(xml.text(cell("2026-03-10") + "/title")).isEqualTo("Tue 10 Mar 2026: 3 minutes, 1 session");
        assertThat(xml.description()).isEqualTo("From Mon 15 Sep 2025 to today, Thu 12 Mar 2026: 1 session on 1 day, "
                + "3 minutes in all. The most in one day: 3 minutes on Tue 10 Mar 2026. Today: no practice yet.");
    }

    @Test
    void shadesByQuartersOfTheBusiestDay() {
        ChartXml xml = chart(List.of(on("2026-03-02", 1200), on("2026-03-03", 600), on("2026-03-04", 60),
                at("2026-03-05T07:00", "Europe/Berlin", 20)), THURSDAY, 26);

        assertThat(xml.text(cell("2026-03-02") + "/@fill")).isEqualTo("var(--heat-4)");
        assertThat(xml.text(cell("2026-03-03") + "/@fill")).isEqualTo("var(--heat-2)");
        assertThat(xml.text(cell("2026-03-04") + "/@fill")).isEqualTo("var(--heat-1)");
        assertThat(xml.text(cell("2026-03-05") + "/@fill")).as("completed, under a minute").isEqualTo("var(--heat-1)");
    }

    @Test
    void namesEachMonthOverTheColumnHoldingItsFirst() {
        ChartXml xml = chart(List.of(), THURSDAY, 26);

        // The first column (15 Sep) is left unnamed: October begins two columns later.
        assertThat(xml.nodes(withClass("text", "month")).getLength()).isEqualTo(6);
        StringBuilder months = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            months.append(xml.nodes(withClass("text", "month")).item(i).getTextContent()).append(' ');
        }
        assertThat(months.toString().trim()).isEqualTo("Oct Nov Dec Jan Feb Mar");
    }

    @Test
    void daysAcrossBothDaylightSavingChangesInBerlinKeepTheirDates() {
        // 29 March 2026: 02:00 does not exist (clocks go to 03:00); 25 October 2026: 02:30 happens twice.
        LocalDate today = LocalDate.parse("2026-10-28");
        ChartXml xml = chart(List.of(at("2026-03-29T02:30", "Europe/Berlin", 600),
                at("2026-03-29T23:30", "Europe/Berlin", 600), at("2026-10-25T02:30", "Europe/Berlin", 600),
                at("2026-10-25T23:30", "Europe/Berlin", 600)), today, 32);

        assertThat(xml.count(withClass("rect", "cell"))).isEqualTo(31 * 7 + 3);
        assertThat(xml.text(cell("2026-03-29") + "/title")).isEqualTo("Sun 29 Mar 2026: 20 minutes, 2 sessions");
        assertThat(xml.text(cell("2026-10-25") + "/title")).isEqualTo("Sun 25 Oct 2026: 20 minutes, 2 sessions");
        assertThat(xml.text(cell("2026-03-30") + "/@data-minutes")).isEqualTo("0");
        assertThat(xml.text(cell("2026-10-26") + "/@data-minutes")).isEqualTo("0");
        // Both Sundays sit in the bottom row of their week's column, like every other Sunday.
        assertThat(xml.text(cell("2026-03-29") + "/@y")).isEqualTo(xml.text(cell("2026-04-05") + "/@y"));
        assertThat(xml.text(cell("2026-10-25") + "/@y")).isEqualTo(xml.text(cell("2026-10-18") + "/@y"));
    }

    @Test
    void aSessionCountsForItsOwnDayWhereverTheUserIsNow() {
        // 23:30 in New York on the 10th is already the 11th in Berlin; it stays the 10th.
        PracticeSession newYork = at("2026-03-10T23:30", "America/New_York", 600);
        // Kiritimati is 13 hours ahead of Berlin: its Friday morning is still Thursday in Berlin.
        PracticeSession ahead = at("2026-03-13T06:00", "Pacific/Kiritimati", 300);

        ChartXml xml = chart(List.of(newYork, ahead), THURSDAY, 26);

        assertThat(xml.text(cell("2026-03-10") + "/@data-minutes")).isEqualTo("10");
        assertThat(xml.text(cell("2026-03-11") + "/@data-minutes")).isEqualTo("0");
        assertThat(xml.text(cell("2026-03-13") + "/@data-minutes")).as("a practised day after today shows")
                .isEqualTo("5");
        assertThat(xml.count(cell("2026-03-14"))).isZero();
    }

    @Test
    void falseStartsDoNotShade() {
        PracticeSession falseStart = ChartSessions.session(
                LocalDate.parse("2026-03-10").atTime(8, 0).atZone(ChartSessions.BERLIN), SessionStatus.STOPPED, 20,
                null, null, "Daily");

        ChartXml xml = chart(List.of(falseStart), THURSDAY, 26);

        assertThat(xml.text(cell("2026-03-10") + "/@fill")).isEqualTo("var(--heat-0)");
    }

    @Test
    void drawsAFiveShadeLegendAndATodayKey() {
        ChartXml xml = chart(List.of(), THURSDAY, 12);

        assertThat(xml.count(withClass("rect", "key"))).isEqualTo(6);
        assertThat(xml.count(withClass("rect", "cell"))).isEqualTo(11 * 7 + 4);
    }

    @Test
    void aGridHasAtLeastOneWeek() {
        assertThat(Heatmap.of(List.of(), THURSDAY, 1).weeks()).hasSize(1);
        assertThatThrownBy(() -> Heatmap.of(List.of(), THURSDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
