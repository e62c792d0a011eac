package io.loosen.progress.stats;

import java.time.LocalDate;

/**
 * Consecutive days of practice. {@code current} is the run still alive today (0 when broken),
 * {@code longest} the longest run ever, ending on {@code longestEnd} (the latest such run on a tie),
 * and {@code lastDay} the latest day practised. The dates are null when there is no practice at all.
 */
public record Streak(int current, int longest, LocalDate longestEnd, LocalDate lastDay) {
    public static final Streak NONE = new Streak(0, 0, null, null);

    public Streak {
        if (current < 0 || longest < current) {
            throw new IllegalArgumentException("a streak needs 0 <= current <= longest");
        }
    }

    /** The first day of the longest run, or null without practice. */
    public LocalDate longestStart() {
        return longestEnd == null ? null : longestEnd.minusDays(longest - 1L);
    }

    /** Whether today is already done, so the CLI can say "done for today" rather than "keep it going". */
    public boolean practisedOn(LocalDate today) {
        return lastDay != null && !lastDay.isBefore(today);
    }
}
