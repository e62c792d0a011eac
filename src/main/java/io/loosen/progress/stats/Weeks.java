package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Practice per ISO week (Monday to Sunday); a session belongs to the week of its day. */
public final class Weeks {
    private Weeks() {
    }

    /** The Monday of the ISO week holding {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L); // ISO numbers Monday 1 to Sunday 7
    }

    /** The week holding {@code anyDay}; an empty summary, never null, when nothing was practised. */
    public static WeekSummary of(Collection<PracticeSession> sessions, LocalDate anyDay) {
        return summarise(PractisedDays.dated(sessions), mondayOf(anyDay));
    }

    /** Every week with practice, oldest first; weeks without any are left out. */
    public static List<WeekSummary> all(Collection<PracticeSession> sessions) {
        return summariseAll(PractisedDays.dated(sessions));
    }

    static WeekSummary summarise(List<Dated> dated, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        Tally tally = new Tally(monday);
        for (Dated d : dated) {
            if (!d.day().isBefore(monday) && !d.day().isAfter(sunday)) {
                tally.add(d);
            }
        }
        return tally.summary();
    }

    static List<WeekSummary> summariseAll(List<Dated> dated) {
        Map<LocalDate, Tally> weeks = new TreeMap<>();
        for (Dated d : dated) {
            weeks.computeIfAbsent(mondayOf(d.day()), Tally::new).add(d);
        }
        return weeks.values().stream().map(Tally::summary).toList();
    }

    /** Running sums for one week; lives only inside one call. */
    private static final class Tally {
        private final LocalDate monday;
        private final boolean[] practised = new boolean[7];
        private int sessions;
        private int seconds;
        private int beforeSum;
        private int beforeCount;
        private int afterSum;
        private int afterCount;

        Tally(LocalDate monday) {
            this.monday = monday;
        }

        void add(Dated d) {
            practised[d.day().getDayOfWeek().ordinal()] = true;
            sessions++;
            seconds += d.session().activeSeconds();
            if (d.session().tensionBefore() != null) {
                beforeSum += d.session().tensionBefore();
                beforeCount++;
            }
            if (d.session().tensionAfter() != null) {
                afterSum += d.session().tensionAfter();
                afterCount++;
            }
        }

        WeekSummary summary() {
            int days = 0;
            for (boolean p : practised) {
                days += p ? 1 : 0;
            }
            return new WeekSummary(monday, days, sessions, seconds, average(beforeSum, beforeCount),
                    average(afterSum, afterCount));
        }

        private static Double average(int sum, int count) {
            return count == 0 ? null : (double) sum / count;
        }
    }
}
