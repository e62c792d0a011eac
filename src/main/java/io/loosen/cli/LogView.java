package io.loosen.cli;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.PracticeSession;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code loosen log} as a table: one row a session, in the time zone where it happened. */
final class LogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private LogView() {
    }

    static Table table(List<PracticeSession> sessions) {
        Table table = new Table("DAY", "START", "ZONE", "ROUTINE", "STATUS", "LENGTH", "DONE", "TENSION", "NOTE");
        for (PracticeSession s : sessions) {
            long done = s.exercises().stream().filter(r -> r.outcome() == ExerciseOutcome.DONE).count();
            table.row(s.day().toString(), TIME.format(s.startedAt().atZone(s.zone())), s.zone().getId(),
                    s.routineId(), s.status().slug(), Text.clock(s.activeSeconds() * 1000L),
                    done + "/" + s.exercises().size(), tension(s),
                    s.note() == null ? "" : Text.cut(s.note().replaceAll("\\s+", " "), 40));
        }
        return table;
    }

    private static String tension(PracticeSession s) {
        if (s.tensionBefore() == null && s.tensionAfter() == null) {
            return "";
        }
        return (s.tensionBefore() == null ? "–" : s.tensionBefore()) + " → "
                + (s.tensionAfter() == null ? "–" : s.tensionAfter());
    }
}
