package io.loosen.progress.stats;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Current and longest streak from the days practised. */
public final class Streaks {
    private Streaks() {
    }

    /** The streak of these days, with no dates lost to travel. */
    public static Streak of(Collection<LocalDate> practisedDays, LocalDate today) {
        return of(practisedDays, Set.of(), today);
    }

    /**
     * Runs of consecutive calendar dates. Duplicates count once, so two sessions on a day, or two dated
     * the same day in different zones after a flight east over the date line, make one day. A flight west
     * over the line skips a date on the traveller's calendar: such dates ({@code lostToTravel}, see
     * {@link PractisedDays#lostToTravel}) join the days on either side without counting as practice, so
     * travel neither breaks nor fakes a streak.
     *
     * <p>The current streak is the run ending on the latest day practised, while that day is today or
     * yesterday: until today is over, a run ending yesterday can still go on. A day after {@code today}
     * can only come from a session in a zone ahead of the user's current one, and it extends the run too.
     */
    public static Streak of(Collection<LocalDate> practisedDays, Set<LocalDate> lostToTravel, LocalDate today) {
        Objects.requireNonNull(today, "today");
        // Epoch days, sorted: cheap to compare, and ten years are only ~3,650 numbers.
        long[] days = new long[practisedDays.size()];
        int n = 0;
        for (LocalDate day : practisedDays) {
            days[n++] = day.toEpochDay();
        }
        Arrays.sort(days);
        if (days.length == 0) {
            return Streak.NONE;
        }
        int run = 1;
        int longest = 1;
        long longestEnd = days[0];
        for (int i = 1; i < days.length; i++) {
            if (days[i] == days[i - 1]) {
                continue; // a second session on a day that already counted
            }
            run = joined(days[i - 1], days[i], lostToTravel) ? run + 1 : 1;
            if (run >= longest) {
                longest = run;
                longestEnd = days[i];
            }
        }
        long last = days[days.length - 1];
        int current = last >= today.toEpochDay() - 1 || joined(last, today.toEpochDay(), lostToTravel) ? run : 0;
        return new Streak(current, longest, LocalDate.ofEpochDay(longestEnd), LocalDate.ofEpochDay(last));
    }

    /** Whether {@code later} follows {@code earlier} with nothing between but dates lost to travel. */
    private static boolean joined(long earlier, long later, Set<LocalDate> lostToTravel) {
        for (long day = earlier + 1; day < later; day++) {
            if (!lostToTravel.contains(LocalDate.ofEpochDay(day))) {
                return false;
            }
        }
        return later > earlier;
    }
}
