package io.loosen.remind;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the user has already done, to keep quiet a reminder that is already satisfied. Only sessions played
 * to the end count: a stopped one still deserves the nudge.
 */
public record Practice(List<PracticeSession> sessions) {
    /** Nothing done: every reminder fires. */
    public static final Practice NONE = new Practice(List.of());

    public Practice {
        sessions = sessions.stream().filter(s -> s.status() == SessionStatus.COMPLETED).toList();
    }

    /**
     * Whether {@code due} needs no sending. A daily routine is satisfied once that routine was completed on
     * the same local day in the user's zone; a desk break once any routine was completed since the previous break was due,
     * because any stretch breaks the sitting.
     */
    boolean satisfies(Reminder reminder, Due due, ZoneId zone) {
        if (reminder.schedule() instanceof DeskBreaks breaks) {
            return movedBetween(due.at().minus(Duration.ofMinutes(breaks.everyMinutes())), due.at());
        }
        return doneOn(reminder.routineId(), due.at().atZone(zone).toLocalDate(), zone);
    }

    private boolean doneOn(String routineId, LocalDate day, ZoneId zone) {
        return sessions.stream().anyMatch(s -> s.routineId().equals(routineId)
                && s.startedAt().atZone(zone).toLocalDate().equals(day));
    }

    private boolean movedBetween(Instant from, Instant to) {
        return sessions.stream().anyMatch(s -> s.endedAt().isAfter(from) && !s.endedAt().isAfter(to));
    }
}
