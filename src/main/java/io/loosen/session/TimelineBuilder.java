package io.loosen.session;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Step;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one pure function from a routine to its {@link Timeline}. For each exercise: the rest after the one
 * before (its own rest, else the routine's), get ready, then per side worked the lead-in steps, the hold or
 * the repetitions, and the release steps, with a switch between two sides. The session ends with a
 * zero-length done segment.
 */
public final class TimelineBuilder {
    /** Seconds to change from the first side to the second. */
    public static final int SWITCH_SECONDS = 5;

    private final List<Segment> segments = new ArrayList<>();
    private long cursorMs;

    private TimelineBuilder() {
    }

    public static Timeline build(Routine routine, Catalog catalog) {
        TimelineBuilder b = new TimelineBuilder();
        List<RoutineItem> items = routine.items();
        for (int i = 0; i < items.size(); i++) {
            RoutineItem item = items.get(i);
            Exercise e = catalog.require(item.exercise());
            int restBefore = i == 0 ? 0 : items.get(i - 1).restAfter(routine.rest());
            b.exercise(i + 1, e, item, restBefore, routine.prepare());
        }
        b.add(SegmentKind.DONE, 0, null, 0, Side.NONE, "Done",
                "Session complete. Well done: come back tomorrow and keep the habit going.",
                "Well done. That's your stretch for today.");
        return new Timeline(routine.id(), routine.name(), items.size(), b.segments);
    }

    /** The sides an item works: none for a one-sided exercise, else both or the one the routine chose. */
    static List<Side> sides(Exercise e, RoutineItem item) {
        if (e.sides() != Sides.BOTH) {
            return List.of(Side.NONE);
        }
        return switch (item.sidesOrBoth()) {
            case BOTH -> List.of(Side.LEFT, Side.RIGHT);
            case LEFT -> List.of(Side.LEFT);
            case RIGHT -> List.of(Side.RIGHT);
        };
    }

    private void exercise(int number, Exercise e, RoutineItem item, int restBefore, int prepare) {
        if (restBefore > 0) {
            add(SegmentKind.REST, restBefore, e, number, Side.NONE, "Rest",
                    "Rest and breathe. Next: " + e.name() + ".", "Rest. Next, " + e.name() + ".");
        }
        List<Side> sides = sides(e, item);
        if (prepare > 0) {
            String only = sides.size() == 1 && sides.get(0) != Side.NONE ? ", " + sides.get(0).slug() + " side only"
                    : "";
            add(SegmentKind.PREPARE, prepare, e, number, Side.NONE, "Get ready · " + positions(e),
                    e.summary(), "Get ready for the " + e.name() + only + ".");
        }
        Dose dose = item.doseFor(e);
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            if (s > 0) {
                add(SegmentKind.SWITCH_SIDES, SWITCH_SECONDS, e, number, side, "Switch sides",
                        "Release, shake it out, and set up on your " + side.slug() + " side.",
                        "Switch sides. Now the " + side.slug() + ".");
            }
            oneSide(e, number, side, dose);
        }
    }

    private void oneSide(Exercise e, int number, Side side, Dose dose) {
        List<Step> steps = e.steps();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            String label = "Step " + (s + 1) + " of " + steps.size();
            if (!step.main()) {
                add(SegmentKind.STEP, step.seconds(), e, number, side, label, fill(step.text(), side),
                        fill(step.cue(), side), s + 1, 0);
            } else if (dose instanceof Dose.Hold hold) {
                add(SegmentKind.HOLD, hold.defaultSeconds(), e, number, side,
                        hold.free() ? "Hold · as long as you like" : "Hold", fill(step.text(), side),
                        fill(step.cue(), side), s + 1, 0);
            } else {
                repetitions(e, number, side, step, s + 1, (Dose.Reps) dose);
            }
        }
    }

    private void repetitions(Exercise e, int number, Side side, Step step, int stepNumber, Dose.Reps reps) {
        for (int set = 1; set <= reps.sets(); set++) {
            String ofSet = reps.sets() > 1 ? " · set " + set + " of " + reps.sets() : "";
            if (set > 1 && reps.rest() > 0) {
                add(SegmentKind.REST, reps.rest(), e, number, side, "Rest before set " + set + " of " + reps.sets(),
                        "Rest, breathe, and get ready for the next set.", "Rest.");
            }
            for (int rep = 1; rep <= reps.count(); rep++) {
                for (int b = 0; b < reps.tempo().size(); b++) {
                    Dose.Beat beat = reps.tempo().get(b);
                    String cue = b == 0 ? rep + ". " + beat.cue() : beat.cue();
                    add(SegmentKind.REPS, beat.seconds(), e, number, side,
                            "Rep " + rep + " of " + reps.count() + " · " + beat.cue() + ofSet,
                            fill(step.text(), side), cue, stepNumber, b + 1);
                }
            }
        }
    }

    private void add(SegmentKind kind, int seconds, Exercise e, int number, Side side, String label, String text,
                     String cue) {
        add(kind, seconds, e, number, side, label, text, cue, 0, 0);
    }

    private void add(SegmentKind kind, int seconds, Exercise e, int number, Side side, String label, String text,
                     String cue, int step, int beat) {
        long durationMs = seconds * 1000L;
        segments.add(new Segment(segments.size(), kind, cursorMs, durationMs, e == null ? null : e.id(),
                e == null ? null : e.name(), number, side, label, text, cue, step, beat));
        cursorMs += durationMs;
    }

    /** Fills {@code {side}} and {@code {other}} for the side being worked. */
    static String fill(String text, Side side) {
        if (side == Side.NONE) {
            return text;
        }
        return text.replace("{side}", side.slug()).replace("{other}", side.other().slug());
    }

    private static String positions(Exercise e) {
        return e.positions().stream().map(Position::slug).collect(Collectors.joining(" or "));
    }
}
