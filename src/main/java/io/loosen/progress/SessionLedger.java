package io.loosen.progress;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.session.Segment;
import io.loosen.session.SegmentKind;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the books of one session: for every exercise and side, whether it was reached and how long its
 * hold or repetitions actually ran, from which it says done, skipped or cut short. Pure: it is told
 * what the runner reports and never reads a clock.
 */
public final class SessionLedger {
    /** Positions are whole milliseconds; allow for rounding when deciding "played to the end". */
    private static final long TOLERANCE_MS = 500;

    /** One exercise on one side: the unit history records. {@code exercise} is its number in the routine. */
    record Unit(int exercise, Side side) {
        static Unit of(Segment s) {
            return new Unit(s.exercise(), s.side());
        }
    }

    private record Plan(int position, String exerciseId, Side side, long plannedMs, long enoughMs) {
    }

    private final Map<Unit, Plan> plans = new LinkedHashMap<>();
    private final Map<Unit, Long> heldMs = new HashMap<>();
    private final Set<Unit> reached = new LinkedHashSet<>();

    public SessionLedger(Timeline timeline, Catalog catalog) {
        Map<Unit, Long> planned = new LinkedHashMap<>();
        Map<Unit, String> ids = new HashMap<>();
        for (Segment s : timeline.segments()) {
            if (belongsToAnExercise(s)) {
                planned.merge(Unit.of(s), isMainPart(s) ? s.durationMs() : 0L, Long::sum);
                ids.put(Unit.of(s), s.exerciseId());
            }
        }
        int position = 0;
        for (Map.Entry<Unit, Long> e : planned.entrySet()) {
            String id = ids.get(e.getKey());
            long enough = e.getValue() - TOLERANCE_MS;
            // "As long as you like": reaching the exercise's minimum hold is a finished stretch.
            if (catalog.find(id).map(x -> x.dose()).orElse(null) instanceof Dose.Hold hold && hold.free()) {
                enough = Math.min(enough, hold.min() * 1000L);
            }
            plans.put(e.getKey(), new Plan(position++, id, e.getKey().side(), e.getValue(), enough));
        }
    }

    /** A segment began. */
    public void entered(Segment s) {
        if (belongsToAnExercise(s)) {
            reached.add(Unit.of(s));
        }
    }

    /** A segment was left after {@code playedMs} of it. */
    public void played(Segment s, long playedMs) {
        if (belongsToAnExercise(s) && isMainPart(s)) {
            heldMs.merge(Unit.of(s), playedMs, Long::sum);
        }
    }

    /** Which exercise-and-side unit a segment is part of, or null for rests and the end. */
    public static Unit unitOf(Segment s) {
        return belongsToAnExercise(s) ? Unit.of(s) : null;
    }

    /** Results for every unit reached so far, in session order. */
    public List<ExerciseResult> results() {
        List<ExerciseResult> results = new ArrayList<>();
        for (Unit unit : reached) {
            Plan plan = plans.get(unit);
            long held = heldMs.getOrDefault(unit, 0L);
            // Under a second of holding is a skip on the way past, not an attempt.
            ExerciseOutcome outcome = held < 1000 ? ExerciseOutcome.SKIPPED
                    : held >= plan.enoughMs() ? ExerciseOutcome.DONE : ExerciseOutcome.CUT_SHORT;
            results.add(new ExerciseResult(plan.position(), plan.exerciseId(), plan.side(), outcome,
                    (int) Math.round(held / 1000.0)));
        }
        results.sort(java.util.Comparator.comparingInt(ExerciseResult::position));
        return results;
    }

    private static boolean belongsToAnExercise(Segment s) {
        // Rests and "get ready" carry the name of the exercise after them, but belong to no side of it.
        return s.exerciseId() != null && s.kind() != SegmentKind.REST && s.kind() != SegmentKind.PREPARE
                && s.kind() != SegmentKind.DONE;
    }

    private static boolean isMainPart(Segment s) {
        return s.kind() == SegmentKind.HOLD || s.kind() == SegmentKind.REPS;
    }
}
