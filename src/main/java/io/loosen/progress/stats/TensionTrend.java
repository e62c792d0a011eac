package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How tense the back felt, from the sessions rated both before and after (0–10). Relief is
 * before − after: positive when a session helped.
 *
 * <p>{@code afterSlopePerWeek} is the trend: the least-squares slope of the weekly average "after"
 * rating against the week, in rating points per week. Negative means tension after stretching is
 * falling, which is the improvement the app hopes for. Each week weighs the same however many sessions
 * it had, so one busy week cannot swing the line, and weeks are placed by their date, so a gap of
 * three weeks counts as three. It is null with fewer than two rated weeks: one point has no slope.
 */
public record TensionTrend(
        int ratedSessions,
        Double averageBefore,
        Double averageAfter,
        Double averageRelief,
        Double afterSlopePerWeek) {

    /** Slopes closer to zero than this (about half a point over twelve weeks) read as steady. */
    public static final double STEADY_WITHIN = 0.05;

    public static final TensionTrend NONE = new TensionTrend(0, null, null, null, null);

    /** Which way tension after stretching is going, for words or an arrow. */
    public enum Direction {
        /** Tension is falling. */
        IMPROVING,
        STEADY,
        /** Tension is rising. */
        WORSENING,
        /** Too few rated weeks to tell. */
        UNKNOWN
    }

    public Direction direction() {
        if (afterSlopePerWeek == null) {
            return Direction.UNKNOWN;
        }
        if (Math.abs(afterSlopePerWeek) < STEADY_WITHIN) {
            return Direction.STEADY;
        }
        return afterSlopePerWeek < 0 ? Direction.IMPROVING : Direction.WORSENING;
    }

    public static TensionTrend of(Collection<PracticeSession> sessions) {
        return ofDated(PractisedDays.dated(sessions));
    }

    static TensionTrend ofDated(List<Dated> dated) {
        int count = 0;
        long before = 0;
        long after = 0;
        // Per week: the sum and count of "after" ratings, keyed by Monday in date order.
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (Dated d : dated) {
            PracticeSession s = d.session();
            if (s.tensionBefore() == null || s.tensionAfter() == null) {
                continue;
            }
            count++;
            before += s.tensionBefore();
            after += s.tensionAfter();
            LocalDate monday = Weeks.mondayOf(d.day());
            int[] week = weeks.get(monday);
            if (week == null) {
                week = new int[2];
                weeks.put(monday, week);
            }
            week[0] += s.tensionAfter();
            week[1]++;
        }
        if (count == 0) {
            return NONE;
        }
        return new TensionTrend(count, (double) before / count, (double) after / count,
                (double) (before - after) / count, slope(weeks));
    }

    private static Double slope(Map<LocalDate, int[]> weeks) {
        if (weeks.size() < 2) {
            return null;
        }
        LocalDate first = weeks.keySet().iterator().next();
        int n = weeks.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        for (Map.Entry<LocalDate, int[]> week : weeks.entrySet()) {
            x[i] = ChronoUnit.WEEKS.between(first, week.getKey());
            y[i] = (double) week.getValue()[0] / week.getValue()[1];
            i++;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double variance = 0;
        for (i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return covariance / variance;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
