package io.loosen.progress.charts;

import static io.loosen.progress.charts.ChartSessions.at;
import static io.loosen.progress.charts.ChartSessions.on;
import static io.loosen.progress.charts.ChartXml.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.stats.Heatmap;
import io.loosen.progress.stats.ProgressReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** This week at a glance, for the Today page. */
class WeekGlanceChartTest {
    private static final LocalDate THURSDAY = LocalDate.parse("2026-03-12");

    private static ChartXml glance(List<PracticeSession> sessions, LocalDate today) {
        return ChartXml.parse(WeekGlance.svg(ProgressReport.of(sessions, today)));
    }

    private static String day(String date) {
        return "//rect[@data-date='" + date + "']";
    }

    @Test
    void anEmptyHistoryIsSevenEmptyDaysWithTodayMarked() {
        ChartXml xml = glance(List.of(), THURSDAY);

        assertThat(xml.count(withClass("rect", "day"))).isEqualTo(7);
        assertThat(xml.count(withClass("rect", "practised"))).isZero();
        assertThat(xml.count(withClass("rect", "future"))).isEqualTo(3);
        assertThat(xml.text(withClass("rect", "today") + "/@data-date")).isEqualTo("2026-03-12");
        assertThat(xml.text(withClass("text", "today"))).isEqualTo("Thu");
        assertThat(xml.count("//line[@class='today-mark']")).isEqualTo(1);
        assertThat(xml.title()).isEqualTo("This week: minutes practised each day");
        assertThat(xml.description()).isEqualTo("This week, 9 Mar to Sun 15 Mar 2026: no practice yet. Mon none, "
                + "Tue none, Wed none, Thu (today) none, Fri still to come, Sat still to come, Sun still to come.");
    }

    @Test
    void aSingleSessionIsOneFullBar() {
        ChartXml xml = glance(List.of(on("2026-03-10", 170)), THURSDAY);

        assertThat(xml.count(withClass("rect", "practised"))).isEqualTo(1);
        assertThat(xml.text(day("2026-03-10") + "/@data-minutes")).isEqualTo("3");
        assertThat(xml.text(day("2026-03-10") + "/@height")).isEqualTo("48");
        assertThat(xml.text(withClass("text", "value"))).isEqualTo("3");
        assertThat(xml.description()).startsWith("This week, 9 Mar to Sun 15 Mar 2026: 3 minutes on 1 day. Mon none, "
                + "Tue 3 minutes, Wed none, Thu (today) none");
    }

    @Test
    void theWeekOfTheSpringChangeInBerlinStillHasSevenDays() {
        LocalDate sunday = LocalDate.parse("2026-03-29");
        ChartXml xml = glance(List.of(at("2026-03-29T02:30", "Europe/Berlin", 600),
                at("2026-03-23T23:30", "Europe/Berlin", 300)), sunday);

        assertThat(xml.count(withClass("rect", "day"))).isEqualTo(7);
        assertThat(xml.count(withClass("rect", "future"))).isZero();
        assertThat(xml.text(day("2026-03-29") + "/@data-minutes")).isEqualTo("10");
        assertThat(xml.text(day("2026-03-23") + "/@data-minutes")).isEqualTo("5");
        assertThat(xml.text(withClass("rect", "today") + "/@data-date")).isEqualTo("2026-03-29");
    }

    @Test
    void theWeekOfTheAutumnChangeInBerlinStillHasSevenDays() {
        ChartXml xml = glance(List.of(at("2026-10-25T02:30", "Europe/Berlin", 600)), LocalDate.parse("2026-10-25"));

        assertThat(xml.count(withClass("rect", "day"))).isEqualTo(7);
        assertThat(xml.text(day("2026-10-25") + "/@data-minutes")).isEqualTo("10");
    }

    @Test
    void aSessionInAZoneAheadShowsOnItsOwnDayEvenAfterToday() {
        // Friday 06:00 in Kiritimati is still Thursday evening in Berlin.
        ChartXml xml = glance(List.of(at("2026-03-13T06:00", "Pacific/Kiritimati", 300),
                at("2026-03-10T23:30", "America/New_York", 600)), THURSDAY);

        assertThat(xml.text(day("2026-03-13") + "/@class")).isEqualTo("day practised");
        assertThat(xml.text(day("2026-03-10") + "/@data-minutes")).isEqualTo("10");
        assertThat(xml.text(day("2026-03-11") + "/@data-minutes")).isEqualTo("0");
        assertThat(xml.count(withClass("rect", "future"))).isEqualTo(2);
    }

    @Test
    void takesAnyWeekAndRefusesAShortOne() {
        Heatmap.Week week = Heatmap.of(List.of(), THURSDAY).weeks().get(0);

        ChartXml xml = ChartXml.parse(WeekGlance.svg(week, THURSDAY));

        assertThat(xml.count(withClass("rect", "today"))).isZero();
        assertThat(xml.count(withClass("rect", "future"))).isZero();
        assertThatThrownBy(() -> WeekGlance.svg(new Heatmap.Week(week.monday(), week.days().subList(0, 6)), THURSDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
