package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The data for a contribution-style grid: the ISO weeks ending with today's week ({@value #WEEKS} unless
 * asked for more), oldest first, each with seven days Monday to Sunday. Drawing it is the view's business (the CLI in blocks,
 * the web app in HTML); this only says what each cell holds.
 */
public record Heatmap(LocalDate today, List<Week> weeks) {
    public static final int WEEKS = 12;

    public Heatmap {
        weeks = List.copyOf(weeks);
    }

    /** One column of the grid. */
    public record Week(LocalDate monday, List<Day> days) {
        public Week {
            days = List.copyOf(days);
        }

        public int activeSeconds() {
            return days.stream().mapToInt(Day::activeSeconds).sum();
        }
    }

    /**
     * One cell. {@code future} marks days after today, which the view leaves blank rather than showing
     * as missed. A future day can still hold practice: a session in a zone ahead of the user's current
     * one (just after a flight) is dated by its own zone.
     */
    public record Day(LocalDate date, int sessions, int activeSeconds, boolean future) {
        /** Minutes played, rounded to the nearest. */
        public int minutes() {
            return (activeSeconds + 30) / 60;
        }

        public boolean practised() {
            return sessions > 0;
        }
    }

    /** The Monday of the first (oldest) week shown. */
    public LocalDate firstDay() {
        return weeks.get(0).monday();
    }

    /** The most minutes on any one day shown, so the view can scale its shades; 0 without practice. */
    public int maxMinutes() {
        return weeks.stream().flatMap(w -> w.days().stream()).mapToInt(Day::minutes).max().orElse(0);
    }

    public static Heatmap of(Collection<PracticeSession> sessions, LocalDate today) {
        return ofDated(PractisedDays.dated(sessions), today);
    }

    /** The same over {@code weeks} weeks ending with today's week (the web app's history shows 26). */
    public static Heatmap of(Collection<PracticeSession> sessions, LocalDate today, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("a grid shows at least one week, not " + weeks);
        }
        return ofDated(PractisedDays.dated(sessions), today, weeks);
    }

    /** The first Monday the grid shows for {@code today}: eleven weeks before today's week. */
    static LocalDate firstMonday(LocalDate today) {
        return Weeks.mondayOf(today).minusWeeks(WEEKS - 1L);
    }

    static Heatmap ofDated(List<Dated> dated, LocalDate today) {
        return ofDated(dated, today, WEEKS);
    }

    private static Heatmap ofDated(List<Dated> dated, LocalDate today, int count) {
        Objects.requireNonNull(today, "today");
        LocalDate first = Weeks.mondayOf(today).minusWeeks(count - 1L);
        long firstEpochDay = first.toEpochDay();
        int cells = count * 7;
        int[] sessions = new int[cells];
        int[] seconds = new int[cells];
        for (Dated d : dated) {
            long index = d.day().toEpochDay() - firstEpochDay;
            if (index >= 0 && index < cells) {
                sessions[(int) index]++;
                seconds[(int) index] += d.session().activeSeconds();
            }
        }
        List<Week> weeks = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            List<Day> days = new ArrayList<>(7);
            for (int d = 0; d < 7; d++) {
                int index = w * 7 + d;
                LocalDate date = first.plusDays(index);
                days.add(new Day(date, sessions[index], seconds[index], date.isAfter(today)));
            }
            weeks.add(new Week(first.plusWeeks(w), days));
        }
        return new Heatmap(today, weeks);
    }
}
