package io.loosen.progress;

import io.loosen.system.Vocabulary;

/** Where a recorded session stands. */
public enum SessionStatus implements Vocabulary {
    /** Still playing, or the process ended without saying goodbye (killed, crashed, power cut). */
    IN_PROGRESS,
    /** Played to the end. */
    COMPLETED,
    /** The user quit before the end. */
    STOPPED
}
