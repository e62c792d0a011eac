package io.loosen.session;

/** Why a segment began: its time came, or the user moved. */
public enum Transition {
    /** The first segment of the session. */
    STARTED,
    /** The previous segment ran out: this is the one whose cue lateness is measured. */
    ON_TIME,
    /** The user skipped ahead. */
    SKIPPED,
    /** The user went back (to the start of this segment or the one before). */
    WENT_BACK
}
