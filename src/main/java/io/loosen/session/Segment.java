package io.loosen.session;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One contiguous stretch of a session's timeline, from {@code startMs} for {@code durationMs}.
 * {@code label} is the short heading ("Hold", "Step 2 of 3", "Rep 3 of 8 · pull"), {@code text} what the
 * screen shows, {@code cue} what the voice says as the segment begins. {@code exercise} is the exercise's
 * position in the routine (1-based; 0 for the final {@link SegmentKind#DONE}). {@code step} is the exercise's
 * step being followed and {@code beat} the beat of a repetition (both 1-based, 0 when none), so a figure
 * can show the pose of the moment.
 */
public record Segment(
        int index,
        SegmentKind kind,
        long startMs,
        long durationMs,
        String exerciseId,
        String exerciseName,
        int exercise,
        Side side,
        String label,
        String text,
        String cue,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int step,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int beat) {

    /** A segment that follows no step of an exercise: rest, get ready, switch sides, done. */
    public Segment(int index, SegmentKind kind, long startMs, long durationMs, String exerciseId, String exerciseName,
                   int exercise, Side side, String label, String text, String cue) {
        this(index, kind, startMs, durationMs, exerciseId, exerciseName, exercise, side, label, text, cue, 0, 0);
    }

    public long endMs() {
        return startMs + durationMs;
    }

    public Segment at(int newIndex, long newStartMs) {
        return new Segment(newIndex, kind, newStartMs, durationMs, exerciseId, exerciseName, exercise, side,
                label, text, cue, step, beat);
    }
}
