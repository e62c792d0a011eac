package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which sessions count as practice, and on which days.
 *
 * <p>A session counts when it was played to the end ({@link SessionStatus#COMPLETED}, however short the
 * routine), or when at least {@value #MIN_ACTIVE_SECONDS} seconds of it were played, whatever became of it
 * afterwards: a stopped session, or one still {@code IN_PROGRESS} because the process was killed, was
 * still real stretching. A false start (opened, ten seconds, quit) is not a day of practice and would
 * make a streak too cheap to keep, so it counts nowhere: not in streaks, weeks, the grid or the trend.
 */
public final class PractisedDays {
    /** Played seconds that make an unfinished session count: one minute of stretching. */
    public static final int MIN_ACTIVE_SECONDS = 60;

    private PractisedDays() {
    }

    public static boolean counts(PracticeSession session) {
        return session.status() == SessionStatus.COMPLETED || session.activeSeconds() >= MIN_ACTIVE_SECONDS;
    }

    /** The distinct days with practice, each the local date where its session started. */
    public static SortedSet<LocalDate> of(Collection<PracticeSession> sessions) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Dated d : dated(sessions)) {
            days.add(d.day());
        }
        return days;
    }

    /**
     * Dates a traveller never lived through: flying west over the date line from the evening of the 10th
     * lands on the 12th. A gap between two sessions is such a loss when the later session, read on the
     * earlier one's clock, still falls on the next day. Nobody could have practised on those dates, so
     * they may join a streak without counting in it.
     */
    public static Set<LocalDate> lostToTravel(Collection<PracticeSession> sessions) {
        return lostToTravel(dated(sessions));
    }

    static Set<LocalDate> lostToTravel(List<Dated> dated) {
        List<Dated> ordered = inStartOrder(dated);
        Set<LocalDate> lost = new HashSet<>();
        for (int i = 1; i < ordered.size(); i++) {
            Dated before = ordered.get(i - 1);
            Dated after = ordered.get(i);
            LocalDate nextDay = before.day().plusDays(1);
            // Only a gap of whole days can be a lost date; then ask the earlier session's clock.
            if (after.day().isAfter(nextDay)
                    && !after.session().startedAt().atZone(before.session().zone()).toLocalDate().isAfter(nextDay)) {
                for (LocalDate d = nextDay; d.isBefore(after.day()); d = d.plusDays(1)) {
                    lost.add(d);
                }
            }
        }
        return lost;
    }

    /** History comes from the store already in start order; sort only when it does not. */
    private static List<Dated> inStartOrder(List<Dated> dated) {
        for (int i = 1; i < dated.size(); i++) {
            if (dated.get(i).session().startedAt().isBefore(dated.get(i - 1).session().startedAt())) {
                List<Dated> sorted = new ArrayList<>(dated);
                sorted.sort(BY_START);
                return sorted;
            }
        }
        return dated;
    }

    // A class, not a lambda: this runs once in a fresh JVM, where bootstrapping a lambda costs milliseconds.
    private static final Comparator<Dated> BY_START = new Comparator<>() {
        @Override
        public int compare(Dated a, Dated b) {
            return a.session().startedAt().compareTo(b.session().startedAt());
        }
    };

    /**
     * The sessions that count, each with its day worked out once (it needs a zone lookup), in the order
     * given. A plain loop rather than a stream: {@code loosen stats} runs once in a fresh JVM, where
     * bootstrapping streams and lambdas cost more than the work itself.
     */
    static List<Dated> dated(Collection<PracticeSession> sessions) {
        List<Dated> dated = new ArrayList<>(sessions.size());
        for (PracticeSession s : sessions) {
            if (counts(s)) {
                dated.add(new Dated(s.day(), s));
            }
        }
        return dated;
    }
}
