package io.loosen.progress.stats;

import static io.loosen.progress.stats.Sessions.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.stats.TensionTrend.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Average tension before and after, and which way it goes from week to week. */
class TensionTrendTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    /** One rated session on the Wednesday of consecutive weeks, rated before 7, after as given. */
    private static List<PracticeSession> weekly(int... after) {
        List<PracticeSession> sessions = new ArrayList<>();
        for (int week = 0; week < after.length; week++) {
            sessions.add(rated(MONDAY.plusWeeks(week).plusDays(2), 7, after[week]));
        }
        return sessions;
    }

    @Test
    void isUnknownWithoutRatings() {
        TensionTrend trend = TensionTrend.of(List.of(Sessions.on(MONDAY), rated(MONDAY.plusWeeks(1), 6, null)));

        assertThat(trend).isEqualTo(TensionTrend.NONE);
        assertThat(trend.averageBefore()).isNull();
        assertThat(trend.averageRelief()).isNull();
        assertThat(trend.direction()).isEqualTo(Direction.UNKNOWN);
        assertThat(TensionTrend.of(List.of())).isEqualTo(TensionTrend.NONE);
    }

    @Test
    void averagesASingleRatingButHasNoTrend() {
        TensionTrend trend = TensionTrend.of(List.of(rated(MONDAY, 7, 4)));

        assertThat(trend).isEqualTo(new TensionTrend(1, 7.0, 4.0, 3.0, null));
        assertThat(trend.direction()).isEqualTo(Direction.UNKNOWN);
    }

    @Test
    void hasNoTrendWhenAllRatingsFallInOneWeek() {
        TensionTrend trend = TensionTrend.of(List.of(rated(MONDAY, 7, 6), rated(MONDAY.plusDays(6), 7, 2)));

        assertThat(trend.ratedSessions()).isEqualTo(2);
        assertThat(trend.afterSlopePerWeek()).isNull();
    }

    @Test
    void fallsWhenTheBackLoosensWeekByWeek() {
        TensionTrend trend = TensionTrend.of(weekly(6, 5, 4, 3));

        assertThat(trend.afterSlopePerWeek()).isCloseTo(-1.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(trend.averageBefore()).isEqualTo(7.0);
        assertThat(trend.averageAfter()).isEqualTo(4.5);
        assertThat(trend.averageRelief()).isEqualTo(2.5);
    }

    @Test
    void risesWhenTheBackTightensWeekByWeek() {
        TensionTrend trend = TensionTrend.of(weekly(2, 3, 4));

        assertThat(trend.afterSlopePerWeek()).isCloseTo(1.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo(Direction.WORSENING);
    }

    @Test
    void isSteadyWhenTensionStaysTheSame() {
        TensionTrend trend = TensionTrend.of(weekly(4, 4, 4, 4));

        assertThat(trend.afterSlopePerWeek()).isZero();
        assertThat(trend.direction()).isEqualTo(Direction.STEADY);
    }

    @Test
    void fitsTheBestLineThroughNoisyWeeks() {
        // Least squares over (0,6) (1,6) (2,4) (3,4): slope -0.8.
        assertThat(TensionTrend.of(weekly(6, 6, 4, 4)).afterSlopePerWeek()).isCloseTo(-0.8, within(1e-9));
    }

    @Test
    void weighsEachWeekTheSameHoweverManySessionsItHad() {
        List<PracticeSession> sessions = List.of(rated(MONDAY, 7, 5), rated(MONDAY.plusDays(1), 7, 7),
                rated(MONDAY.plusDays(2), 7, 6), rated(MONDAY.plusWeeks(1), 7, 4));

        TensionTrend trend = TensionTrend.of(sessions);

        assertThat(trend.afterSlopePerWeek()).isCloseTo(-2.0, within(1e-9));
        assertThat(trend.averageAfter()).isEqualTo(5.5);
    }

    @Test
    void spacesWeeksByTheirDatesSoGapsCount() {
        List<PracticeSession> sessions = List.of(rated(MONDAY, 7, 6), rated(MONDAY.plusWeeks(2), 7, 4));

        assertThat(TensionTrend.of(sessions).afterSlopePerWeek()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void usesOnlySessionsRatedBothBeforeAndAfter() {
        List<PracticeSession> sessions = List.of(rated(MONDAY, 8, 4), rated(MONDAY.plusDays(1), 2, null),
                rated(MONDAY.plusDays(2), null, 0));

        TensionTrend trend = TensionTrend.of(sessions);

        assertThat(trend).isEqualTo(new TensionTrend(1, 8.0, 4.0, 4.0, null));
    }

    @ParameterizedTest
    @CsvSource({"-0.5, IMPROVING", "-0.05, IMPROVING", "-0.049, STEADY", "0.0, STEADY", "0.049, STEADY",
            "0.05, WORSENING", "2.0, WORSENING"})
    void readsSmallSlopesAsSteady(double slope, Direction direction) {
        assertThat(new TensionTrend(2, 5.0, 3.0, 2.0, slope).direction()).isEqualTo(direction);
    }
}
