package io.loosen.progress;

import java.util.Optional;

/**
 * Which changes a stored session accepts when a player sends it again (the web player saves the whole
 * session at every exercise boundary, and replays saves made offline). A session keeps its start and its
 * routine, and once finished it stays finished: a late, stale "in progress" save cannot undo the end.
 */
public final class SessionChanges {
    private SessionChanges() {
    }

    /** Why {@code stored} may not become {@code incoming}, as one sentence; empty when it may. */
    public static Optional<String> refusal(PracticeSession stored, PracticeSession incoming) {
        if (!stored.startedAt().equals(incoming.startedAt())) {
            return Optional.of("Session " + stored.id() + " started at " + stored.startedAt()
                    + "; its start cannot change to " + incoming.startedAt() + ".");
        }
        if (!stored.routineId().equals(incoming.routineId())) {
            return Optional.of("Session " + stored.id() + " plays '" + stored.routineId()
                    + "'; it cannot change to another routine.");
        }
        if (stored.status() != SessionStatus.IN_PROGRESS && incoming.status() == SessionStatus.IN_PROGRESS) {
            return Optional.of("Session " + stored.id() + " is already " + stored.status().slug()
                    + "; it cannot go back to in-progress.");
        }
        return Optional.empty();
    }
}
