package io.loosen.session;

import java.util.ArrayList;
import java.util.List;

/** Hand-made timelines for engine tests, independent of the catalog. */
final class Timelines {
    private Timelines() {
    }

    /** {@code count} hold segments of {@code seconds} each, then done. */
    static Timeline evenly(int count, int seconds) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(new Segment(i, SegmentKind.HOLD, i * seconds * 1000L, seconds * 1000L, "x", "X", 1,
                    Side.NONE, "Hold " + i, "Hold still", "Hold"));
        }
        segments.add(new Segment(count, SegmentKind.DONE, count * seconds * 1000L, 0, null, null, 0, Side.NONE,
                "Done", "Done", "Well done"));
        return new Timeline("test", "Test", 1, segments);
    }
}
