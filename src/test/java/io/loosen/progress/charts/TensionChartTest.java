package io.loosen.progress.charts;

import static io.loosen.progress.charts.ChartSessions.at;
import static io.loosen.progress.charts.ChartSessions.rated;
import static io.loosen.progress.charts.ChartXml.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.progress.stats.TensionTrend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tension before and after each rated session. */
class TensionChartTest {
    private static final LocalDate FROM = LocalDate.parse("2025-12-22");

    private static ChartXml chart(List<PracticeSession> sessions) {
        return ChartXml.parse(TensionChart.svg(TensionChart.points(sessions, FROM), TensionTrend.of(sessions)));
    }

    @Test
    void anEmptyHistorySaysThereAreNoRatingsYet() {
        ChartXml xml = chart(List.of());

        assertThat(xml.count("//circle[@class='before' or @class='after']")).isZero();
        assertThat(xml.text(withClass("text", "empty"))).isEqualTo("No rated sessions yet");
        assertThat(xml.title()).isEqualTo("Tension before and after each rated session");
        assertThat(xml.description()).isEqualTo("No sessions rated before and after yet.");
    }

    @Test
    void aSingleSessionIsOnePairOfDots() {
        ChartXml xml = chart(List.of(rated("2026-03-10", 6, 3, "Daily")));

        assertThat(xml.count("//circle[@class='before']")).isEqualTo(1);
        assertThat(xml.count("//circle[@class='after']")).isEqualTo(1);
        assertThat(xml.count("//line[@class='drop']")).isEqualTo(1);
        assertThat(xml.description()).isEqualTo("1 session rated on Tue 10 Mar 2026: on average 6.0 before and 3.0 after, "
                + "a drop of 3.0 points. Too early to tell a trend.");
    }

    @Test
    void drawsBeforeAboveAfterOnATenPointScale() {
        ChartXml xml = chart(List.of(rated("2026-03-02", 10, 0, "Daily"), rated("2026-03-03", 5, 5, "Daily"),
                rated("2026-03-10", 8, 2, "Daily")));

        assertThat(xml.count("//circle[@class='before']")).isEqualTo(3);
        assertThat(xml.count("//circle[@class='after']")).isEqualTo(3);
        double top = Double.parseDouble(xml.text("//g[@data-day='2026-03-02']/circle[@class='before']/@cy"));
        double bottom = Double.parseDouble(xml.text("//g[@data-day='2026-03-02']/circle[@class='after']/@cy"));
        double middle = Double.parseDouble(xml.text("//g[@data-day='2026-03-03']/circle[@class='after']/@cy"));
        assertThat(top).isLessThan(middle).isLessThan(bottom);
        assertThat(middle).isEqualTo((top + bottom) / 2);
        assertThat(xml.description()).isEqualTo("3 sessions rated from Mon 2 Mar 2026 to Tue 10 Mar 2026: on average "
                + "7.7 before and 2.3 after, a drop of 5.3 points. Tension after stretching is falling week by week.");
        assertThat(xml.count("//line[@class='average before' or @class='average after']")).isEqualTo(2);
    }

    @Test
    void pointsAreTheCountedSessionsRatedBothTimesInTheWindowOldestFirst() {
        PracticeSession late = rated("2026-03-10", 7, 4, "Evening");
        PracticeSession early = rated("2026-03-02", 6, 3, "Morning");
        PracticeSession onlyBefore = rated("2026-03-03", 6, 3, "Daily").withRatings(6, null, null);
        PracticeSession beforeTheWindow = rated("2025-12-21", 6, 3, "Daily");
        PracticeSession falseStart = ChartSessions.session(LocalDate.parse("2026-03-04").atTime(8, 0)
                .atZone(ChartSessions.BERLIN), SessionStatus.STOPPED, 30, 8, 8, "Daily");

        List<TensionChart.Point> points = TensionChart.points(
                List.of(late, early, onlyBefore, beforeTheWindow, falseStart), FROM);

        assertThat(points).containsExactly(new TensionChart.Point(LocalDate.parse("2026-03-02"), 6, 3, "Morning"),
                new TensionChart.Point(LocalDate.parse("2026-03-10"), 7, 4, "Evening"));
        assertThat(points.get(0).relief()).isEqualTo(3);
    }

    @Test
    void aHostileRoutineNameIsTextInTheTooltip() {
        String hostile = "<img src=x onerror=alert(1)> ' or 1=1 -- & \"</title><script>alert(2)</script>";
        String svg = TensionChart.svg(TensionChart.points(List.of(rated("2026-03-10", 6, 3, hostile)), FROM),
                TensionTrend.of(List.of(rated("2026-03-10", 6, 3, hostile))));

        ChartXml xml = ChartXml.parse(svg);

        assertThat(xml.text("//circle[@class='after']/title")).isEqualTo("Tue 10 Mar 2026, " + hostile + ": 6 before, 3 after");
        assertThat(xml.count("//script | //img")).isZero();
        assertThat(svg).doesNotContain("<img", "<script", "</title><script");
    }

    @Test
    void aRiseIsCalledARise() {
        ChartXml xml = chart(List.of(rated("2026-03-10", 2, 5, "Daily")));

        assertThat(xml.description()).contains("on average 2.0 before and 5.0 after, a rise of 3.0 points.");
    }

    @Test
    void sessionsAcrossDaylightSavingAndZonesKeepTheirOwnDays() {
        PracticeSession springForward = at("2026-03-29T02:30", "Europe/Berlin", 600).withRatings(7, 3, null);
        // 23:30 in New York on the 10th: already the 11th in Berlin, still the 10th where it happened.
        PracticeSession newYork = at("2026-03-10T23:30", "America/New_York", 600).withRatings(6, 2, null);

        List<TensionChart.Point> points = TensionChart.points(List.of(springForward, newYork), FROM);
        ChartXml xml = ChartXml.parse(TensionChart.svg(points, TensionTrend.of(List.of(springForward, newYork))));

        assertThat(points).extracting(TensionChart.Point::day)
                .containsExactly(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-29"));
        assertThat(TensionChart.points(List.of(newYork), LocalDate.parse("2026-03-11"))).isEmpty();
        assertThat(xml.count("//g[@class='session']")).isEqualTo(2);
        assertThat(xml.description()).startsWith("2 sessions rated from Tue 10 Mar 2026 to Sun 29 Mar 2026");
    }
}
