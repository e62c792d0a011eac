package io.loosen.progress;

import io.loosen.system.Vocabulary;

/** What became of one exercise (one side of it) in a session. */
public enum ExerciseOutcome implements Vocabulary {
    /** Played to the end. */
    DONE,
    /** Skipped before its hold or repetitions began. */
    SKIPPED,
    /** Started, then skipped, stopped or interrupted before the end. */
    CUT_SHORT
}
