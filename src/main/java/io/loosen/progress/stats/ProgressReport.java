package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code loosen stats} and the web app show about progress, computed in one go.
 *
 * <p>{@code tension} covers the same recent window as the grid ({@value Heatmap#WEEKS} weeks ending with
 * today's week): over years of history an all-time slope says nothing about how the back feels now.
 */
public record ProgressReport(
        LocalDate today,
        Streak streak,
        WeekSummary thisWeek,
        WeekSummary lastWeek,
        TensionTrend tension,
        Heatmap recent) {

    /** @param today the date in the user's current zone; each session still counts for its own day */
    public static ProgressReport of(Collection<PracticeSession> history, LocalDate today) {
        Objects.requireNonNull(today, "today");
        // Filter and date each session once: working out a day needs a zone lookup, done once, not per
        // statistic. Plain loops, as in PractisedDays.dated: this runs once per fresh JVM.
        List<Dated> dated = PractisedDays.dated(history);
        LocalDate monday = Weeks.mondayOf(today);
        LocalDate firstShown = Heatmap.firstMonday(today);
        List<LocalDate> days = new ArrayList<>(dated.size());
        List<Dated> recent = new ArrayList<>();
        for (Dated d : dated) {
            days.add(d.day());
            if (!d.day().isBefore(firstShown)) {
                recent.add(d);
            }
        }
        return new ProgressReport(
                today,
                Streaks.of(days, PractisedDays.lostToTravel(dated), today),
                Weeks.summarise(recent, monday),
                Weeks.summarise(recent, monday.minusWeeks(1)),
                TensionTrend.ofDated(recent),
                Heatmap.ofDated(recent, today));
    }

    /** The same, with today worked out from the clock's instant and the zone the user is in now. */
    public static ProgressReport of(Collection<PracticeSession> history, Instant now, ZoneId zone) {
        return of(history, LocalDate.ofInstant(now, zone));
    }
}
