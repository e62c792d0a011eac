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
        List<PracticeSession> ordered = new ArrayList<>();
        for (PracticeSession s : sessions) {
            if (counts(s)) {
                ordered.add(s);
            }
        }
        ordered.sort(Comparator.comparing(PracticeSession::startedAt));
        Set<LocalDate> lost = new HashSet<>();
        for (int i = 1; i < ordered.size(); i++) {
            PracticeSession before = ordered.get(i - 1);
            PracticeSession after = ordered.get(i);
            LocalDate onTheEarlierClock = after.startedAt().atZone(before.zone()).toLocalDate();
            if (after.day().isAfter(before.day().plusDays(1)) && !onTheEarlierClock.isAfter(before.day().plusDays(1))) {
                for (LocalDate d = before.day().plusDays(1); d.isBefore(after.day()); d = d.plusDays(1)) {
                    lost.add(d);
                }
            }
        }
        return lost;
    }

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
