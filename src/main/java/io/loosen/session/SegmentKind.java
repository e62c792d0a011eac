package io.loosen.session;

import io.loosen.system.Vocabulary;

/** What a stretch of the timeline asks the user to do. */
public enum SegmentKind implements Vocabulary {
    /** Get into position for the next exercise. */
    PREPARE,
    /** Follow one instruction that leads into, or out of, the main step. */
    STEP,
    /** Hold the stretch while the countdown runs. */
    HOLD,
    /** One beat ("pull", "lower") of one repetition. */
    REPS,
    /** Change to the other side. */
    SWITCH_SIDES,
    /** Rest between exercises or sets. */
    REST,
    /** The session is over; it lasts no time. */
    DONE;
}
