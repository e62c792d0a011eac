package io.loosen.progress.charts;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.stats.PractisedDays;
import io.loosen.progress.stats.TensionTrend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Tension before and after each rated session (0–10), oldest on the left: a hollow dot before, a filled
 * dot after, joined by a line whose length is the relief, with the two averages as dashed lines. The
 * numbers in the description are the {@link TensionTrend}'s, so they match {@code loosen stats}.
 */
public final class TensionChart {
    /** The chart's id in the page. */
    public static final String ID = "tension";
    private static final double WIDTH = 400;
    private static final double HEIGHT = 190;
    private static final double LEFT = 30;
    private static final double RIGHT = 10;
    private static final double TOP = 34;
    private static final double BASE = 160;

    private TensionChart() {
    }

    /** One session rated before and after; {@code label} (the routine, say) joins its tooltip. */
    public record Point(LocalDate day, int before, int after, String label) {
        public Point {
            if (before < 0 || before > 10 || after < 0 || after > 10) {
                throw new IllegalArgumentException("a tension rating is 0–10");
            }
        }

        /** Before minus after: positive when the session helped. */
        public int relief() {
            return before - after;
        }
    }

    /**
     * The sessions that count as practice ({@link PractisedDays#counts}), rated both before and after,
     * dated {@code from} or later, in the order they started; each labelled with its routine's name.
     */
    public static List<Point> points(Collection<PracticeSession> sessions, LocalDate from) {
        List<PracticeSession> rated = new ArrayList<>();
        for (PracticeSession s : sessions) {
            if (PractisedDays.counts(s) && s.tensionBefore() != null && s.tensionAfter() != null
                    && !s.day().isBefore(from)) {
                rated.add(s);
            }
        }
        rated.sort(Comparator.comparing(PracticeSession::startedAt));
        List<Point> points = new ArrayList<>(rated.size());
        for (PracticeSession s : rated) {
            points.add(new Point(s.day(), s.tensionBefore(), s.tensionAfter(), s.routineName()));
        }
        return points;
    }

    /** @param trend the same sessions' trend, whose averages and direction the description gives */
    public static String svg(List<Point> points, TensionTrend trend) {
        Svg svg = Svg.open(ID, "chart-tension", WIDTH, HEIGHT, "Tension before and after each rated session",
                description(points, trend));
        legend(svg);
        for (int rating = 0; rating <= 10; rating += 2) {
            double y = y(rating);
            svg.element("line", "class", "grid", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y,
                    "stroke", rating == 0 ? "var(--muted)" : "var(--line)", "stroke-width", 1);
            svg.text(Integer.toString(rating), "x", LEFT - 6, "y", y + 4, "class", "label", "text-anchor", "end");
        }
        if (points.isEmpty()) {
            svg.text("No rated sessions yet", "x", LEFT + (WIDTH - LEFT - RIGHT) / 2, "y", (TOP + BASE) / 2,
                    "class", "label empty", "text-anchor", "middle");
            return svg.close();
        }
        if (trend.ratedSessions() > 0) {
            average(svg, "average before", trend.averageBefore(), "var(--muted)");
            average(svg, "average after", trend.averageAfter(), "var(--accent)");
        }
        double slot = (WIDTH - LEFT - RIGHT) / points.size();
        double radius = Math.max(2, Math.min(4.5, slot / 4));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + slot * (i + 0.5);
            String tooltip = Words.day(p.day()) + (p.label() == null ? "" : ", " + p.label()) + ": "
                    + p.before() + " before, " + p.after() + " after";
            svg.group("class", "session", "data-day", p.day());
            svg.element("line", "class", "drop", "x1", x, "x2", x, "y1", y(p.before()), "y2", y(p.after()),
                    "stroke", "var(--muted)", "stroke-width", 1.5);
            svg.withTooltip("circle", tooltip, "class", "before", "cx", x, "cy", y(p.before()), "r", radius,
                    "fill", "var(--surface)", "stroke", "var(--muted)", "stroke-width", 1.5,
                    "data-rating", p.before());
            svg.withTooltip("circle", tooltip, "class", "after", "cx", x, "cy", y(p.after()), "r", radius,
                    "fill", "var(--accent)", "data-rating", p.after());
            svg.end();
        }
        String first = Words.shortDay(points.get(0).day());
        if (points.size() == 1) {
            svg.text(first, "x", LEFT + slot / 2, "y", BASE + 18, "class", "label", "text-anchor", "middle");
        } else {
            svg.text(first, "x", LEFT, "y", BASE + 18, "class", "label");
            svg.text(Words.shortDay(points.get(points.size() - 1).day()), "x", WIDTH - RIGHT, "y", BASE + 18,
                    "class", "label", "text-anchor", "end");
        }
        return svg.close();
    }

    private static double y(double rating) {
        return BASE - (BASE - TOP) * rating / 10;
    }

    private static void average(Svg svg, String cssClass, double rating, String colour) {
        svg.element("line", "class", cssClass, "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y(rating), "y2", y(rating),
                "stroke", colour, "stroke-width", 1.5, "stroke-dasharray", "5 4");
    }

    private static void legend(Svg svg) {
        double y = 12;
        svg.element("circle", "class", "key before", "cx", LEFT + 4, "cy", y - 4, "r", 4, "fill", "var(--surface)",
                "stroke", "var(--muted)", "stroke-width", 1.5);
        svg.text("Before", "x", LEFT + 12, "y", y, "class", "label");
        svg.element("circle", "class", "key after", "cx", LEFT + 64, "cy", y - 4, "r", 4, "fill", "var(--accent)");
        svg.text("After", "x", LEFT + 72, "y", y, "class", "label");
        svg.element("line", "class", "key average", "x1", LEFT + 116, "x2", LEFT + 136, "y1", y - 4, "y2", y - 4,
                "stroke", "var(--muted)", "stroke-width", 1.5, "stroke-dasharray", "5 4");
        svg.text("Averages", "x", LEFT + 142, "y", y, "class", "label");
    }

    static String description(List<Point> points, TensionTrend trend) {
        if (points.isEmpty() || trend.ratedSessions() == 0) {
            return "No sessions rated before and after yet.";
        }
        String span = points.size() == 1 ? " on " + Words.day(points.get(0).day())
                : " from " + Words.day(points.get(0).day()) + " to " + Words.day(points.get(points.size() - 1).day());
        double relief = trend.averageRelief();
        String change = relief > 0 ? "a drop of " + Words.rating(relief) + " points"
                : relief < 0 ? "a rise of " + Words.rating(-relief) + " points" : "no change";
        return Words.sessions(trend.ratedSessions()) + " rated" + span + ": on average "
                + Words.rating(trend.averageBefore()) + " before and " + Words.rating(trend.averageAfter())
                + " after, " + change + ". " + direction(trend);
    }

    /** The trend in words, as {@code loosen stats} says it. */
    public static String direction(TensionTrend trend) {
        return switch (trend.direction()) {
            case IMPROVING -> "Tension after stretching is falling week by week.";
            case WORSENING -> "Tension after stretching is rising week by week.";
            case STEADY -> "Tension after stretching is steady.";
            case UNKNOWN -> "Too early to tell a trend.";
        };
    }
}
