package io.loosen.session;

import java.util.List;

/**
 * A whole session as contiguous segments: each starts where the one before ends, and the last is a
 * zero-length {@link SegmentKind#DONE}. The terminal and the browser players both play this.
 */
public record Timeline(String routineId, String routineName, int exercises, List<Segment> segments) {

    public Timeline {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.get(segments.size() - 1).kind() != SegmentKind.DONE) {
            throw new IllegalArgumentException("a timeline ends with a done segment");
        }
        long expectedStart = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.index() != i || s.startMs() != expectedStart || s.durationMs() < 0) {
                throw new IllegalArgumentException("segment " + i + " is not contiguous");
            }
            expectedStart = s.endMs();
        }
    }

    public long totalMs() {
        return segments.get(segments.size() - 1).endMs();
    }

    public Segment get(int index) {
        return segments.get(index);
    }

    public Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** The segment playing at {@code positionMs}; at or past the end, the final done segment. */
    public Segment at(long positionMs) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segments.get(mid).startMs() <= positionMs) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        // Zero-length segments share a start with their successor; the later one is the one playing.
        return segments.get(low);
    }

    /** The segment after {@code index} (the done segment is its own successor), for "next up". */
    public Segment next(int index) {
        return segments.get(Math.min(index + 1, segments.size() - 1));
    }
}
